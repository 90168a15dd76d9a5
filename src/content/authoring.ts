/**
 * Small helpers for writing flows as data, shared by every article: source
 * citations, evidence items and trainer moves. Pure functions that return
 * plain schema objects, so a flow file stays data and the validator checks
 * the result as if it had been written out by hand.
 */
import type { Evidence, MockupRef, PracticeMove, QuestionNode, Source } from './schema';

/** A citation: the KB number (or named document), its section and an optional note. */
export function kb(ref: string, section: Source['section'], note?: string): Source {
  return note ? { ref, section, note } : { ref, section };
}

/**
 * Evidence that a question was answered with one of `supports`: every other
 * option contradicts it, except the neutral "Not sure" answer.
 */
export function only(question: QuestionNode, supports: readonly string[], source?: Source): Evidence {
  return {
    question: question.id,
    supports: [...supports],
    contradicts: question.options.filter((o) => !o.unsure && !supports.includes(o.id)).map((o) => o.id),
    ...(source ? { source } : {}),
  };
}

/** Evidence that a question was NOT answered with any of `contradicts` (every other answer is compatible). */
export function not(question: QuestionNode, contradicts: readonly string[], source?: Source): Evidence {
  return { question: question.id, contradicts: [...contradicts], ...(source ? { source } : {}) };
}

/** One trainer move: in this screen and state, activate `target`; `result` says what the program does then. */
export function move(
  at: Pick<MockupRef, 'screen' | 'state'>,
  target: string,
  instruction: string,
  result?: string,
): PracticeMove {
  return { screen: at.screen, ...(at.state ? { state: at.state } : {}), target, instruction, ...(result ? { result } : {}) };
}
