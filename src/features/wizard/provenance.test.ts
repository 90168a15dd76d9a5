import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { assumedNodes, carriedQuestions, pastedAnswers } from './provenance';

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

describe('carriedQuestions', () => {
  const handover = { type: 'handover', node: 'app-log-event', value: 'q255888:cause-7017-alias' };
  const carried = { 'app-log-event': 'event-7017', 'exchange-version': 'ex50-55' };

  it('names the answers a hand-over gave', () => {
    expect(carriedQuestions(carried, [handover])).toEqual(['app-log-event', 'exchange-version']);
  });

  it('leaves out an answer given again here, by hand or by a paste', () => {
    const answers = { ...carried, 'existing-mailbox': 'yes' };
    const log = [
      handover,
      { type: 'answer', node: 'existing-mailbox', value: 'yes' },
      { type: 'answer', node: 'exchange-version', value: 'ex50-55' },
    ];
    expect(carriedQuestions(answers, log)).toEqual(['app-log-event']);
    const pasted = [handover, { type: 'paste', value: 'app-log-event=event-7017' }];
    expect(carriedQuestions(carried, pasted)).toEqual(['exchange-version']);
    // One taken out by Back is not in the case any more.
    expect(carriedQuestions({ 'app-log-event': 'event-7017' }, [handover, { type: 'back' }])).toEqual([
      'app-log-event',
    ]);
  });

  it('finds none in a case that was not handed over (started here, started over, opened from a link)', () => {
    expect(carriedQuestions(carried, [{ type: 'start' }, { type: 'answer', node: 'app-log-event' }])).toEqual([]);
    expect(carriedQuestions(carried, [{ type: 'restart' }])).toEqual([]);
    expect(carriedQuestions(carried, [{ type: 'share' }])).toEqual([]);
    expect(carriedQuestions(carried, undefined)).toEqual([]);
  });
});

describe('assumedNodes', () => {
  const path = ['fix-account', 'grant-organization', 'grant-site', 'grant-configuration'];
  const start = { type: 'start', value: 'fix', node: 'grant-site' };

  it('names what comes before the step a case was started at', () => {
    expect(assumedNodes(path, [start])).toEqual(['fix-account', 'grant-organization']);
  });

  it('leaves out what was answered or pasted since, and all of it after a start over or from the beginning', () => {
    expect(assumedNodes(path, [start, { type: 'answer', node: 'fix-account', value: 'existing' }])).toEqual([
      'grant-organization',
    ]);
    expect(assumedNodes(path, [start, { type: 'paste', value: 'grant-organization=done' }])).toEqual(['fix-account']);
    // A note is no answer: still assumed.
    expect(assumedNodes(path, [start, { type: 'note', node: 'fix-account', value: 'x' }])).toEqual([
      'fix-account',
      'grant-organization',
    ]);
    expect(assumedNodes(path, [start, { type: 'restart' }])).toEqual([]);
    expect(assumedNodes(path, [{ type: 'start', value: 'fix' }])).toEqual([]);
    expect(assumedNodes(path, [])).toEqual([]);
    expect(assumedNodes(path, [{ type: 'start', value: 'fix', node: 'not-on-the-path' }])).toEqual([]);
  });
});
