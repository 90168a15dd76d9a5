/**
 * A practice part-way through (Let me try or Test me on a fix step), kept for this tab (sessionStorage) under its
 * guide, step and kind, so that a reload (or a clicker's F5 in presenter mode) resumes it where the learner was: the
 * action reached, the wrong actions and hint on it, and how each finished action went. Only a reload of the page it
 * was kept on resumes it: leaving the practice forgets it (another page or mode in the app, another slide, Practise
 * again, its end: practice-panel.tsx; another address typed, then Back: here), and so does closing the tab.
 *
 * Times are the page's clock's, which starts again at a reload: what is kept is the time spent on the current action
 * so far, and the practice goes on from there (the time the page was away is not counted). Anything stored that does
 * not fit this very practice (another version of its moves, unreadable, out of range) is left out, never thrown over.
 */
import { tabStorage } from '@/lib/tab-storage';
import { array, literal, number, object, optional, safeParse, string } from '@/lib/shape';

import { type HintLevel, MAX_HINT, type MoveSpec, type PracticeKind, type PracticeState } from './practice-machine';

const VERSION = 1;

export const practiceKey = (flowId: string, stepId: string, kind: PracticeKind): string =>
  `kb-wizard:practice:${flowId}:${stepId}:${kind}`;

/** The moves a stored practice was made for: their controls, in order (a content change makes a new practice). */
const movesSignature = (moves: readonly MoveSpec[]): string => moves.map((m) => m.target).join(' ');

const storedSchema = object({
  version: literal(VERSION),
  /** The page's path it was kept on. */
  page: string,
  kind: literal('try', 'test'),
  moves: string,
  index: number,
  wrong: number,
  hint: number,
  /** Time spent on the current action so far, ms. */
  spent: number,
  records: array(
    object({
      index: number,
      wrong: number,
      ms: number,
      how: literal('done', 'shown', 'skipped'),
      hint: number,
      via: optional(string),
    }),
  ),
});

const count = (n: number, max = 10_000) => Number.isInteger(n) && n >= 0 && n <= max;

/**
 * The practice `value` (as stored) holds, at the clock's `now`, or null when it does not fit a `kind` practice of
 * these `moves` part-way through (every finished action recorded once, in order, and the current one not the end),
 * or was not kept on `reloaded`, the path of the page this one reloaded (undefined when it is no reload).
 */
export function resumePractice(
  value: unknown,
  kind: PracticeKind,
  moves: readonly MoveSpec[],
  now: number,
  reloaded: string | undefined,
): PracticeState | null {
  const parsed = safeParse(storedSchema, value);
  if (!parsed.ok) return null;
  const s = parsed.data;
  const total = moves.length;
  if (s.page !== reloaded || s.kind !== kind || s.moves !== movesSignature(moves)) return null;
  if (!count(s.index, total - 1) || !count(s.wrong) || !count(s.hint, kind === 'try' ? MAX_HINT : 0)) return null;
  if (!(s.spent >= 0) || s.records.length !== s.index) return null;
  const ok = s.records.every(
    (r, i) =>
      r.index === i &&
      count(r.wrong) &&
      r.ms >= 0 &&
      count(r.hint, MAX_HINT) &&
      (r.how === 'skipped' ? kind === 'test' : r.how === 'shown' ? kind === 'try' : true) &&
      (r.via === undefined || r.via.length <= 120),
  );
  if (!ok || (s.index === 0 && s.wrong === 0 && s.hint === 0)) return null;
  return {
    kind,
    moves,
    total,
    index: s.index,
    wrong: s.wrong,
    hint: s.hint as HintLevel,
    startedAt: now - s.spent,
    records: s.records.map(({ via, ...r }) => ({ ...r, hint: r.hint as HintLevel, ...(via ? { via } : {}) })),
    finished: false,
  };
}

/** The path of the page this one reloaded; undefined when it was loaded by a link, an address typed, Back or Forward. */
export function reloadedPage(): string | undefined {
  const nav = globalThis.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.type !== 'reload') return undefined;
  try {
    return new URL(nav.name).pathname;
  } catch {
    return undefined;
  }
}

/**
 * This tab's `kind` practice of `stepId`, if one part-way through fits these `moves` and this page is a reload of the
 * one it was kept on; else null, and one kept before is forgotten (the page was left without a reload).
 */
export function readPractice(
  flowId: string,
  stepId: string,
  kind: PracticeKind,
  moves: readonly MoveSpec[],
  now: number,
): PracticeState | null {
  const key = practiceKey(flowId, stepId, kind);
  const raw = tabStorage.get(key);
  if (raw === null) return null;
  let state: PracticeState | null = null;
  try {
    state = resumePractice(JSON.parse(raw), kind, moves, now, reloadedPage());
  } catch {
    /* unreadable: forgotten below */
  }
  if (!state) tabStorage.remove(key);
  return state;
}

/** Keep `s` for a reload of this tab while it is part-way through; forget it otherwise. */
export function keepPractice(flowId: string, stepId: string, s: PracticeState, now: number): void {
  const key = practiceKey(flowId, stepId, s.kind);
  if (s.finished || (s.index === 0 && s.wrong === 0 && s.hint === 0)) return tabStorage.remove(key);
  tabStorage.set(
    key,
    JSON.stringify({
      version: VERSION,
      page: globalThis.location?.pathname ?? '',
      kind: s.kind,
      moves: movesSignature(s.moves),
      index: s.index,
      wrong: s.wrong,
      hint: s.hint,
      spent: Math.max(0, now - s.startedAt),
      records: s.records,
    }),
  );
}

/** Forget this tab's `kind` practice of `stepId` (the learner left it). */
export function forgetPractice(flowId: string, stepId: string, kind: PracticeKind): void {
  tabStorage.remove(practiceKey(flowId, stepId, kind));
}
