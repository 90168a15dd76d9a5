import { describe, expect, it } from 'vitest';

import { CATALOG, type FlowSummary } from '@/content/catalog';

import { normalize, searchCatalog } from './search';

const ids = (q: string) => searchCatalog(CATALOG, q).map((h) => h.flow.id);

describe('searchCatalog', () => {
  it('lists every guide for an empty query', () => {
    expect(ids('')).toEqual(CATALOG.map((f) => f.id));
    expect(ids('   ')).toEqual(CATALOG.map((f) => f.id));
  });

  it('finds an article by its number, with or without the Q and “KB”', () => {
    expect(ids('Q186742')).toEqual(['q186742']);
    expect(ids('kb 186742')).toEqual(['q186742']);
    expect(ids('q255888')).toEqual(['q255888']);
  });

  it('finds an article by an event id its evidence rules know, as a whole number', () => {
    expect(ids('7017')).toEqual(expect.arrayContaining(['q186742']));
    // Q186742 knows event 147, first; Q255888 names it too (in words), to hand it over there.
    expect(ids('event ID 147')).toEqual(['q186742', 'q255888']);
    expect(ids('17')).toEqual([]);
    const hit = searchCatalog(CATALOG, 'event 7017').find((h) => h.flow.id === 'q186742')!;
    expect(hit.events.map((e) => e.id)).toEqual([7017]);
  });

  it('finds an article by the source its event comes from, when that is not the usual MSExchangeMig', () => {
    expect(ids('MSExchangeMIGDS')).toEqual(['q186742']);
    expect(ids('283 msexchangemigds')).toEqual(['q186742']);
    const hit = searchCatalog(CATALOG, 'MSExchangeMIGDS')[0]!;
    expect(hit.events.map((e) => [e.id, e.source])).toEqual([[283, 'MSExchangeMIGDS']]);
  });

  it('finds an article by the return code an event must carry, alone or with its event id', () => {
    for (const q of ['80004005', '7044 80004005', 'return code 80004005']) expect(ids(q)[0], q).toBe('q255888');
    const hit = searchCatalog(CATALOG, '80004005')[0]!;
    expect(hit.events.map((e) => [e.id, e.code])).toEqual([[7044, '80004005']]);
    expect(ids('80004006')).toEqual([]);
  });

  it('finds an article by its symptoms in the words of its answers (“mailboxes empty”), named in the hit', () => {
    const hits = searchCatalog(CATALOG, 'mailboxes empty');
    expect(hits[0]!.flow.id).toBe('q255888');
    expect(hits[0]!.names).toEqual([{ kind: 'symptom', text: expect.stringMatching(/mailboxes are empty/) }]);
  });

  it('finds an article by the words of an event, its titles and its symptom line, ignoring case and quotes', () => {
    expect(ids('“Internal failure communicating with MAPI Spooler”').sort()).toEqual(['q186742', 'q255888']);
    expect(ids('could not log onto the message store')).toEqual(expect.arrayContaining(['q255888', 'q186742']));
    expect(ids('XFOR: MS Mail Migration Fails With EventID 7017')).toEqual(['q186742']);
    expect(ids('alias')).toEqual(expect.arrayContaining(['q186742']));
    expect(ids('several users')).toEqual(['q255888']);
    expect(ids('migr').sort()).toEqual(['q186742', 'q255888']);
  });

  it('finds a guide by any words its card shows, and by the names of its cause and fixes (issue: “permissions”, “csv”)', () => {
    // Words of the cards' ways in: “grant the right permissions”, “edit the .csv file”.
    expect(ids('permissions')).toEqual(['q255888']);
    expect(ids('grant the right permissions')).toEqual(['q255888']);
    expect(ids('edit the .csv file')[0]).toBe('q186742');
    expect(ids('Diagnose from the symptoms').sort()).toEqual(['q186742', 'q255888']);
    // Q255888's cause, said on no card: the hit names it.
    for (const q of ['Service Account Admin', 'Service Account']) {
      const hits = searchCatalog(CATALOG, q);
      expect(hits.map((h) => h.flow.id)).toEqual(['q255888']);
      expect(hits[0]!.names).toEqual([{ kind: 'cause', text: expect.stringMatching(/Service Account Admin/) }]);
      // “account” alone names no event: none is listed.
      expect(hits[0]!.events).toEqual([]);
    }
    // A fix step's title.
    expect(ids('Common-Name')).toEqual(['q186742']);
    expect(searchCatalog(CATALOG, 'Common-Name')[0]!.names.map((n) => n.kind)).toContain('fix');
    // Whom both guides are for.
    const wizard = searchCatalog(CATALOG, 'Migration Wizard');
    expect(wizard.map((h) => h.flow.id).sort()).toEqual(['q186742', 'q255888']);
    for (const h of wizard) expect(h.names.map((n) => n.kind)).toContain('audience');
    // A word on the card needs no explaining.
    expect(searchCatalog(CATALOG, 'permissions')[0]!.names).toEqual([]);
  });

  it('puts the best guide first: its own card, cause, fix or event before one that only knows the words', () => {
    // The .csv fix is Q186742's; Q255888 tells apart another cause that involves the .csv file.
    const csv = searchCatalog(CATALOG, 'csv');
    expect(csv.map((h) => h.flow.id)).toEqual(['q186742', 'q255888']);
    expect(csv[1]!.names.map((n) => n.kind)).toEqual(['other']);
    // An event's words: first the guide whose own article the event is, whatever the catalogue order.
    expect(ids('Internal failure communicating with MAPI Spooler')).toEqual(['q255888', 'q186742']);
    expect(ids('could not log onto the message store')).toEqual(['q186742', 'q255888']);
    // The words as one event: just that event is named, not every event with one of the words.
    expect(
      searchCatalog(CATALOG, 'could not log onto the message store').map((h) => h.events.map((e) => e.id)),
    ).toEqual([[7017], [7017]]);
    // Still nothing for words no guide holds.
    expect(ids('printer jam')).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(ids('147 zebra')).toEqual([]);
    expect(ids('147 raw')).toEqual(['q186742']);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const q of ['(', '[]', '\\', '.*', '🙂', 'é', '\u0000', 'x'.repeat(10_000)])
      expect(() => searchCatalog(CATALOG, q)).not.toThrow();
    expect(normalize('Éxchange “5.5”')).toBe('exchange 5 5');
  });

  it('works on a catalogue it was not built from', () => {
    const flow: FlowSummary = { ...CATALOG[0]!, id: 'x', kb: 'Q000001', title: 'T', summary: 'S', appliesTo: [] };
    const data = () => ({ kbTitle: 'Fake article', events: [{ text: 'Invalid server specified' }] });
    expect(searchCatalog([flow], 'invalid server', data).map((h) => h.events)).toEqual([
      [{ text: 'Invalid server specified' }],
    ]);
    expect(searchCatalog([flow], 'fake article', data)).toHaveLength(1);
    expect(searchCatalog([flow], 'invalid', () => undefined)).toEqual([]);
  });

  it('ranks by where the words are found, ties in catalogue order', () => {
    const base: FlowSummary = { ...CATALOG[0]!, title: 'T', summary: 'S', appliesTo: [], entries: [] };
    const [a, b, c] = (['a', 'b', 'c'] as const).map((id, i) => ({ ...base, id, kb: `Q00000${i + 1}` }));
    const data = (id: string) =>
      ({
        a: { kbTitle: 'A', events: [], others: ['Locked message file'] },
        b: { kbTitle: 'B', events: [{ id: 1, text: 'Message file locked' }] },
        c: { kbTitle: 'C', events: [], causes: ['The message file is locked'], fixes: ['Unlock the file'] },
      })[id];
    const order = (q: string) => searchCatalog([a!, b!, c!], q, data).map((h) => h.flow.id);
    // A cause counts more than an event from another article, which counts more than another cause told apart.
    expect(order('locked')).toEqual(['c', 'b', 'a']);
    expect(order('unlock')).toEqual(['c']);
    // The words as written, together, count again.
    expect(order('message file locked')).toEqual(['b', 'c', 'a']);
    // Found alike: catalogue order.
    const alike = () => ({ kbTitle: '', events: [], fixes: ['Unlock the file'] });
    expect(searchCatalog([b!, a!], 'unlock', alike).map((h) => h.flow.id)).toEqual(['b', 'a']);
  });
});
