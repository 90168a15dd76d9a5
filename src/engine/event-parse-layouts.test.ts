/**
 * The event reader against what people really paste: one fixture per layout
 * and per language of the field labels (src/testing/fixtures/event-pastes.ts),
 * each read for its fields and for the answers the Q255888 rules take from
 * it. The localized labels are the ones event-parse.ts lists (unverified
 * translations, see there).
 */
import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { EVENT_PASTES as FIXTURES, lf } from '@/testing/fixtures/event-pastes';

import { parseEvents } from './event-parse';
import { readEvidence } from './evidence-rules';

describe('event reader: layouts and languages', () => {
  it.each(FIXTURES)('$name', ({ text, events, answers }) => {
    const parsed = parseEvents(text);
    expect(parsed.events).toHaveLength(events.length);
    events.forEach((want, i) => expect(parsed.events[i], `event ${i + 1}`).toMatchObject(want));
    const reading = readEvidence(flow, parsed);
    expect(reading.conflicts).toEqual([]);
    expect(Object.fromEntries(reading.proposals.map((p) => [p.question, p.option]))).toEqual(answers);
  });

  it('LF and CRLF read the same', () => {
    for (const { text } of FIXTURES) {
      const unix = text.replace(/\r\n?/g, '\n');
      expect(parseEvents(unix).events).toEqual(parseEvents(unix.replace(/\n/g, '\r\n')).events);
    }
  });

  it('a 7044 whose return code is not 80004005 settles nothing, even as a description alone', () => {
    for (const text of [
      'Internal failure communicating with MAPI Spooler. Account %1. Return code 80070005.',
      'Event ID: 7044\nSource: MSExchangeMig\nDescription: Internal failure communicating with MAPI Spooler. Account %1. Return code 0x80070005.',
    ]) {
      expect(readEvidence(flow, parseEvents(text)).proposals).toEqual([]);
    }
  });

  it('a 7044 whose return code is not shown settles nothing, and is named as lacking it once', () => {
    const rows = lf([
      '3/14/00\t2:31:07 PM\tMSExchangeMig\tError\tNone\t7044\tN/A\tEXCH01',
      '3/14/00\t2:31:09 PM\tMSExchangeMig\tError\tNone\t7044\tN/A\tEXCH01',
      '3/14/00\t2:32:00 PM\tMSExchangeMig\tInformation\tNone\t10068\tN/A\tEXCH01',
    ]);
    const reading = readEvidence(flow, parseEvents(rows));
    expect(reading.proposals).toEqual([]);
    expect(reading.noReturnCode.map((h) => [h.rule.id, h.what])).toEqual([
      ['event-7044', 'Event 7044 from MSExchangeMig'],
    ]);
    // The description without its return code, alone or in an event, neither.
    for (const text of [
      'Internal failure communicating with MAPI Spooler. Account ANNAB.',
      'Event ID: 7044\nSource: MSExchangeMig\nDescription: Internal failure communicating with MAPI Spooler. Account ANNAB.',
    ]) {
      expect(readEvidence(flow, parseEvents(text)).proposals).toEqual([]);
    }
    // With it, the rows do.
    const described = rows.replace(
      /EXCH01$/m,
      'EXCH01\tInternal failure communicating with MAPI Spooler. Return code 80004005.',
    );
    const withCode = readEvidence(flow, parseEvents(described));
    expect(withCode.proposals.map((p) => p.option)).toEqual(['event-7044']);
    expect(withCode.noReturnCode).toEqual([]);
  });

  it('does not take a label inside prose, or the hex of the Data field, for fields', () => {
    const r = parseEvents(
      lf([
        'The user said the type: of error was unclear.',
        'Event ID: 7026',
        'Source: MSExchangeMig',
        'Data:',
        '0000: 31 32 3a 33 34 3a 35 36  12:34:56',
        '0008: 20 50 4d 09 4d 53 45 78   PM.MSEx',
      ]),
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ eventId: 7026, source: 'MSExchangeMig' });
    expect(r.events[0]!.description).toBeUndefined();
  });

  it('names the return codes found anywhere in the text, once each', () => {
    expect(parseEvents('Return code 80004005. return code: 0x80004005 and 0x8007000e').returnCodes).toEqual([
      '80004005',
      '8007000E',
    ]);
  });
});
