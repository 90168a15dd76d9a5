/**
 * Property tests for the engine with fast-check: random answer sequences over
 * every registered flow (and the small test flow) must always end at an
 * outcome within the flow's longest route, and "back, then the same answer
 * again" must always give back the same state.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { Flow, FlowNode } from '@/content/schema';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { choicesOf } from './graph';
import { answer, goBack, setCheck, startSession } from './session';
import type { Session } from './walk';
import { walk } from './walk';

const RUNS = 10_000;
const flows: Flow[] = [...FLOWS, tinyFlow()];

/**
 * The number of nodes on the longest route from `start` to a node with no way
 * on, computed here from the raw data (not with the engine's own helpers), so
 * the bound the engine is held to is independent of the engine.
 */
function longestRoute(flow: Flow, start: string): number {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const nextIds = (n: FlowNode): string[] =>
    n.kind === 'question' ? n.options.map((o) => o.next) : n.kind === 'step' ? [n.next] : n.next ? [n.next] : [];
  const memo = new Map<string, number>();
  const go = (id: string, trail: Set<string>): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    if (!node) return 0;
    if (trail.has(id)) throw new Error(`cycle through ${id}`);
    trail.add(id);
    const longest = 1 + Math.max(0, ...nextIds(node).map((n) => go(n, trail)));
    trail.delete(id);
    memo.set(id, longest);
    return longest;
  };
  return go(start, new Set());
}

/** Tick every required box of a step so that it can be completed. */
function tickRequired(flow: Flow, session: Session, node: FlowNode): Session {
  if (node.kind !== 'step') return session;
  let s = session;
  for (const item of node.checklist ?? []) {
    if (!item.required) continue;
    const r = setCheck(flow, s, node.id, item.id, true);
    if (!r.ok) throw new Error(`could not tick ${node.id}/${item.id}: ${r.error.code}`);
    s = r.value;
  }
  return s;
}

/**
 * Answer the current node with `picks[i] mod (number of choices)` until the
 * flow ends or the picks run out. Returns the session and how many answers
 * were given.
 */
function play(flow: Flow, entry: string, picks: readonly number[]): { session: Session; answered: number } {
  let session = startSession(flow, entry);
  let answered = 0;
  for (const pick of picks) {
    const w = walk(flow, session);
    if (w.finished) break;
    const choices = choicesOf(w.current);
    const choice = choices[pick % choices.length]!;
    session = tickRequired(flow, session, w.current);
    const r = answer(flow, session, w.current.id, choice.id);
    if (!r.ok) throw new Error(`answer ${w.current.id}=${choice.id} refused: ${r.error.code}`);
    session = r.value;
    answered++;
  }
  return { session, answered };
}

const flowAndEntry = fc
  .constantFrom(...flows)
  .chain((flow) => fc.record({ flow: fc.constant(flow), entry: fc.constantFrom(...flow.entries.map((e) => e.id)) }));

const picks = fc.array(fc.nat({ max: 1_000 }), { minLength: 0, maxLength: 40 });

describe('engine properties (fast-check)', () => {
  it(`every answer sequence ends at an outcome within the flow's longest route (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(flowAndEntry, picks, ({ flow, entry }, extra) => {
        const start = flow.entries.find((e) => e.id === entry)!.start;
        const longest = longestRoute(flow, start);
        // Enough picks to reach the end of the longest route, whatever they are.
        const sequence = [...extra, ...Array.from({ length: longest }, (_, i) => i * 7 + 3)];
        const { session, answered } = play(flow, entry, sequence);
        const w = walk(flow, session);
        expect(w.finished).toBe(true);
        expect(w.current.kind).toBe('outcome');
        expect(w.outcome?.id).toBe(w.current.id);
        expect(w.stale).toEqual([]);
        // A route of N nodes takes N - 1 answers; the path never exceeds the longest route.
        expect(w.path.length).toBeLessThanOrEqual(longest);
        expect(answered).toBe(w.path.length - 1);
        expect(w.path[0]!.node.id).toBe(start);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`back, then the same answer again, returns the same state (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(flowAndEntry, picks, ({ flow, entry }, sequence) => {
        const { session } = play(flow, entry, sequence);
        const before = walk(flow, session);
        const back = goBack(flow, session);
        const afterBack = walk(flow, back);
        const last = [...before.path].reverse().find((p) => p.choice);
        if (!last) {
          // Nothing answered yet: back changes nothing.
          expect(back).toEqual(session);
          return;
        }
        // Back makes the last answered node current again and keeps the ticks.
        expect(afterBack.current.id).toBe(last.node.id);
        expect(afterBack.path.length).toBe(before.path.length - 1);
        expect(back.checks).toEqual(session.checks);
        // Forward with the same choice.
        const forward = answer(flow, back, last.node.id, last.choice!.id);
        expect(forward.ok).toBe(true);
        if (!forward.ok) return;
        expect(forward.value).toEqual(session);
        const again = walk(flow, forward.value);
        expect(again.path.map((p) => [p.node.id, p.choice?.id])).toEqual(
          before.path.map((p) => [p.node.id, p.choice?.id]),
        );
        expect(again.current.id).toBe(before.current.id);
        expect(again.finished).toBe(before.finished);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('walking arbitrary stored answers (foreign ids, junk values, prototype keys) never throws and stays bounded', () => {
    const key = fc.oneof(
      fc.constantFrom(...new Set(flows.flatMap((f) => f.nodes.map((n) => n.id)))),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(
      fc.constantFrom(...new Set(flows.flatMap((f) => f.nodes.flatMap((n) => choicesOf(n).map((c) => c.id))))),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...flows),
        fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('diagnose', 'fix')),
        fc.array(fc.tuple(key, value), { maxLength: 30 }),
        (flow, entry, pairs) => {
          const answers: Record<string, string> = Object.create(null) as Record<string, string>;
          for (const [k, v] of pairs) answers[k] = v;
          const w = walk(flow, { entry, answers });
          const start = (flow.entries.find((e) => e.id === entry) ?? flow.entries[0]!).start;
          expect(w.path[0]!.node.id).toBe(start);
          expect(w.path.length).toBeLessThanOrEqual(longestRoute(flow, start));
          expect(w.current).toBe(w.path.at(-1)!.node);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
