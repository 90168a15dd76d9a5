import { describe, expect, it } from 'vitest';

import { CATALOG } from './catalog';
import { FLOWS, PRACTICE } from './index';
import { loadAllFlows } from './load-all-flows';
import { loadFlow } from './load-flow';
import { loadPractice } from './load-practice';
import { unplacedPractice, withPractice } from './practice';
import type { Flow } from './schema';

/** A registry flow as its own module exports it: without its folder's change notes and trainer moves. */
function bare({ revisions: _notes, ...flow }: Flow): Flow {
  const nodes = flow.nodes.map((n) =>
    n.kind === 'step' && Object.hasOwn(PRACTICE[flow.id] ?? {}, n.id)
      ? { ...n, actions: n.actions.map(({ practice: _moves, ...a }) => a) }
      : n,
  );
  return { ...flow, nodes };
}
import { formatIssue, validateContent } from '@/checks/validate-content';

describe('shipped content', () => {
  it('every flow validates with zero problems', () => {
    expect(validateContent(FLOWS).map(formatIssue)).toEqual([]);
  });

  it('every file under flows/ and every flow folder’s index.ts default-exports a flow', () => {
    const files = import.meta.glob<unknown>(['./flows/*.ts', './flows/*/index.ts', '!./flows/*.test.ts'], {
      eager: true,
      import: 'default',
    });
    expect(Object.keys(files).length).toBeGreaterThan(0);
    // (The registry's flows carry their folder's change notes and trainer moves too: revisions.ts, trainer-moves.ts.)
    const ids = FLOWS.map(bare);
    for (const [file, flow] of Object.entries(files)) {
      expect(ids, `${file} must default-export its flow`).toContainEqual(flow);
    }
  });

  it('the start-page catalog (generated at build time) matches the flows', () => {
    expect(CATALOG.map((c) => c.id)).toEqual(FLOWS.map((f) => f.id));
    for (const flow of FLOWS) {
      const summary = CATALOG.find((c) => c.id === flow.id)!;
      expect(summary).toEqual({
        id: flow.id,
        kb: flow.kb.id,
        title: flow.title,
        summary: flow.summary,
        appliesTo: flow.kb.appliesTo,
        revision: flow.revision,
        revisionDate: flow.revisionDate,
        entries: flow.entries,
      });
    }
  });

  it('pages load each flow by its id, one at a time (a file or folder named after the flow)', async () => {
    // Pages load a flow without its change notes and trainer moves (its revisions.ts and trainer-moves.ts, loaded
    // apart); the registry puts them back.
    for (const flow of FLOWS) {
      const { revisions, ...withMoves } = flow;
      const loaded = await loadFlow(flow.id);
      expect(loaded).toEqual(bare(flow));
      expect(withPractice(loaded!, await loadPractice(flow.id))).toEqual(withMoves);
      expect(revisions!.at(-1)!.date).toBe(flow.revisionDate);
    }
    expect(await loadAllFlows()).toEqual(FLOWS.map(bare));
    for (const junk of [undefined, '', 'nope', '../q255888', '__proto__', 'q255888/index', 'Q255888/']) {
      expect(await loadFlow(junk), String(junk)).toBeUndefined();
      expect(await loadPractice(junk ?? ''), String(junk)).toBeUndefined();
    }
    // The KB number as it is usually written (an address typed by hand) finds the flow: ids are lower case.
    for (const flow of FLOWS) {
      expect(flow.id).toBe(flow.id.toLowerCase());
      expect(await loadFlow(flow.id.toUpperCase())).toBe(await loadFlow(flow.id));
    }
  });

  it('a flow folder’s trainer moves (trainer-moves.ts) each name an action of one of its fix steps', () => {
    expect(Object.keys(PRACTICE).length).toBeGreaterThan(0);
    for (const [id, practice] of Object.entries(PRACTICE)) {
      const flow = FLOWS.find((f) => f.id === id);
      expect(flow, `${id}: trainer-moves.ts in a folder with no flow`).toBeDefined();
      expect(unplacedPractice(flow!, practice), id).toEqual([]);
    }
    // And one that does not is named, step and action.
    const flow = FLOWS[0]!;
    const step = flow.nodes.find((n) => n.kind === 'step')!;
    expect(unplacedPractice(flow, { [step.id]: { nope: [] }, 'no-such-step': { any: [] } })).toEqual([
      `${step.id} › nope`,
      'no-such-step › any',
    ]);
  });
});
