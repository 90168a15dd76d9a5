import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { pastedAnswers } from './provenance';

describe('pastedAnswers', () => {
  const pasteLog = [
    { type: 'start', value: 'diagnose' },
    { type: 'paste', value: 'app-log-event=other-event, which-event=event-7026' },
  ];

  it('names the evidence rule behind each pasted answer', () => {
    const got = pastedAnswers(flow, { 'app-log-event': 'other-event', 'which-event': 'event-7026' }, pasteLog);
    expect(got.get('app-log-event')).toMatch(/^Event 7026 from MSExchangeMig/);
    expect(got.get('which-event')).toMatch(/^Event 7026 from MSExchangeMig/);
  });

  it('forgets an answer the user changed by hand afterwards, or after a restart', () => {
    const changed = [...pasteLog, { type: 'answer', node: 'which-event', value: 'event-7017' }];
    expect([
      ...pastedAnswers(flow, { 'app-log-event': 'other-event', 'which-event': 'event-7017' }, changed).keys(),
    ]).toEqual(['app-log-event']);
    expect(pastedAnswers(flow, { 'app-log-event': 'other-event' }, [...pasteLog, { type: 'restart' }]).size).toBe(0);
  });

  it('ignores answers that no longer hold the pasted option, and malformed entries', () => {
    expect(pastedAnswers(flow, { 'app-log-event': 'event-7044' }, pasteLog).size).toBe(0);
    expect(pastedAnswers(flow, {}, [{ type: 'paste', value: ',,=,x=' }]).size).toBe(0);
    expect(pastedAnswers(flow, {}, undefined).size).toBe(0);
  });
});
