import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { choicesOf } from '@/engine/graph';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { NODE_WIDTH, layoutFlow, wrapTitle } from './layout';

describe('wrapTitle', () => {
  it('keeps short titles on one line and breaks long ones at spaces', () => {
    expect(wrapTitle('Users per run')).toEqual(['Users per run']);
    expect(wrapTitle('Grant Permissions Admin on the Organization object')).toEqual([
      'Grant Permissions Admin on',
      'the Organization object',
    ]);
  });

  it('shortens what does not fit in three lines with an ellipsis, and cuts a single overlong word', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten eleven twelve', 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapTitle('x'.repeat(40), 10)).toEqual([`${'x'.repeat(9)}…`]);
  });
});

describe('layoutFlow', () => {
  it.each([...FLOWS.map((f) => [f.id, f] as const), ['tiny', tinyFlow()] as const])(
    'lays out every node and choice of %s without overlaps',
    (_, flow) => {
      const layout = layoutFlow(flow);
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
      const choices = flow.nodes.flatMap((n) => choicesOf(n).map((c) => `${n.id}|${c.id}`));
      expect(layout.edges.map((e) => `${e.from}|${e.choice}`).sort()).toEqual(choices.sort());
      for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
      for (const n of layout.nodes) {
        expect(n.width).toBe(NODE_WIDTH);
        expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
        expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
      }
      // No two boxes overlap.
      for (const a of layout.nodes) {
        for (const b of layout.nodes) {
          if (a === b) continue;
          const apart =
            Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
          expect(apart, `${a.id} / ${b.id}`).toBe(true);
        }
      }
    },
  );
});
