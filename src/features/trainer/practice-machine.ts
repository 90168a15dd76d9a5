/**
 * Try and Test as a pure state machine. The UI passes the time of each event
 * (`at`, in milliseconds from any clock), so the machine itself never reads
 * a clock and every transition can be tested.
 *
 * Try: a wrong action climbs the hint ladder (text → spotlight → "show me");
 * the learner can also ask for the next hint. Test: no hints; wrong actions
 * are counted, and the learner may give up on an action.
 */
export type PracticeKind = 'try' | 'test';

/** 0 no hint, 1 the instruction in words, 2 the control spotlit, 3 "show me" offered. */
export type HintLevel = 0 | 1 | 2 | 3;
export const MAX_HINT: HintLevel = 3;

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
};

export type Feedback =
  | { readonly kind: 'right'; readonly index: number }
  | { readonly kind: 'wrong'; readonly index: number; readonly target: string | null }
  | { readonly kind: 'shown'; readonly index: number }
  | { readonly kind: 'skipped'; readonly index: number };

export type PracticeState = {
  readonly kind: PracticeKind;
  readonly total: number;
  /** The move being practised (equals total when finished). */
  readonly index: number;
  readonly wrong: number;
  readonly hint: HintLevel;
  readonly startedAt: number;
  readonly records: readonly MoveRecord[];
  readonly finished: boolean;
  readonly feedback?: Feedback;
};

export type PracticeEvent =
  | { readonly type: 'action'; readonly target: string | null; readonly expected: string; readonly at: number }
  | { readonly type: 'hint'; readonly at: number }
  | { readonly type: 'shown'; readonly at: number }
  | { readonly type: 'skip'; readonly at: number }
  | { readonly type: 'restart'; readonly at: number };

export function startPractice(kind: PracticeKind, total: number, at: number): PracticeState {
  return { kind, total, index: 0, wrong: 0, hint: 0, startedAt: at, records: [], finished: total === 0 };
}

function finishMove(s: PracticeState, how: MoveRecord['how'], at: number): PracticeState {
  const record: MoveRecord = { index: s.index, wrong: s.wrong, ms: Math.max(0, at - s.startedAt), how, hint: s.hint };
  const index = s.index + 1;
  const feedback: Feedback = how === 'done' ? { kind: 'right', index: s.index } : { kind: how, index: s.index };
  return {
    ...s,
    index,
    wrong: 0,
    hint: 0,
    startedAt: at,
    records: [...s.records, record],
    finished: index >= s.total,
    feedback,
  };
}

export function practiceReducer(s: PracticeState, e: PracticeEvent): PracticeState {
  if (e.type === 'restart') return startPractice(s.kind, s.total, e.at);
  if (s.finished) return s;
  switch (e.type) {
    case 'action':
      if (e.target === e.expected) return finishMove(s, 'done', e.at);
      return {
        ...s,
        wrong: s.wrong + 1,
        hint: s.kind === 'try' ? (Math.min(MAX_HINT, s.hint + 1) as HintLevel) : 0,
        feedback: { kind: 'wrong', index: s.index, target: e.target },
      };
    case 'hint':
      return s.kind === 'try' ? { ...s, hint: Math.min(MAX_HINT, s.hint + 1) as HintLevel } : s;
    case 'shown':
      return s.kind === 'try' ? finishMove(s, 'shown', e.at) : s;
    case 'skip':
      return s.kind === 'test' ? finishMove(s, 'skipped', e.at) : s;
  }
}
