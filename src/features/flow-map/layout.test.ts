import { describe, expect, it } from 'vitest';

import { FLOWS, getFlow } from '@/content';
import { choicesOf } from '@/engine/graph';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { type FlowLayout, NODE_WIDTH, layoutFlow, wrapTitle } from './layout';

describe('wrapTitle', () => {
  it('keeps short titles on one line and breaks long ones at spaces', () => {
    expect(wrapTitle('Users per run')).toEqual(['Users per run']);
    expect(wrapTitle('Grant Permissions Admin on the Organization object')).toEqual([
      'Grant Permissions Admin',
      'on the Organization',
      'object',
    ]);
  });

  it('shortens what does not fit in the lines allowed with an ellipsis, and cuts a single overlong word', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten eleven twelve', 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(wrapTitle('x'.repeat(40), 10)).toEqual([`${'x'.repeat(9)}…`]);
  });

  it('never shortens a title of Q255888', () => {
    for (const n of getFlow('q255888')!.nodes) expect(wrapTitle(n.title).join(' '), n.id).not.toContain('…');
  });
});

/** Every segment of every edge keeps clear of every box it does not start or end at. */
function crossings(layout: FlowLayout): string[] {
  const found: string[] = [];
  for (const e of layout.edges) {
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1]!;
      const b = e.points[i]!;
      for (const n of layout.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        const left = n.x - n.width / 2;
        const right = n.x + n.width / 2;
        const top = n.y - n.height / 2;
        const bottom = n.y + n.height / 2;
        const xs = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
        const ys = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
        if (xs[1]! > left && xs[0]! < right && ys[1]! > top && ys[0]! < bottom)
          found.push(`${e.from}>${e.to} crosses ${n.id}`);
      }
    }
  }
  return found;
}

const MATCHING = [
  'app-log-event',
  'mailboxes-created',
  'batch-size',
  'single-user',
  'logged-on-role',
  'exchange-version',
  'source-version',
  'diagnosis-q255888',
  'fix-account',
  'create-account',
  'grant-organization',
  'grant-site',
  'grant-configuration',
  'fix-log-on',
  'verify',
  'resolved',
];

describe('layoutFlow', () => {
  const cases = [
    ...FLOWS.map((f) => [f.id, f, [] as string[]] as const),
    ['q255888 with the matching path', getFlow('q255888')!, MATCHING] as const,
    [
      'q255888 with another path',
      getFlow('q255888')!,
      ['app-log-event', 'which-event', 'cause-invalid-server', 'fix-account', 'grant-organization'],
    ] as const,
    ['tiny', tinyFlow(), ['q1', 'q2']] as const,
  ];
  it.each(cases)('lays out every node and choice of %s, boxes apart, lines clear of boxes', (_, flow, path) => {
    const layout = layoutFlow(flow, path);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
    const choices = flow.nodes.flatMap((n) => choicesOf(n).map((c) => `${n.id}|${c.id}`));
    expect(layout.edges.map((e) => `${e.from}|${e.choice}`).sort()).toEqual(choices.sort());
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      // Every edge arrives from above, into the top of its box.
      const [a, b] = e.points.slice(-2);
      expect(a!.x).toBe(b!.x);
      expect(a!.y).toBeLessThan(b!.y);
    }
    for (const n of layout.nodes) {
      expect(n.width).toBe(NODE_WIDTH);
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
    expect(crossings(layout)).toEqual([]);
    // Each node sits below everything that leads to it.
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of layout.edges)
      expect(byId.get(e.to)!.rank, `${e.from}>${e.to}`).toBeGreaterThan(byId.get(e.from)!.rank);
  });

  it('draws the path taken straight: one column, each edge of it a single vertical line', () => {
    const layout = layoutFlow(getFlow('q255888')!, MATCHING);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(new Set(MATCHING.map((id) => byId.get(id)!.x)).size).toBe(1);
    for (let i = 1; i < MATCHING.length; i++) {
      const edge = layout.edges.find((e) => e.from === MATCHING[i - 1] && e.to === MATCHING[i])!;
      expect(edge.points, edge.from).toHaveLength(2);
      expect(edge.points[0]!.x).toBe(edge.points[1]!.x);
    }
    // Nothing else shares the path's column until the path ends.
    const last = byId.get('resolved')!.rank;
    for (const n of layout.nodes)
      if (!MATCHING.includes(n.id) && n.rank <= last) expect(n.column, n.id).toBeGreaterThan(0);
  });

  it('ignores a path that does not follow the flow', () => {
    const layout = layoutFlow(getFlow('q255888')!, ['app-log-event', 'resolved', 'nope']);
    expect(layout.nodes.filter((n) => n.column === 0).map((n) => n.id)).toContain('app-log-event');
    expect(layout.nodes.find((n) => n.id === 'resolved')!.column).toBeGreaterThanOrEqual(0);
  });
});
