import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';

import { wholeFixStep } from './class/whole-fix';
import type { MoveRecord } from './practice-machine';
import { TestResults } from './test-results';

const flow = FLOWS.find((f) => f.id === 'q255888')!;
const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;
const moves = trainerMoves(step);
const records: MoveRecord[] = moves.map((_, index) => ({
  index,
  wrong: index === 0 ? 2 : 0,
  ms: 3000,
  how: index === 4 ? 'skipped' : 'done',
  hint: 0,
}));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('TestResults', () => {
  it('gives each action’s score both as a table (wide) and as a list with every value named (narrow: no sideways scrolling)', () => {
    render(
      <MemoryRouter>
        <TestResults flowId={flow.id} step={step} moves={moves} records={records} onRestart={() => {}} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Score for each action' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['#', 'Action', 'Wrong actions', 'Time', 'Score']);
    expect(within(table).getAllByRole('row')).toHaveLength(moves.length + 1);

    const list = screen.getByRole('list', { name: 'Score for each action' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(moves.length);
    const named = (item: HTMLElement) =>
      [...item.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(items[0]!.querySelector('p')?.textContent).toMatch(/^1\. \S/);
    expect(named(items[0]!)).toEqual(['Wrong actions: 2', 'Time: 3 s', 'Score: 50%']);
    expect(named(items[4]!)[0]).toBe('Wrong actions: 0 (given up)');
  });

  it('in the whole fix, names the step each part begins with, above its first action (its actions read alike)', () => {
    const steps = ['grant-organization', 'grant-site', 'grant-configuration'].map(
      (id) => flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === id)!,
    );
    const whole = wholeFixStep(steps);
    const all = trainerMoves(whole);
    const done: MoveRecord[] = all.map((_, index) => ({ index, wrong: 0, ms: 1000, how: 'done', hint: 0 }));
    render(
      <MemoryRouter>
        <TestResults flowId={flow.id} step={whole} moves={all} records={done} onRestart={() => {}} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Score for each action' });
    const parts = within(table).getAllByTestId('score-part');
    expect(parts.map((p) => p.textContent)).toEqual(steps.map((s) => s.title));
    expect(parts.every((p) => p.getAttribute('scope') === 'colgroup')).toBe(true);
    // The Site part begins where the Organization part's actions end.
    const perStep = trainerMoves(steps[0]!).length;
    const siteHeader = parts[1]!.closest('tr')!;
    expect(siteHeader.nextElementSibling?.getAttribute('data-row')).toBe(String(perStep + 1));
    const list = screen.getByRole('list', { name: 'Score for each action' });
    expect(within(list).getAllByTestId('score-part')).toHaveLength(3);
  });

  it('a single step’s results have no parts', () => {
    render(
      <MemoryRouter>
        <TestResults flowId={flow.id} step={step} moves={moves} records={records} onRestart={() => {}} />
      </MemoryRouter>,
    );
    expect(screen.queryAllByTestId('score-part')).toEqual([]);
  });
});
