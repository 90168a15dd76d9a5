import { describe, expect, it } from 'vitest';

import { q255888Flow } from '@/content/flows/q255888';
import type { OutcomeNode } from '@/content/schema';

import { assess, ruledOutBy } from './evidence';
import { walk } from './walk';

const flow = q255888Flow;
const outcome = (id: string) => flow.nodes.find((n) => n.id === id) as OutcomeNode;
const diagnosis = outcome('diagnosis-q255888');

describe('assess', () => {
  it('sorts path answers into supporting, contradicting and open', () => {
    const w = walk(flow, {
      entry: 'diagnose',
      answers: {
        'app-log-event': 'event-7044',
        'mailboxes-created': 'not-sure',
        'batch-size': 'several',
        'single-user': 'not-tried',
        'logged-on-role': 'service-account-admin',
        'exchange-version': 'ex50-55',
        'source-version': 'msmail-3x',
      },
    });
    const a = assess(flow, w, diagnosis);
    expect(a.supporting.map((f) => f.question.id)).toEqual([
      'app-log-event',
      'batch-size',
      'logged-on-role',
      'exchange-version',
      'source-version',
    ]);
    expect(a.contradicting).toEqual([]);
    expect(a.open.map((f) => [f.question.id, f.answer?.id])).toEqual([
      ['mailboxes-created', 'not-sure'],
      ['single-user', 'not-tried'],
    ]);
  });

  it('ignores answers that are not on the walked path', () => {
    const w = walk(flow, { entry: 'diagnose', answers: { 'app-log-event': 'other-event', 'batch-size': 'one' } });
    const a = assess(flow, w, diagnosis);
    expect(a.contradicting.map((f) => f.question.id)).toEqual(['app-log-event']);
  });
});

describe('ruledOutBy', () => {
  it('names the answer that ruled the diagnosis out', () => {
    const w = walk(flow, {
      entry: 'diagnose',
      answers: { 'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail', 'batch-size': 'one' },
    });
    expect(w.current.id).toBe('not-this-symptoms');
    expect(ruledOutBy(flow, w, outcome('not-this-symptoms')).map((f) => [f.question.id, f.answer?.label])).toEqual([
      ['batch-size', 'A single user'],
    ]);
  });

  it('is empty for outcomes that rule nothing out', () => {
    const w = walk(flow, { entry: 'diagnose', answers: {} });
    expect(ruledOutBy(flow, w, diagnosis)).toEqual([]);
  });
});
