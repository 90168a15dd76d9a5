/**
 * Try and Test as a pure state machine. The UI passes the time of each event
 * (`at`, in milliseconds from any clock), so the machine itself never reads
 * a clock and every transition can be tested.
 *
 * Try: a wrong action climbs the hint ladder (text → spotlight → "show me");
 * the learner can also ask for the next hint. Test: no hints; wrong actions
 * are counted, and the learner may give up on an action.
 *
 * Every way the real program offers counts as right: the move's own control
 * (by click, Enter, Space or selected with the arrow keys), and each of its
 * `alternatives` from the content (the toolbar button, a shortcut such as
 * Alt+Enter, a double-click), which may do several moves at once (`covers`).
 * Some things are not mistakes, as they would not be in Windows: moving
 * through a list or tree with the arrow keys, the second click of a
 * double-click, and doing the last action again (opening a menu that was
 * closed with Escape).
 *
 * Some moves are done by what the learner leaves on the screen, not by one
 * click (a move's `goal`): the boxes of a dialog typed in, several items of a
 * list selected. Typing, or an action on the move's own control, is then work
 * under way (no mistake) until the screen's state after it holds what the
 * move asks for.
 */
export type PracticeKind = 'try' | 'test';

/** 0 no hint, 1 the instruction in words, 2 the control spotlit, 3 "show me" offered. */
export type HintLevel = 0 | 1 | 2 | 3;
export const MAX_HINT: HintLevel = 3;

/** How an action was done: a click, Enter, Space or a shortcut; selected with the arrow keys; a double-click; typed in a box. */
export type Gesture = 'activate' | 'navigate' | 'double-click' | 'type';

/** A screen's state, as the practice stage draws it after an action. */
export type ScreenState = Readonly<Record<string, unknown>>;

/** Another way to do a move (content: a practice move's `alternatives`). */
export type MoveAlternative = {
  readonly target: string;
  /** Only a double-click on it counts. */
  readonly gesture?: 'double-click';
  /** How many moves it does, this one included (default 1). */
  readonly covers?: number;
};

/** What the machine needs to know of a move: its control and the alternatives. */
export type MoveSpec = {
  readonly target: string;
  readonly alternatives?: readonly MoveAlternative[];
  /** Done only once the screen holds this (typed text, several items selected): see move-goals.ts. */
  readonly goal?: (state: ScreenState) => boolean;
};

export type MoveRecord = {
  readonly index: number;
  /** Wrong actions before the right one. */
  readonly wrong: number;
  /** Time from the move's start to its end. */
  readonly ms: number;
  /** done: the learner did it; shown: "show me" did it; skipped: given up (Test). */
  readonly how: 'done' | 'shown' | 'skipped';
  /** Highest hint reached (Try). */
  readonly hint: HintLevel;
  /** Done another way than its own control: the alternative's target. */
  readonly via?: string;
};

export type Feedback =
  | { readonly kind: 'right'; readonly index: number }
  | { readonly kind: 'wrong'; readonly index: number; readonly target: string | null }
  | { readonly kind: 'shown'; readonly index: number }
  | { readonly kind: 'skipped'; readonly index: number };

export type PracticeState = {
  readonly kind: PracticeKind;
  readonly moves: readonly MoveSpec[];
  readonly total: number;
  /** The move being practised (equals total when finished). */
  readonly index: number;
  readonly wrong: number;
  readonly hint: HintLevel;
  readonly startedAt: number;
  readonly records: readonly MoveRecord[];
  readonly finished: boolean;
  readonly feedback?: Feedback;
  /** The moves the learner's last action did, and its control (for double-clicks and repeats). */
  readonly last?: { readonly from: number; readonly to: number; readonly target: string | null };
};

export type PracticeEvent =
  | {
      readonly type: 'action';
      readonly target: string | null;
      readonly gesture?: Gesture;
      readonly at: number;
      /** The screen's state after the action (what a move's goal is checked against). */
      readonly state?: ScreenState;
    }
  | { readonly type: 'hint'; readonly at: number }
  | { readonly type: 'shown'; readonly at: number }
  | { readonly type: 'skip'; readonly at: number }
  | { readonly type: 'restart'; readonly at: number };

export function startPractice(kind: PracticeKind, moves: readonly MoveSpec[], at: number): PracticeState {
  const total = moves.length;
  return { kind, moves, total, index: 0, wrong: 0, hint: 0, startedAt: at, records: [], finished: total === 0 };
}

