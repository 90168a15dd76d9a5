/**
 * Show ("show me") as a pure state machine: for each move the pointer goes
 * to the control ('point'), clicks it ('press'), and the screen changes to
 * the next move's state while the caption says what happened ('result').
 * The UI schedules `tick` while playing; with reduced motion nothing plays by
 * itself and `next` walks the same phases one press at a time.
 */
export type ShowPhase = 'point' | 'press' | 'result';

export type ShowState = {
  readonly total: number;
  readonly index: number;
  readonly phase: ShowPhase;
  readonly playing: boolean;
  readonly finished: boolean;
};

export type ShowEvent =
  | { readonly type: 'tick' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'replay'; readonly play: boolean }
  | { readonly type: 'goto'; readonly index: number; readonly phase: ShowPhase };

export function startShow(total: number, play: boolean): ShowState {
  return { total, index: 0, phase: 'point', playing: play && total > 0, finished: total === 0 };
}

function after(s: ShowState): ShowState {
  if (s.phase === 'point') return { ...s, phase: 'press' };
  if (s.phase === 'press') return { ...s, phase: 'result' };
  if (s.index + 1 >= s.total) return { ...s, playing: false, finished: true };
  return { ...s, index: s.index + 1, phase: 'point' };
}

export function showReducer(s: ShowState, e: ShowEvent): ShowState {
  switch (e.type) {
    case 'tick':
      return s.playing && !s.finished ? after(s) : s;
    case 'next':
      if (s.finished) return s;
      // One press = one visible change: from pointing straight to the result, then on to the next control.
      return s.phase === 'result' ? after(s) : { ...s, phase: 'result', playing: false };
    case 'previous':
      if (s.finished) return { ...s, finished: false, phase: 'point', playing: false };
      if (s.phase !== 'point') return { ...s, phase: 'point', playing: false };
      return { ...s, index: Math.max(0, s.index - 1), phase: 'point', playing: false };
    case 'play':
      if (s.total === 0) return s;
      return s.finished ? { ...startShow(s.total, true) } : { ...s, playing: true };
    case 'pause':
      return { ...s, playing: false };
    case 'replay':
      return startShow(s.total, e.play);
    case 'goto': {
      if (s.total === 0) return s;
      const index = Math.min(Math.max(0, Math.trunc(e.index)), s.total - 1);
      return { ...s, index, phase: e.phase, finished: false };
    }
  }
}

/** The move whose screen state is shown: after a click, the next one's (or the last's at the end). */
export function shownStateIndex(s: ShowState): number {
  if (s.total === 0) return 0;
  return s.phase === 'result' || s.finished ? Math.min(s.index + 1, s.total - 1) : s.index;
}

/**
 * The screen to draw: the move's own, or after its click the next move's;
 * after the last move, what that move says the screen shows then (its
 * `after`: the dialog closed), else its own.
 */
type Frame = { readonly screen: string; readonly state?: Readonly<Record<string, unknown>> };

export function shownScreen(s: ShowState, moves: readonly (Frame & { readonly after?: Frame })[]): Frame | undefined {
  return showsAfter(s, moves) ? moves[s.total - 1]!.after : moves[shownStateIndex(s)];
}

/** Whether the screen shown is what the last move leaves (its `after`: its window closed, its control gone). */
export function showsAfter(s: ShowState, moves: readonly (Frame & { readonly after?: Frame })[]): boolean {
  const done = s.finished || (s.phase === 'result' && s.index === s.total - 1);
  return done && !!moves[s.total - 1]?.after;
}

/** How long each phase lasts at speed 1, in ms. */
export const PHASE_MS: Readonly<Record<ShowPhase, number>> = { point: 900, press: 350, result: 1500 };
