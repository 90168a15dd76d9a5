/**
 * The start page's search over the guides: KB numbers, titles, symptom lines,
 * versions, event ids and the events' words, all from the build-time
 * catalogue (no flow is loaded). Pure.
 */
import { SEARCH } from 'virtual:flow-search';

import type { FlowSummary } from '@/content/catalog';

/** What the search reads of a guide beyond its catalogue entry (virtual:flow-search, built with the catalogue). */
export type SearchData = { readonly kbTitle: string; readonly events: readonly { id?: number; text: string }[] };
type Searchable = FlowSummary & SearchData;

export type SearchHit = {
  readonly flow: FlowSummary;
  /** The events the query names (by id or by their words), to say why the guide matched. */
  readonly events: SearchData['events'];
};

/** Lower case, accents and typographic quotes gone, punctuation as spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that say what kind of thing is sought, not which: "KB Q186742", "event ID 7017". */
const KIND_WORDS = new Set(['kb', 'q', 'event', 'events', 'eventid', 'id', 'msexchangemig', 'the', 'a', 'an', 'of']);

function tokens(query: string): string[] {
  return (
    normalize(query)
      .split(' ')
      .filter((t) => t && !KIND_WORDS.has(t))
      // "Q186742" and "186742" both name the article.
      .map((t) => (/^q\d{6}$/.test(t) ? t.slice(1) : t))
  );
}

function haystack(flow: Searchable): string {
  return normalize(
    [
      flow.kb,
      flow.kb.slice(1),
      flow.title,
      flow.kbTitle,
      flow.summary,
      ...flow.appliesTo,
      ...flow.events.map((e) => `${e.id ?? ''} ${e.text}`),
    ].join(' '),
  );
}

const words = (text: string) => ` ${normalize(text)} `;

/**
 * The guides that match every word of the query, in catalogue order; an
 * empty query lists them all. A number matches a whole number only (7017,
 * not 17); words match the start of a word ("migr" finds "migration").
 */
export function searchCatalog(
  catalog: readonly FlowSummary[],
  query: string,
  data: (id: string) => SearchData | undefined = (id) => SEARCH.find((s) => s.id === id),
): SearchHit[] {
  const sought = tokens(query);
  if (!sought.length) return catalog.map((flow) => ({ flow, events: [] }));
  const has = (text: string, t: string) => (/^\d+$/.test(t) ? text.includes(` ${t} `) : text.includes(` ${t}`));
  return catalog.flatMap((flow) => {
    const more = data(flow.id) ?? { kbTitle: '', events: [] };
    const text = ` ${haystack({ ...flow, ...more })} `;
    if (!sought.every((t) => has(text, t))) return [];
    const events = more.events.filter((e) => sought.some((t) => has(words(`${e.id ?? ''} ${e.text}`), t)));
    return [{ flow, events }];
  });
}
