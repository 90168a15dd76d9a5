/**
 * The diagnosis quiz across a reload (its progress kept for the tab, by guide and seed) and its end screen, which
 * says which answer was the learner's and which the right one.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { plainText } from '@/components/ui/rich-text';
import { getFlow } from '@/content';

import { readClassResults, setLearner } from './class-results';
import { buildQuiz } from './quiz';
import { QuizPage } from './quiz-page';
import { quizProgressKey } from './quiz-progress';

const flow = getFlow('q255888')!;
const SEED = 42;
const items = buildQuiz(flow, { seed: SEED });

/** The quiz page as a page load shows it (a reload is another load of the same address, in the same tab). */
function load(seed = SEED) {
  const router = createMemoryRouter(
    // The id of the flow layout's route (FLOW_ROUTE_ID), whose data useFlow() reads.
    [{ id: 'flow', path: '/t/:flowId/class/quiz', loader: () => ({ flow }), element: <QuizPage /> }],
    { initialEntries: [`/t/q255888/class/quiz?seed=${seed}`] },
  );
  return render(<RouterProvider router={router} />);
}

function reload(seed = SEED) {
  cleanup();
  return load(seed);
}

const caseHeading = () => within(screen.getByTestId('quiz-case')).getByRole('heading', { level: 2 });

/** Pick an option of the case on screen (the right one or the first wrong one), then check it. */
function answer(i: number, right: boolean) {
  const item = items[i]!;
  const option = item.options.find((o) => (o.id === item.answer) === right)!;
  fireEvent.click(screen.getByRole('radio', { name: plainText(option.title) }));
  fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
  return option;
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next case|See my result)$/ }));

describe('the diagnosis quiz', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps the name, the answers and the case on screen across a reload, and a finished quiz’s result', async () => {
    load();
    expect(await screen.findByRole('heading', { level: 2, name: 'Case 1 of 5' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name (optional)' }), { target: { value: 'Cy' } });
    answer(0, true);
    next();
    answer(1, false);
    // Another learner types their name in another tab of this browser: this tab keeps its own.
    setLearner('Dee');

    reload();
    expect(await screen.findByRole('heading', { level: 2, name: 'Case 2 of 5' })).toBeInTheDocument();
    expect(screen.getByTestId('quiz-feedback')).toHaveTextContent(/^Not quite\. It leads to:/);
    expect(screen.getByRole('radio', { checked: true })).toBeDisabled();
    next();
    expect(caseHeading()).toHaveTextContent('Case 3 of 5');
    answer(2, true);
    next();

    reload();
    expect(await screen.findByRole('heading', { level: 2, name: 'Case 4 of 5' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check my answer' })).toBeDisabled();
    answer(3, true);
    next();
    answer(4, true);
    next();
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('Your result: 4 of 5 (80%)');
    expect(readClassResults()).toMatchObject([{ learner: 'Cy', score: 80 }]);

    // Reloaded at the end: the result again, with the name, saved once.
    reload();
    expect(await screen.findByTestId('quiz-score')).toHaveTextContent('Your result: 4 of 5 (80%)');
    expect(screen.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Cy');
    fireEvent.change(screen.getByRole('textbox', { name: 'Your name (optional)' }), { target: { value: 'Cy Young' } });
    expect(readClassResults()).toMatchObject([{ learner: 'Cy Young', score: 80 }]);
    expect(readClassResults()).toHaveLength(1);

    // Another seed is another quiz: from the start.
    reload(SEED + 1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Case 1 of 5' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check my answer' })).toBeDisabled();
  });

  it('starts afresh over stored progress it cannot use, never failing', async () => {
    const key = quizProgressKey('q255888', SEED);
    const first = items[0]!;
    const stored = (value: object) => JSON.stringify({ version: 1, flowId: 'q255888', seed: SEED, ...value });
    for (const raw of [
      '{',
      'null',
      '[]',
      JSON.stringify({ version: 2, flowId: 'q255888', seed: SEED, at: 1, answers: {}, learner: '', startedAt: 1 }),
      stored({ seed: SEED + 1, at: 1, answers: { [first.key]: first.answer }, learner: 'Other', startedAt: 1 }),
      stored({ at: 3, answers: { [first.key]: 'no-such-outcome' }, learner: 'Eve', startedAt: 1, finishedAt: 'x' }),
      stored({ at: 'one', answers: { [first.key]: first.answer }, learner: 'Eve', startedAt: 1 }),
    ]) {
      sessionStorage.setItem(key, raw);
      load();
      expect(await screen.findByRole('heading', { level: 2, name: 'Case 1 of 5' }), raw).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Check my answer' })).toBeDisabled();
      expect(screen.queryByTestId('quiz-feedback')).toBeNull();
      cleanup();
    }
  });

  it('ends with each case’s answer given and, when it was wrong, the right one, each said as such', async () => {
    load();
    await screen.findByRole('heading', { level: 2, name: 'Case 1 of 5' });
    const given = [answer(0, false)];
    next();
    for (let i = 1; i < 5; i++) {
      given.push(answer(i, true));
      next();
    }
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('Your result: 4 of 5 (80%)');
    const [wrong, right] = within(screen.getByTestId('quiz-review')).getAllByRole('listitem');
    const rightAnswer = items[0]!.options.find((o) => o.id === items[0]!.answer)!;
    expect(wrong).toHaveTextContent(`Case 1: not right. Your answer: ${plainText(given[0]!.title)}`);
    expect(wrong).toHaveTextContent(`The right answer: ${plainText(rightAnswer.title)}`);
    expect(right).toHaveTextContent(`Case 2: right. Your answer: ${plainText(given[1]!.title)}`);
    expect(right).not.toHaveTextContent('The right answer');
  });
});
