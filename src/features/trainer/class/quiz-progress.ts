/**
 * A diagnosis quiz in progress, kept for this tab only (sessionStorage) under
 * its guide and seed, so that a reload brings the learner back where they
 * were: their name, the answers they checked, the case on screen, and the
 * result once they have seen it. Another seed is another quiz, started
 * afresh. Anything stored that does not fit this very quiz (unreadable,
 * another guide's or seed's, answers it does not offer) is left out, never
 * thrown over; what is left is always a state the quiz can be in.
 */
import { literal, number, object, optional, record, safeParse, string } from '@/lib/shape';
import { tabStorage } from '@/lib/tab-storage';

import { LEARNER_MAX } from './class-results';
import type { QuizItem } from './quiz';

const VERSION = 1;

export const quizProgressKey = (flowId: string, seed: number): string => `kb-wizard:quiz:${flowId}:${seed}`;

export type QuizProgress = {
  /** The case on screen, from 0. */
  readonly at: number;
  /** The answer checked on each case so far, by the case's key. */
  readonly answers: Readonly<Record<string, string>>;
  /** The name in the name field, as typed. */
  readonly learner: string;
  /** When the quiz began (its result is saved under it). */
  readonly startedAt: number;
  /** ISO date and time the result was shown; null while the quiz goes on. */
  readonly finishedAt: string | null;
};

const storedSchema = object({
  version: literal(VERSION),
  flowId: string,
  seed: number,
  at: number,
  answers: record(string, string),
  learner: string,
  startedAt: number,
  finishedAt: optional(string),
});

/**
 * The stored progress that fits this quiz (`items`, drawn from `flowId` with `seed`), or null. Answers are kept in
 * the order the cases come, each one of its case's choices, up to the first case without one; the case on screen is
 * the last one answered (its answer shown) or the next; the result counts only once every case has an answer.
 */
export function fitQuizProgress(
  value: unknown,
  flowId: string,
  seed: number,
  items: readonly QuizItem[],
): QuizProgress | null {
  const parsed = safeParse(storedSchema, value);
  if (!parsed.ok) return null;
  const stored = parsed.data;
  if (stored.flowId !== flowId || stored.seed !== seed || !items.length) return null;
  const answers: Record<string, string> = {};
  for (const item of items) {
    const picked = Object.hasOwn(stored.answers, item.key) ? stored.answers[item.key] : undefined;
    if (picked === undefined || !item.options.some((o) => o.id === picked)) break;
    answers[item.key] = picked;
  }
  const answered = Object.keys(answers).length;
  const lowest = Math.max(0, answered - 1);
  const highest = Math.min(answered, items.length - 1);
  return {
    at: Number.isInteger(stored.at) ? Math.min(highest, Math.max(lowest, stored.at)) : highest,
    answers,
    learner: stored.learner.slice(0, LEARNER_MAX),
    startedAt: stored.startedAt,
    finishedAt: answered === items.length ? (stored.finishedAt ?? null) : null,
  };
}

/** This tab's progress in the quiz of `flowId` drawn with `seed`, or null when there is none that fits. */
export function readQuizProgress(flowId: string, seed: number, items: readonly QuizItem[]): QuizProgress | null {
  const raw = tabStorage.get(quizProgressKey(flowId, seed));
  if (raw === null) return null;
  try {
    return fitQuizProgress(JSON.parse(raw), flowId, seed, items);
  } catch {
    return null;
  }
}

/** Keep the progress for a reload of this tab (nothing happens when the browser refuses: the quiz goes on). */
export function saveQuizProgress(flowId: string, seed: number, progress: QuizProgress): void {
  const { finishedAt, ...rest } = progress;
  tabStorage.set(
    quizProgressKey(flowId, seed),
    JSON.stringify({ version: VERSION, flowId, seed, ...rest, ...(finishedAt === null ? {} : { finishedAt }) }),
  );
}
