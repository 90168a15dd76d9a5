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
    expect(ids('event ID 147')).toEqual(['q186742']);
    expect(ids('17')).toEqual([]);
    const hit = searchCatalog(CATALOG, 'event 7017').find((h) => h.flow.id === 'q186742')!;
    expect(hit.events.map((e) => e.id)).toEqual([7017]);
  });

  it('finds an article by the words of an event, its titles and its symptom line, ignoring case and quotes', () => {
    expect(ids('“Internal failure communicating with MAPI Spooler”').sort()).toEqual(['q186742', 'q255888']);
    expect(ids('could not log onto the message store')).toEqual(expect.arrayContaining(['q255888', 'q186742']));
    expect(ids('XFOR: MS Mail Migration Fails With EventID 7017')).toEqual(['q186742']);
    expect(ids('alias')).toEqual(expect.arrayContaining(['q186742']));
    expect(ids('several users')).toEqual(['q255888']);
    expect(ids('migr').sort()).toEqual(['q186742', 'q255888']);
  });

  it('needs every word to match', () => {
    expect(ids('147 several')).toEqual([]);
    expect(ids('147 alias')).toEqual(['q186742']);
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
});