/** Finishes `count` moves from the current one (the first carries the wrong actions, hints and time). */
function finishMoves(
  s: PracticeState,
  how: MoveRecord['how'],
  at: number,
  count = 1,
  target: string | null = null,
  via?: string,
): PracticeState {
  const n = Math.max(1, Math.min(count, s.total - s.index));
  const records: MoveRecord[] = [];
  for (let k = 0; k < n; k++) {
    const first = k === 0;
    records.push({
      index: s.index + k,
      wrong: first ? s.wrong : 0,
      ms: first ? Math.max(0, at - s.startedAt) : 0,
      how,
      hint: first ? s.hint : 0,
      ...(via ? { via } : {}),
    });
  }
  const last = s.index + n - 1;
  const index = s.index + n;
  const feedback: Feedback = how === 'done' ? { kind: 'right', index: last } : { kind: how, index: last };
  return {
    ...s,
    index,
    wrong: 0,
    hint: 0,
    startedAt: at,
    records: [...s.records, ...records],
    finished: index >= s.total,
    feedback,
    last: how === 'done' ? { from: s.index, to: last, target } : undefined,
  };
}

/** The alternative of a move that `target` does: for a double-click, one that asks for it first. */
function alternative(
  spec: MoveSpec | undefined,
  target: string | null,
  doubleClick: boolean,
): MoveAlternative | undefined {
  const alts = spec?.alternatives?.filter((a) => a.target === target) ?? [];
  return (
    (doubleClick ? alts.find((a) => a.gesture === 'double-click') : undefined) ??
    alts.find((a) => a.gesture !== 'double-click')
  );
}

function wrongAction(s: PracticeState, target: string | null): PracticeState {
  return {
    ...s,
    wrong: s.wrong + 1,
    hint: s.kind === 'try' ? (Math.min(MAX_HINT, s.hint + 1) as HintLevel) : 0,
    feedback: { kind: 'wrong', index: s.index, target },
  };
}

function act(
  s: PracticeState,
  target: string | null,
  gesture: Gesture,
  at: number,
  state: ScreenState | undefined,
): PracticeState {
  const spec = s.moves[s.index];
  const last = s.last && s.last.to === s.index - 1 ? s.last : undefined;
  // The second click of a double-click whose first click did the last move: if that move's double-click does
  // more (double-click the object: select it and open its Properties), do the rest; otherwise it changes nothing.
  if (gesture === 'double-click' && last && last.target === target) {
    const alt = alternative(s.moves[last.from], target, true);
    const more = alt ? last.from + (alt.covers ?? 1) - 1 - last.to : 0;
    return more > 0 ? finishMoves(s, 'done', at, more, target, target ?? undefined) : s;
  }
  // A move done by what is left on the screen: typing, or its own control (one item of several), is work under way.
  if (spec?.goal && (gesture === 'type' || (target !== null && target === spec.target))) {
    return state && spec.goal(state) ? finishMoves(s, 'done', at, 1, target) : s;
  }
  if (gesture === 'type') {
    if (target !== null && target === spec?.target) return finishMoves(s, 'done', at, 1, target);
    // Typing on right after a move done by typing, which was done on the key that filled its last box (the rest of
    // a password, a typo mended), is no mistake.
    if (last && s.moves[last.from]?.goal) return s;
    // Typing in the wrong box is one mistake, not one per key.
    const f = s.feedback;
    return f?.kind === 'wrong' && f.index === s.index && f.target === target ? s : wrongAction(s, target);
  }
  if (gesture === 'double-click') {
    const alt = alternative(spec, target, true);
    if (alt) return finishMoves(s, 'done', at, alt.covers ?? 1, target, alt.target);
    return target !== null && target === spec?.target ? finishMoves(s, 'done', at, 1, target) : s;
  }
  if (spec && target === spec.target) return finishMoves(s, 'done', at, 1, target);
  const alt = alternative(spec, target, false);
  if (alt) return finishMoves(s, 'done', at, alt.covers ?? 1, target, alt.target);
  // Moving through a list or tree with the arrow keys, or doing the last action again, is no mistake.
  if (gesture === 'navigate' || (last && target !== null && last.target === target)) return s;
  return wrongAction(s, target);
}

export function practiceReducer(s: PracticeState, e: PracticeEvent): PracticeState {
  if (e.type === 'restart') return startPractice(s.kind, s.moves, e.at);
  if (s.finished) return s;
  switch (e.type) {
    case 'action':
      return act(s, e.target, e.gesture ?? 'activate', e.at, e.state);
    case 'hint':
      return s.kind === 'try' ? { ...s, hint: Math.min(MAX_HINT, s.hint + 1) as HintLevel } : s;
    case 'shown':
      return s.kind === 'try' ? finishMoves(s, 'shown', e.at) : s;
    case 'skip':
      return s.kind === 'test' ? finishMoves(s, 'skipped', e.at) : s;
  }
}
