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
});
