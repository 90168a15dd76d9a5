import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';
import presenter from '@/content/presenter/q255888';
import { trainerMoves } from '@/content/trainer-moves';

import { wholeFixStep, wholeFixSteps } from './whole-fix';

const flow = getFlow('q255888')!;

describe('the whole fix as one test', () => {
  it('runs the Organization, Site and Configuration grants in order', () => {
    const steps = wholeFixSteps(flow, presenter);
    expect(steps.map((s) => s.id)).toEqual(['grant-organization', 'grant-site', 'grant-configuration']);
    const one = wholeFixStep(steps);
    const moves = trainerMoves(one);
    expect(moves).toHaveLength(steps.reduce((n, s) => n + trainerMoves(s).length, 0));
    expect(moves[0]!.target).toBe('organization-node');
    expect(moves.at(-1)!.target).toBe('ok-button');
    expect(new Set(one.actions.map((a) => a.id)).size).toBe(one.actions.length);
    expect(one.actions[5]!.text).toContain('Site object');
  });

  it('without presenter data, takes the fix steps with moves after the diagnosis on the deck’s route', () => {
    const ids = wholeFixSteps(flow, undefined).map((s) => s.id);
    expect(ids).toContain('grant-organization');
    expect(ids).toContain('grant-configuration');
    expect(ids.indexOf('grant-organization')).toBeLessThan(ids.indexOf('grant-site'));
  });
});
