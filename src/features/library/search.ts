/**
 * The start page's search over the guides: what each guide's card shows (KB
 * number, titles, symptom line, versions, its ways in and what they say), the
 * events it knows and their words, whom it is for, and the names of its cause,
 * its fix steps and the other causes it tells apart, all from the build-time
 * catalogue and search data (no flow is loaded). Pure.
 */
import { SEARCH } from 'virtual:flow-search';

import type { FlowSummary } from '@/content/catalog';

/**
 * An event a guide's evidence rules know: its return code when the rule asks for one, and `own` when the rule cites
 * the guide's own article.
 */
export type SearchEvent = {
  readonly id?: number;
  readonly text: string;
  /** The source the rule names ("MSExchangeMIGDS"). */
  readonly source?: string;
  readonly code?: string;
  readonly own?: boolean;
};

/** What the search reads of a guide beyond its catalogue entry (virtual:flow-search, built with the catalogue). */
export type SearchData = {
  readonly kbTitle: string;
  readonly events: readonly SearchEvent[];
  /** Whom the guide is for (its audience line). */
  readonly audience?: string;
  /** The titles of its own cause (diagnosis outcomes), of its fix steps, and of the other causes it tells apart. */
  readonly causes?: readonly string[];
  readonly fixes?: readonly string[];
  readonly others?: readonly string[];
  /** The answers that support its own cause, in the words of its questions. */
  readonly symptoms?: readonly string[];
};

/** A name the query found that the card does not show, to say why the guide matched. */
export type SearchName = {
  readonly kind: 'cause' | 'fix' | 'symptom' | 'other' | 'audience';
  readonly text: string;
};

export type SearchHit = {
  readonly flow: FlowSummary;
  /** The events the query names (by id or by their words), to say why the guide matched. */
  readonly events: readonly SearchEvent[];
  /** The causes, fix steps or audience line the query found beyond the card and the events (at most three). */
  readonly names: readonly SearchName[];
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

const words = (text: string) => ` ${normalize(text)} `;

/** What an event is found by: its id, source, return code and words. */
const eventWords = (e: SearchEvent) => words(`${e.id ?? ''} ${e.source ?? ''} ${e.code ?? ''} ${e.text}`);

/** A number matches a whole number only (7017, not 17); a word matches the start of a word ("migr", "migration"). */
const has = (text: string, t: string) => (/^\d+$/.test(t) ? text.includes(` ${t} `) : text.includes(` ${t}`));

/**
 * How much a place counts in ranking: what the card shows, the guide's own cause, fix steps and events (those its
 * own article names) most; the events it knows from other articles and whom it is for less; the other causes it
 * tells apart (each another article's subject) least.
 */
const OWN = 3;
const KNOWN = 2;
const OTHER = 1;

type Field = { readonly text: string; readonly weight: number; readonly card?: true; readonly name?: SearchName };

function fields(flow: FlowSummary, more: SearchData): Field[] {
  const card = (text: string): Field => ({ text: words(text), weight: OWN, card: true });
  const named = (kind: SearchName['kind'], weight: number) => (text: string) => ({
    text: words(text),
    weight,
    name: { kind, text },
  });
  return [
    card(`${flow.kb} ${flow.kb.slice(1)}`),
    card(flow.title),
    card(flow.summary),
    ...flow.appliesTo.map(card),
    ...flow.entries.map((e) => card(`${e.label} ${e.description}`)),
    { text: words(more.kbTitle), weight: OWN },
    ...(more.causes ?? []).map(named('cause', OWN)),
    ...(more.fixes ?? []).map(named('fix', OWN)),
    ...(more.symptoms ?? []).map(named('symptom', KNOWN)),
    ...more.events.map((e) => ({ text: eventWords(e), weight: e.own ? OWN : KNOWN })),
    ...(more.audience ? [named('audience', KNOWN)(more.audience)] : []),
    ...(more.others ?? []).map(named('other', OTHER)),
  ];
}

/** Names shown to say why a guide matched. */
const NAMES_SHOWN = 3;

/**
 * The guides that match every word of the query, best first; an empty query
 * lists them all in catalogue order. A number matches a whole number only
 * (7017, not 17); words match the start of a word ("migr" finds "migration").
 * Each word counts as much as the best place it is found in (see OWN), and the
 * whole query found as written counts again (and all its words in one place,
 * once more), so the guide whose own card, cause, fix, event or symptom the
 * query names comes first; ties keep catalogue order.
 */
export function searchCatalog(
  catalog: readonly FlowSummary[],
  query: string,
  data: (id: string) => SearchData | undefined = (id) => SEARCH.find((s) => s.id === id),
): SearchHit[] {
  const sought = tokens(query);
  if (!sought.length) return catalog.map((flow) => ({ flow, events: [], names: [] }));
  const phrase = normalize(query);
  const scored = catalog.flatMap((flow, order) => {
    const more = data(flow.id) ?? { kbTitle: '', events: [] };
    const all = fields(flow, more);
    const best = (found: (f: Field) => boolean) => Math.max(0, ...all.filter(found).map((f) => f.weight));
    const weights = sought.map((t) => best((f) => has(f.text, t)));
    if (weights.includes(0)) return [];
    // The query as written in one place counts again, once per word; all its words in one place, once.
    const score =
      weights.reduce((s, w) => s + w, 0) +
      sought.length * best((f) => f.text.includes(` ${phrase}`)) +
      best((f) => sought.every((t) => has(f.text, t)));
    // The events named: by their id, or by all the query's words together ("account" alone names none).
    const numbers = sought.filter((t) => /^\d+$/.test(t));
    const texts = sought.filter((t) => !numbers.includes(t));
    const events = more.events.filter((e) => {
      const text = eventWords(e);
      return numbers.some((t) => has(text, t)) || (texts.length > 0 && texts.every((t) => has(text, t)));
    });
    // The words neither the card nor those events show: the causes, fixes or audience line that hold them, those
    // holding all of them first, then the weightiest; only the best kind is shown.
    const unexplained = sought.filter(
      (t) => !all.some((f) => f.card && has(f.text, t)) && !events.some((e) => has(eventWords(e), t)),
    );
    const rank = (f: Field) =>
      (unexplained.every((t) => has(f.text, t)) ? 10 : unexplained.some((t) => has(f.text, t)) ? 0 : -Infinity) +
      f.weight;
    const named = unexplained.length ? all.filter((f) => f.name && rank(f) > 0) : [];
    const top = Math.max(...named.map(rank));
    const names = named.flatMap((f) => (rank(f) === top && f.name ? [f.name] : [])).slice(0, NAMES_SHOWN);
    return [{ hit: { flow, events, names }, score, order }];
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.hit);
}
