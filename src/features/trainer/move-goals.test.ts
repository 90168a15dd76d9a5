import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';

import { practiceSpecs, stateAfter } from './move-goals';
import { practiceReducer, startPractice } from './practice-machine';

const q255888 = FLOWS.find((f) => f.id === 'q255888')!;
const step = (id: string) => q255888.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === id)!;

describe('the moves done by typing or by choosing several start before it, and check what is left', () => {
  it('Create the account: the New User dialog starts empty, and Username alone does not finish the move', () => {
    const s = step('create-account');
    const moves = trainerMoves(s);
    const specs = practiceSpecs(s, moves);
    expect(moves[0]).toMatchObject({ screen: 'user-manager-new-user', target: 'username', state: {} });
    // What the next move starts from is what this one must leave: the boxes filled in.
    expect(stateAfter(s, moves, 0)).toMatchObject({ username: 'MigAdmin', passwordLength: 10 });
    const goal = specs[0]!.goal!;
    expect(goal({ username: 'Bob' })).toBe(false);
    expect(goal({ username: 'Bob', fullName: 'Bob S', description: 'x', password: 'pw', confirm: 'pw' })).toBe(true);
    let p = startPractice('try', specs, 0);
    p = practiceReducer(p, { type: 'action', target: 'username', gesture: 'type', at: 1, state: { username: 'Bob' } });
    expect([p.index, p.wrong]).toEqual([0, 0]);
  });

  it('Create the account: clearing User Must Change Password… starts with it still selected', () => {
    const moves = trainerMoves(step('create-account'));
    const clear = moves.find((m) => m.target === 'must-change')!;
    expect(clear.state.mustChange).toBeUndefined(); // the screen's default: selected
    expect(clear.state).toMatchObject({ username: 'MigAdmin', passwordLength: 10 });
    // Add then starts with it cleared, as the move before left it.
    expect(moves.find((m) => m.target === 'add-button')!.state.mustChange).toBe(false);
  });

  it('Migrate again: no account is selected to start with, and several must be', () => {
    const s = step('fix-log-on');
    const moves = trainerMoves(s);
    const specs = practiceSpecs(s, moves);
    expect(moves[0]).toMatchObject({
      screen: 'migration-wizard',
      target: 'accounts-list',
      state: { page: 'accounts' },
    });
    expect(moves[0]!.state.selectedAccounts).toBeUndefined();
    // Its goal comes from its picture (the next move is on another screen).
    expect(stateAfter(s, moves, 0)).toMatchObject({ selectedAccounts: ['ANNAB', 'BRUNOK', 'CARLAM'] });
    const goal = specs[0]!.goal!;
    expect(goal({ page: 'accounts', selectedAccounts: ['ANNAB'] })).toBe(false);
    expect(goal({ page: 'accounts', selectedAccounts: ['ANNAB', 'DAVIDW'] })).toBe(true);
  });

  it('every other move of every flow is done by one activation, as before', () => {
    const withGoal = FLOWS.flatMap((f) =>
      f.nodes.flatMap((n) =>
        n.kind === 'step'
          ? practiceSpecs(n, trainerMoves(n)).flatMap((m) => (m.goal ? [`${n.id}:${m.target}`] : []))
          : [],
      ),
    );
    expect(withGoal).toEqual(['create-account:username', 'fix-log-on:accounts-list']);
  });
});
