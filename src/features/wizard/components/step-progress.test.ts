import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { allRoutes } from '@/engine/graph';
import { progressAt, walk } from '@/engine/walk';

import { progressText } from './step-progress';

describe('honest progress', () => {
  it('reads "Step n · up to b left", "n left" or "end of this guide"', () => {
    expect(progressText({ position: 3, minLeft: 2, maxLeft: 4 })).toBe('Step 3 · up to 4 left');
    expect(progressText({ position: 2, minLeft: 5, maxLeft: 5 })).toBe('Step 2 · 5 left');
    expect(progressText({ position: 8, minLeft: 0, maxLeft: 0 })).toBe('Step 8 · end of this guide');
  });

  // Exhaustive and pure, so it runs in the unit project (Node): every route of every flow, every step of it.
  it('on every route of every flow, moving forward never makes the bar go back, and the range is honest', () => {
    const problems: string[] = [];
    let steps = 0;
    for (const flow of FLOWS) {
      for (const entry of flow.entries) {
        for (const route of allRoutes(flow, entry.start)) {
          const answers: Record<string, string> = {};
          let lastShare = -1;
          let lastMost = Infinity;
          const where = (i: number) =>
            `${flow.id}/${entry.id}: ${route.map((s) => s.node).join(' → ')} at step ${i + 1}`;
          route.forEach((step, i) => {
            steps++;
            const w = walk(flow, { entry: entry.id, answers });
            if (w.current.id !== step.node) problems.push(`${where(i)}: the walk is at ${w.current.id}`);
            const p = progressAt(flow, w, step.node);
            const left = route.length - 1 - i;
            if (p.position !== i + 1) problems.push(`${where(i)}: position ${p.position}`);
            if (left < p.minLeft || left > p.maxLeft)
              problems.push(`${where(i)}: ${left} left, shown ${p.minLeft}–${p.maxLeft}`);
            // The figure shown ("up to n", or n) only ever falls as the walk moves forward.
            if (p.maxLeft >= lastMost) problems.push(`${where(i)}: up to ${p.maxLeft} left after ${lastMost}`);
            lastMost = p.maxLeft;
            const share = p.position / (p.position + p.maxLeft);
            if (share < lastShare) problems.push(`${where(i)}: the bar goes back from ${lastShare} to ${share}`);
            lastShare = share;
            if (step.choice) answers[step.node] = step.choice;
          });
          if (lastShare !== 1) problems.push(`${where(route.length - 1)}: the bar ends at ${lastShare}`);
        }
      }
    }
    expect(steps).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
