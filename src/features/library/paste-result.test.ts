import { describe, expect, it } from 'vitest';

import { readPasteForGuides, readSummary } from './paste-result';

describe('readPasteForGuides', () => {
  it('an event id typed on its own is not an event: it is named, so the page can point to the search', async () => {
    for (const [text, id] of [
      ['7044', '7044'],
      [' Event 7026 ', '7026'],
      ['event 4088', '4088'],
    ] as const)
      expect(await readPasteForGuides(text), text).toEqual({ kind: 'unreadable', id });
    expect(await readPasteForGuides('no event here')).toEqual({ kind: 'unreadable' });
    // Written as Event Viewer's field, it is read as that event.
    expect((await readPasteForGuides('Event ID: 147')).kind).toBe('read');
    expect(await readPasteForGuides('   ')).toEqual({ kind: 'empty' });
  });

  it('an event a guide knows by its ID but not as pasted (7044 with another return code) says how the guide knows it', async () => {
    const reading = await readPasteForGuides(
      'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: Internal failure, return code 8004010F.',
    );
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.matches).toEqual([]);
    expect(reading.knownAs.map((k) => [k.eventId, k.flow.kb.id])).toEqual([[7044, 'Q255888']]);
    expect(reading.knownAs[0]!.labels.join()).toMatch(/80004005/);
    // And what was pasted instead, so the difference is named.
    expect(reading.knownAs[0]!.pasted).toBe('return code 8004010F');
  });

  it('names what differs when a known event ID is pasted without a return code, or without a description', async () => {
    const other = await readPasteForGuides(
      'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: The spooler stopped.',
    );
    expect(other.kind === 'read' && other.knownAs[0]!.pasted).toBe('other words: “The spooler stopped.”');
    // A row of the event list: the ID and source, no words.
    const row = await readPasteForGuides('Event ID: 7044\nSource: MSExchangeMig\nType: Error');
    expect(row.kind === 'read' && row.knownAs[0]!.pasted).toMatch(/^no description/);
  });

  it('an information event (the 10068 summary of a run) is known to no guide, and named as information', async () => {
    const reading = await readPasteForGuides(
      "Source: MSExchangeMig\nEvent: 10068\nType: Information\nCategory: None\nDescription: The 'Migration ' of mail from 'Microsoft Mail - \\\\SERVER\\PO' completed with the following results:",
    );
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.matches).toEqual([]);
    expect(reading.knownAs).toEqual([]);
    expect(reading.events.map((e) => [e.eventId, e.type])).toEqual([[10068, 'Information']]);
  });
});

describe('readSummary', () => {
  const event = (eventId: number, type: 'Error' | 'Information' = 'Error') =>
    ({ eventId, source: 'MSExchangeMig', type }) as const;

  it('names each kind of event once, with how many there were, and at most five kinds', () => {
    expect(readSummary([event(7044)], false)).toBe('We read Event ID 7044 from MSExchangeMig (Error).');
    expect(readSummary([event(7044), event(7044), event(10068, 'Information'), event(7044)], false)).toBe(
      'We read 4 events: Event ID 7044 from MSExchangeMig (Error), 3 times; Event ID 10068 from MSExchangeMig (Information).',
    );
    const many = [7000, 7007, 7017, 7026, 7044, 7045, 7046].map((id) => event(id));
    expect(readSummary(many, false)).toBe(
      'We read 7 events: Event ID 7000 from MSExchangeMig (Error); Event ID 7007 from MSExchangeMig (Error); Event ID 7017 from MSExchangeMig (Error); Event ID 7026 from MSExchangeMig (Error); Event ID 7044 from MSExchangeMig (Error); 2 other kinds.',
    );
  });

  it('says when the text held more than was read', async () => {
    // A saved log of 400 events: the reader keeps the first 100.
    const one = 'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: error 80004005\n\n';
    const reading = await readPasteForGuides(one.repeat(400));
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.truncated).toBe(true);
    expect(readSummary(reading.events, reading.truncated)).toBe(
      'We read 100 events: Event ID 7044 from MSExchangeMig (Error), 100 times (the text was long, so only its first part was read).',
    );
  });
});
