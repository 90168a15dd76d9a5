import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';

import type { StepNode } from './schema';
import { hasTrainer } from './trainer';
import { trainerMoves } from './trainer-moves';

describe('hasTrainer', () => {
  it('is true exactly for the fix steps that have trainer moves, in every flow', () => {
    const steps = FLOWS.flatMap((f) => f.nodes.filter((n): n is StepNode => n.kind === 'step'));
    expect(steps.filter((s) => hasTrainer(s)).length).toBeGreaterThan(4);
    for (const step of steps) expect(hasTrainer(step), step.id).toBe(trainerMoves(step).length > 0);
  });

  it('says the same of a step whether or not its trainer moves are loaded (a walk has only the pictures)', () => {
    const steps = FLOWS.flatMap((f) => f.nodes.filter((n): n is StepNode => n.kind === 'step'));
    expect(steps.some((s) => s.actions.some((a) => a.practice))).toBe(true);
    for (const step of steps) {
      const walked: StepNode = { ...step, actions: step.actions.map(({ practice: _moves, ...a }) => a) };
      expect(hasTrainer(walked), step.id).toBe(hasTrainer(step));
    }
  });

  it('counts an action with an empty practice list as no move, even with a targeted picture', () => {
    const base = FLOWS[0]!.nodes.find((n): n is StepNode => n.kind === 'step' && hasTrainer(n))!;
    const target = { screen: 'exchange-admin', target: 'x', description: 'A screen' };
    const action = { ...base.actions[0]!, practice: [], mockup: target };
    const step: StepNode = { ...base, actions: [action] };
    expect(hasTrainer(step)).toBe(false);
    expect(trainerMoves(step)).toEqual([]);
    const { practice: _p, ...withPicture } = action;
    expect(hasTrainer({ ...base, actions: [withPicture] })).toBe(true);
    expect(hasTrainer(FLOWS[0]!.nodes.find((n) => n.kind === 'question'))).toBe(false);
    expect(hasTrainer(undefined)).toBe(false);
  });
});
