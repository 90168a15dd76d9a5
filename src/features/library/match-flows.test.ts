import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { parseEvents } from '@/engine/event-parse';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { matchFlows } from './match-flows';

const EVENT = (id: number, description: string) =>
  `Event Type:\tError\r\nEvent Source:\tMSExchangeMig\r\nEvent Category:\tNone\r\nEvent ID:\t${id}\r\nDescription:\r\n${description}`;
const match = (text: string) => matchFlows(FLOWS, parseEvents(text)).map((m) => m.flow.id);

/** The tiny test flow, with a rule that reads event 1 as q1 = b. */
function knowsEvent1() {
  const a = tinyFlow();
  a.evidenceRules = [
    {
      id: 'r',
      label: 'Event 1',
      when: [{ eventId: 1 }],
      answers: { q1: 'b' },
      source: { ref: 'Q000001', section: 'Symptoms' },
    },
  ];
  return a;
}

describe('matchFlows', () => {
  it('a 7017 event is KB Q186742 (Q255888 hands that event over to it), with its event answered', () => {
    const [only, ...rest] = matchFlows(
      FLOWS,
      parseEvents(EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK')),
    );
    expect(rest).toEqual([]);
    expect(only?.flow.id).toBe('q186742');
    expect(only?.answers).toEqual({ 'app-log-event': 'event-7017' });
  });

  it('the 7017 description alone is KB Q186742 too, which asks which event it was (147 says the same words)', () => {
    // Q255888 knows the words only as event 7017, KB Q186742's event, and hands them over; Q186742 knows that event
    // 147 says them too, so it settles nothing from the words alone: it is offered, and asks.
    const [only, ...rest] = matchFlows(FLOWS, parseEvents('Could not log onto the Message Store for Account: CARLAM'));
    expect(rest).toEqual([]);
    expect(only?.flow.id).toBe('q186742');
    expect(only?.answers).toEqual({});
    expect(only?.handedOverBy?.map((f) => f.id)).toEqual(['q255888']);
    // As the whole event leads to Q186742 alone, with its answer.
    expect(match(EVENT(7017, 'Could not log onto the Message Store for Account: CARLAM'))).toEqual(['q186742']);
  });

  it('the guide whose own article a pasted event is comes first', () => {
    // Q255888 reads a 7044 as its own article's event; Q186742 knows both events from other articles.
    const both = [
      EVENT(7026, 'Migration Aborted due to Mapi logon failure.'),
      EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.'),
    ].join('\n\n');
    expect(match(both)).toEqual(['q255888', 'q186742']);
  });

  it('a 7044 event is KB Q255888 (Q186742 hands that event over to it)', () => {
    expect(
      match(EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account BRUNOK. Return code 80004005.')),
    ).toEqual(['q255888']);
  });

  it('a 7044 and a 7017 pasted together: both guides, each left to ask which event it is about', () => {
    const both = [
      EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.'),
      EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK'),
    ].join('\n\n');
    expect(match(both).sort()).toEqual(['q186742', 'q255888']);
    // A 7044 with another return code is neither guide's: nothing to offer.
    expect(match(EVENT(7044, 'Internal failure communicating with MAPI Spooler. Return code 8004010F.'))).toEqual([]);
  });

  it('a 7026 event is KB Q255888, whose guide knows its articles (Q186742 hands that event over to it)', () => {
    const [only, ...rest] = matchFlows(FLOWS, parseEvents(EVENT(7026, 'Migration Aborted due to Mapi logon failure.')));
    expect(rest).toEqual([]);
    expect(only?.flow.id).toBe('q255888');
    expect(only?.answers).toEqual({ 'app-log-event': 'other-event', 'which-event': 'event-7026' });
  });

  it('an event two guides know and neither hands over gives a choice', () => {
    const a = knowsEvent1();
    const b = { ...structuredClone(a), id: 'b' };
    expect(
      matchFlows([a, b], parseEvents('Event ID: 1\nSource: X'))
        .map((m) => m.flow.id)
        .sort(),
    ).toEqual(['b', 'tiny']);
  });

  it('an event only one guide knows', () => {
    expect(match(EVENT(147, 'Could not log onto the Message Store for Account: X'))).toEqual(['q186742']);
  });

  it('nothing for an event no guide knows, or text with no event', () => {
    expect(match(EVENT(9999, 'Something else'))).toEqual([]);
    expect(match('hello')).toEqual([]);
    expect(match('')).toEqual([]);
  });

  it('two guides that hand the same paste over to each other are both offered', () => {
    const a = knowsEvent1();
    const other = a.nodes.find((n) => n.id === 'other')!;
    Object.assign(other, {
      decisive: [{ question: 'q1', options: ['b'] }],
      continues: { flow: 'b', node: 'q1', carry: [] },
    });
    const b = { ...structuredClone(a), id: 'b' };
    Object.assign(b.nodes.find((n) => n.id === 'other')!, { continues: { flow: 'tiny', node: 'q1', carry: [] } });
    expect(matchFlows([a, b], parseEvents('Event ID: 1\nSource: X')).map((m) => m.flow.id)).toEqual(['tiny', 'b']);
  });
});
