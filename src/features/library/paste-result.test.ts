import { describe, expect, it } from 'vitest';

import { readPasteForGuides } from './paste-result';

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
