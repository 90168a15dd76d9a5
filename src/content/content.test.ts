import { describe, expect, it } from 'vitest';

import { CATALOG } from './catalog';
import { FLOWS } from './index';
import { formatIssue, validateContent } from './validate-content';

describe('shipped content', () => {
  it('every flow validates with zero problems', () => {
    expect(validateContent(FLOWS).map(formatIssue)).toEqual([]);
  });

  it('the start-page catalog matches the flows', () => {
    expect(CATALOG.map((c) => c.id)).toEqual(FLOWS.map((f) => f.id));
    for (const flow of FLOWS) {
      const summary = CATALOG.find((c) => c.id === flow.id)!;
      expect(summary).toEqual({
        id: flow.id,
        kb: flow.kb.id,
        title: flow.title,
        summary: flow.summary,
        appliesTo: flow.kb.appliesTo,
        entries: flow.entries,
      });
    }
  });
});
