import { describe, expect, it } from 'vitest';

import type { StoredCase } from '@/store';

import { noticeText } from '../notice-text';
import { whyOffPath } from './off-path';

const base: StoredCase = {
  id: 'run-2',
  flowId: 'q255888',
  revision: 7,
  entry: 'diagnose',
  answers: { 'app-log-event': 'other-event' },
  checks: {},
  startedAt: 1,
  updatedAt: 3,
  log: [
    { type: 'handover', at: 2 },
    { type: 'answer', node: 'app-log-event', value: 'other-event', at: 3 },
  ],
  notes: {},
};

/** The part the case had in Q186742 before it came back here. */
const earlier = [{ ...base, id: 'run-1', flowId: 'q186742', answers: {}, log: [], outcome: 'not-this-other-event' }];

describe('whyOffPath', () => {
  it('a case that went on in another guide and came back: its old steps are a done part, not a changed answer', () => {
    expect(whyOffPath({ ...base, earlier })).toBe('guides');
    expect(noticeText({ kind: 'skipped', reason: 'guides' })).toMatch(/^This case went on in another guide/);
    expect(noticeText({ kind: 'redirected', reason: 'guides', title: 'Which migration error' })).toBe(
      'This case went on in another guide since “Which migration error”, and came back: this is where it stands in this guide now.',
    );
  });

  it('a changed answer is said as such, with earlier parts or without; neither: the step is ahead', () => {
    const changed: StoredCase = {
      ...base,
      log: [...base.log, { type: 'answer', node: 'app-log-event', value: 'event-7044', at: 4 }],
    };
    expect(whyOffPath(changed)).toBe('changed');
    expect(whyOffPath({ ...changed, earlier })).toBe('changed');
    expect(whyOffPath(base)).toBeUndefined();
    expect(whyOffPath(undefined)).toBeUndefined();
    expect(noticeText({ kind: 'skipped' })).toMatch(/^You changed an earlier answer/);
  });
});
