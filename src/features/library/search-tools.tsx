/**
 * What the start page's search box does (library.tsx), loaded when the box is
 * first focused: the search itself (search.ts, with the data it reads), its
 * status line, and why a guide matched.
 */
import type { SearchHit } from './search';

export { searchCatalog } from './search';

/** The search box's status line: how many guides match (empty while nothing is typed). */
export function searchStatus(query: string, found: number, total: number): string {
  if (!query.trim()) return '';
  return found
    ? `${found === 1 ? '1 guide' : `${found} guides`} of ${total} ${found === 1 ? 'matches' : 'match'}.`
    : 'No guide matches. Try an event ID or fewer words, or paste the event.';
}

/** Why a guide matched, when the query named events it knows. */
export function why(hit: SearchHit) {
  if (!hit.events.length) return null;
  return (
    <p className="mb-2 text-sm font-semibold text-slate-800 wrap-anywhere" data-testid="search-why">
      Knows{' '}
      {hit.events
        .map((e) => [e.id !== undefined && `event ${e.id}`, e.text && `“${e.text}”`].filter(Boolean).join(': '))
        .join('; ')}
    </p>
  );
}
