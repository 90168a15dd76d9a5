import { afterEach, describe, expect, it, vi } from 'vitest';

import { getFlow } from '@/content';

import { buildQuiz } from './quiz';
import { fitQuizProgress, quizProgressKey, readQuizProgress, saveQuizProgress } from './quiz-progress';

const flow = getFlow('q255888')!;
const items = buildQuiz(flow, { seed: 9 });
const [a, b, c] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
const stored = (value: object) => ({
  version: 1,
  flowId: 'q255888',
  seed: 9,
  at: 0,
  answers: {},
  learner: '',
  startedAt: 5,
  ...value,
});
const fit = (value: unknown) => fitQuizProgress(value, 'q255888', 9, items);

/** A sessionStorage of its own, or one that refuses every use (storage switched off). */
function stubSession(refuse = false): Map<string, string> {
  const data = new Map<string, string>();
  const no = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.stubGlobal('sessionStorage', {
    getItem: refuse ? no : (k: string) => data.get(k) ?? null,
    setItem: refuse ? no : (k: string, v: string) => void data.set(k, v),
    removeItem: refuse ? no : (k: string) => void data.delete(k),
  });
  return data;
}

afterEach(() => vi.unstubAllGlobals());

describe('quiz progress', () => {
  it('keeps what fits the quiz: answers in order up to the first case without one, the case on screen by them', () => {
    const first = a.options.find((o) => o.id !== a.answer)!.id;
    expect(fit(stored({ at: 1, answers: { [a.key]: first }, learner: 'Cy' }))).toEqual({
      at: 1,
      answers: { [a.key]: first },
      learner: 'Cy',
      startedAt: 5,
      finishedAt: null,
    });
    // The case just answered (its answer shown) or the next: nothing before, nothing beyond.
    expect(fit(stored({ at: 0, answers: { [a.key]: a.answer, [b.key]: b.answer } }))?.at).toBe(1);
    expect(fit(stored({ at: 4, answers: { [a.key]: a.answer } }))?.at).toBe(1);
    expect(fit(stored({ at: 2.5, answers: { [a.key]: a.answer } }))?.at).toBe(1);
    // An answer after a gap, or one its case does not offer, ends what is kept.
    expect(fit(stored({ at: 2, answers: { [a.key]: a.answer, [c.key]: c.answer } }))).toMatchObject({
      at: 1,
      answers: { [a.key]: a.answer },
    });
    expect(fit(stored({ at: 1, answers: { [a.key]: 'resolved', [b.key]: b.answer } }))).toMatchObject({
      at: 0,
      answers: {},
    });
    // Finished only with every case answered.
    const all = Object.fromEntries(items.map((i) => [i.key, i.answer]));
    expect(fit(stored({ at: 4, answers: all, finishedAt: '2026-12-06T10:00:00.000Z' }))).toMatchObject({
      at: 4,
      finishedAt: '2026-12-06T10:00:00.000Z',
    });
    expect(fit(stored({ at: 3, answers: { ...all, [c.key]: 'x' }, finishedAt: '2026' }))?.finishedAt).toBeNull();
    expect(fit(stored({ learner: 'x'.repeat(500) }))?.learner).toHaveLength(80);
  });

  it('ignores another guide’s, another seed’s, another version’s and unreadable progress', () => {
    for (const value of [
      null,
      'text',
      [],
      stored({ flowId: 'q186742' }),
      stored({ seed: 10 }),
      stored({ version: 2 }),
      stored({ answers: [] }),
      stored({ startedAt: 'yesterday' }),
      stored({ learner: undefined }),
    ])
      expect(fit(value), JSON.stringify(value)).toBeNull();
    expect(fitQuizProgress(stored({}), 'q255888', 9, [])).toBeNull();
  });

  it('is kept in this tab’s sessionStorage by guide and seed, and never throws when storage is refused', () => {
    const data = stubSession();
    expect(readQuizProgress('q255888', 9, items)).toBeNull();
    const progress = { at: 1, answers: { [a.key]: a.answer }, learner: 'Cy', startedAt: 5, finishedAt: null };
    saveQuizProgress('q255888', 9, progress);
    expect([...data.keys()]).toEqual([quizProgressKey('q255888', 9)]);
    expect(quizProgressKey('q255888', 9)).not.toBe(quizProgressKey('q255888', 10));
    expect(readQuizProgress('q255888', 9, items)).toEqual(progress);
    expect(readQuizProgress('q255888', 10, buildQuiz(flow, { seed: 10 }))).toBeNull();
    data.set(quizProgressKey('q255888', 9), '{"version":1,');
    expect(readQuizProgress('q255888', 9, items)).toBeNull();

    stubSession(true);
    expect(() => saveQuizProgress('q255888', 9, progress)).not.toThrow();
    expect(readQuizProgress('q255888', 9, items)).toBeNull();
  });
});
