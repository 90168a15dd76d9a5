import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { allRoutes } from '@/engine/graph';
import { progressAt, walk } from '@/engine/walk';

import { progressText } from './step-progress';

describe('honest progress', () => {
  it('reads "Step n · up to b left", "n left" or "last step"', () => {
    expect(progressText({ position: 3, minLeft: 2, maxLeft: 4 })).toBe('Step 3 · up to 4 left');
    expect(progressText({ position: 2, minLeft: 5, maxLeft: 5 })).toBe('Step 2 · 5 left');
    expect(progressText({ position: 8, minLeft: 0, maxLeft: 0 })).toBe('Step 8 · last step');
  });

  it('on every route of every flow, moving forward never makes the bar go back, and the range is honest', { timeout: 30_000 }, () => {
    for (const flow of FLOWS) {
      for (const entry of flow.entries) {
        for (const route of allRoutes(flow, entry.start)) {
          const answers: Record<string, string> = {};
          let lastShare = -1;
          let lastMost = Infinity;
          route.forEach((step, i) => {
            const w = walk(flow, { entry: entry.id, answers });
            expect(w.current.id).toBe(step.node);
            const p = progressAt(flow, w, step.node);
            expect(p.position).toBe(i + 1);
            const left = route.length - 1 - i;
            expect(left).toBeGreaterThanOrEqual(p.minLeft);
            expect(left).toBeLessThanOrEqual(p.maxLeft);
            // The figure shown ("up to n", or n) only ever falls as the walk moves forward.
            expect(p.maxLeft).toBeLessThan(lastMost);
            lastMost = p.maxLeft;
            const share = p.position / (p.position + p.maxLeft);
            expect(share).toBeGreaterThanOrEqual(lastShare);
            lastShare = share;
            if (step.choice) answers[step.node] = step.choice;
          });
          expect(lastShare).toBe(1);
        }
      }
    }
  });
});
