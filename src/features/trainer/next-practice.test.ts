import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { StepNode } from '@/content/schema';

import { nextPractice } from './next-practice';

const flow = FLOWS.find((f) => f.id === 'q255888')!;
const step = (id: string) => flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === id)!;

describe('nextPractice: where Let me try goes on from', () => {
  it('is the fix step the step leads to, practised on its own page (the grant on the next object)', () => {
    expect(nextPractice(flow, step('grant-organization'))).toEqual({
      title: 'Grant Permissions Admin on the Site object',
      to: '/t/q255888/grant-site?mode=try',
    });
    expect(nextPractice(flow, step('grant-site'))?.to).toBe('/t/q255888/grant-configuration?mode=try');
    expect(nextPractice(flow, step('grant-configuration'))?.to).toBe('/t/q255888/fix-log-on?mode=try');
  });

  it('is nothing when the step leads to a question, not a step to practise', () => {
    expect(step('fix-log-on').next).toBe('verify');
    expect(nextPractice(flow, step('fix-log-on'))).toBeUndefined();
  });
});
