/**
 * The ways a fix step can be shown: the plain guide, or one of the three
 * trainer modes. The mode travels in the URL (`?mode=try`), so a link, the
 * presenter and the audience window all name it the same way.
 */
export const TRAINER_MODES = ['guide', 'show', 'try', 'test'] as const;
export type TrainerMode = (typeof TRAINER_MODES)[number];

export const MODE_LABELS: Readonly<Record<TrainerMode, string>> = {
  guide: 'Guide',
  show: 'Show me',
  try: 'Let me try',
  test: 'Test me',
};

/** Any string (a URL parameter, a message) → a mode; unknown values mean the guide. */
export function parseMode(value: unknown): TrainerMode {
  return typeof value === 'string' && (TRAINER_MODES as readonly string[]).includes(value)
    ? (value as TrainerMode)
    : 'guide';
}
