import { describe, expect, it } from 'vitest';

import { CATALOG } from './catalog';
import { FLOWS } from './index';
import { loadAllFlows } from './load-all-flows';
import { loadFlow } from './load-flow';
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
    // (The registry's flows carry their folder's change notes too: revisions.ts.)
    const ids = FLOWS.map(({ revisions: _notes, ...flow }) => flow);
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
    // Pages load a flow without its change notes (its revisions.ts, loaded apart); the registry puts them back.
    for (const flow of FLOWS) {
      const { revisions, ...loaded } = flow;
      expect(await loadFlow(flow.id)).toEqual(loaded);
      expect(revisions!.at(-1)!.date).toBe(flow.revisionDate);
    }
    expect(await loadAllFlows()).toEqual(FLOWS.map(({ revisions: _notes, ...flow }) => flow));
    for (const junk of [undefined, '', 'nope', '../q255888', '__proto__', 'q255888/index', 'Q255888/']) {
      expect(await loadFlow(junk), String(junk)).toBeUndefined();
    }
    // The KB number as it is usually written (an address typed by hand) finds the flow: ids are lower case.
    for (const flow of FLOWS) {
      expect(flow.id).toBe(flow.id.toLowerCase());
      expect(await loadFlow(flow.id.toUpperCase())).toBe(await loadFlow(flow.id));
    }
  });
});
