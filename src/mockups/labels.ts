/**
 * The labels the kit itself draws, on every screen. Each screen's own labels
 * are in its folder (screens/<id>/labels.ts), with where each comes from
 * (screens/<id>/sources.ts).
 */

/** Title-bar buttons (their accessible names). */
export const TITLE_BAR_LABELS = {
  minimize: 'Minimize',
  maximize: 'Maximize',
  close: 'Close',
  help: 'Help',
} as const;
