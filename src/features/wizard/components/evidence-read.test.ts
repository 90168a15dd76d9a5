import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';

import { readPaste } from './evidence-read';

const flow = getFlow('q255888')!;

describe('readPaste', () => {
  it('says so when nothing was pasted', () => {
    expect(readPaste(flow, '  \n\t ')).toEqual({ kind: 'empty' });
  });

  it('finds no event in chatter', () => {
    expect(readPaste(flow, 'hello, the migration is broken, please help')).toEqual({
      kind: 'unreadable',
      text: 'hello, the migration is broken, please help',
    });
  });

  it('reads a 7044 event and proposes the answer it settles', () => {
    const reading = readPaste(flow, 'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: 80004005');
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.events[0]?.eventId).toBe(7044);
    expect(reading.evidence.proposals.map((p) => [p.question, p.option])).toContainEqual([
      'app-log-event',
      'event-7044',
    ]);
  });
});
