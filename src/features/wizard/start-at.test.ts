import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { q255888Flow as flow } from '@/content/flows/q255888';
import { walk } from '@/engine/walk';

import { routeTo, shortestWayTo, waysTo } from './start-at';

describe('starting a case part-way', () => {
  it('starts the fix at a permission step through the fewest assumed answers', () => {
    expect(shortestWayTo(flow, 'grant-site')).toEqual({
      entry: 'fix',
      answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
      steps: 2,
    });
    expect(shortestWayTo(flow, 'create-account')?.answers).toEqual({ 'fix-account': 'create' });
    expect(shortestWayTo(flow, 'fix-account')).toEqual({ entry: 'fix', answers: {}, steps: 0 });
  });

  it('names every way in that reaches a step; symptom questions only from the diagnosis', () => {
    expect(waysTo(flow, 'batch-size').map((w) => w.entry)).toEqual(['diagnose']);
    expect(waysTo(flow, 'grant-site').map((w) => w.entry)).toEqual(['diagnose', 'fix']);
    expect(routeTo(flow, 'fix', 'batch-size')).toBeUndefined();
    expect(routeTo(flow, 'nope', 'batch-size')).toBeUndefined();
    expect(routeTo(flow, 'fix', 'no-such-node')).toBeUndefined();
  });

  it('on every flow, the answers of the shortest way lead exactly to the node', () => {
    for (const f of FLOWS) {
      for (const node of f.nodes) {
        const way = shortestWayTo(f, node.id);
        if (!way) continue;
        expect(walk(f, { entry: way.entry, answers: way.answers }).current.id).toBe(node.id);
      }
    }
  });
});
