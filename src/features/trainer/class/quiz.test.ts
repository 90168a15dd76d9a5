import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';
import type { Flow } from '@/content/schema';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { buildQuiz, quizCases, quizScore } from './quiz';

const flow = getFlow('q255888')!;

describe('quizCases', () => {
  it('describes each case by its definite answers, up to the outcome it reaches', () => {
    const cases = quizCases(flow);
    const article = cases.find(
      (c) => c.outcome.id === 'diagnosis-q255888' && c.facts.every((f) => !/not sure|not tried/i.test(f.answer)),
    )!;
    expect(article.facts.map((f) => `${f.questionId}=${f.optionId}`)).toEqual([
      'app-log-event=event-7044',
      'mailboxes-created=created-no-mail',
      'batch-size=several',
      'single-user=works',
      'logged-on-role=service-account-admin',
      'exchange-version=ex50-55',
      'source-version=msmail-3x',
    ]);
    expect(article.facts[4]).toMatchObject({
      question: 'Role of the logged-on account',
      answer: 'Service Account Admin',
    });
    // No case rests on a "Not sure" answer, and each leads to a cause, a "probably not" or a "does not apply".
    const unsure = new Set(
      flow.nodes.flatMap((n) =>
        n.kind === 'question' ? n.options.filter((o) => o.unsure).map((o) => `${n.id}.${o.id}`) : [],
      ),
    );
    for (const c of cases) {
      expect(
        c.facts.some((f) => unsure.has(`${f.questionId}.${f.optionId}`)),
        c.key,
      ).toBe(false);
      expect(['diagnosis', 'other-cause', 'not-this', 'not-applicable']).toContain(c.outcome.type);
    }
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.outcome.id)).size).toBeGreaterThan(10);
  });
});

describe('buildQuiz', () => {
  it('gives five cases with different right outcomes, the article’s diagnosis among them, four choices each', () => {
    for (const seed of [1, 2, 3, 7, 99])
      expect(
        buildQuiz(flow, { seed }).every((q) => q.facts.length >= 3),
        `seed ${seed}`,
      ).toBe(true);
    const quiz = buildQuiz(flow, { seed: 7 });
    expect(quiz).toHaveLength(5);
    expect(new Set(quiz.map((q) => q.answer)).size).toBe(5);
    expect(quiz.map((q) => q.answer)).toContain('diagnosis-q255888');
    for (const item of quiz) {
      expect(item.options).toHaveLength(4);
      expect(item.options.map((o) => o.id)).toContain(item.answer);
      expect(new Set(item.options.map((o) => o.id)).size).toBe(4);
      expect(item.explanation.length).toBeGreaterThan(10);
      // Told by at least three facts: a case to diagnose, not a label to match.
      expect(item.facts.length).toBeGreaterThanOrEqual(3);
      // The case's facts lead to its answer in the flow.
      const c = quizCases(flow).find((x) => x.key === item.key)!;
      expect(c.outcome.id).toBe(item.answer);
    }
  });

  it('picks the closest outcomes as the wrong choices', () => {
    const item = buildQuiz(flow, { seed: 3 }).find((q) => q.answer === 'diagnosis-q255888')!;
    // Its neighbours share most of its answers: the other ends of the last questions.
    const ids = item.options.map((o) => o.id).filter((id) => id !== item.answer);
    expect(
      ids.every((id) =>
        ['not-applicable-source', 'not-applicable-version', 'not-this-role', 'not-this-symptoms'].includes(id),
      ),
    ).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(buildQuiz(flow, { seed: 11 })).toEqual(buildQuiz(flow, { seed: 11 }));
    const a = buildQuiz(flow, { seed: 1 })
      .map((q) => q.key)
      .join();
    const others = [2, 3, 4, 5].map((seed) =>
      buildQuiz(flow, { seed })
        .map((q) => q.key)
        .join(),
    );
    expect(others.some((o) => o !== a)).toBe(true);
  });

  it('works for another flow without any code: fewer outcomes, fewer items and choices', () => {
    const tiny: Flow = tinyFlow();
    const quiz = buildQuiz(tiny, { seed: 1 });
    expect(quiz.map((q) => q.answer).sort()).toEqual(['diag', 'not-diag', 'other']);
    for (const item of quiz) expect(item.options).toHaveLength(3);
  });

  it('scores the answers given', () => {
    const quiz = buildQuiz(flow, { seed: 5 });
    const answers = Object.fromEntries(quiz.map((q, i) => [q.key, i < 3 ? q.answer : 'wrong']));
    expect(quizScore(quiz, answers)).toEqual({ right: 3, total: 5, score: 60 });
    expect(quizScore([], {})).toEqual({ right: 0, total: 0, score: 0 });
  });
});
