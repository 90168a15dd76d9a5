import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';

import { FLOW_PLANS } from './flow-plan';

describe('the plans the generated end-to-end tests walk', () => {
  it('cover every flow, every outcome of it, and every fix step with trainer moves', () => {
    expect(FLOW_PLANS.map((p) => p.id)).toEqual(FLOWS.map((f) => f.id));
    for (const flow of FLOWS) {
      const plan = FLOW_PLANS.find((p) => p.id === flow.id)!;
      const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
      expect(plan.outcomes.map((w) => w.pages.at(-1)!.node).sort(), flow.id).toEqual([...outcomes].sort());
      for (const step of plan.trainer) expect(plan.stepWalks[step.node]?.pages.at(-1)?.node, step.node).toBe(step.node);
    }
  });

  it('walk each matching path through a diagnosis to a resolved outcome, answering every question on it', () => {
    for (const plan of FLOW_PLANS) {
      const kinds = plan.matching.pages.map((p) => (p.kind === 'outcome' ? p.type : p.kind));
      expect(kinds, plan.id).toContain('diagnosis');
      expect(kinds.at(-1), plan.id).toBe('resolved');
      for (const p of plan.matching.pages.slice(0, -1)) if (p.kind === 'outcome') expect(p.next, p.node).toBeDefined();
    }
  });
});
