/**
 * What the start page's search box does (library.tsx), loaded when the box is
 * first focused: the search itself (search.ts, with the data it reads), its
 * status line, and why a guide matched (the events, causes and fixes the
 * query named that its card does not show).
 */
import { quoted } from '@/lib/quote';

import type { SearchHit, SearchName } from './search';

export { searchCatalog } from './search';

/** The search box's status line: how many guides match (empty while nothing is typed). */
export function searchStatus(query: string, found: number, total: number): string {
  if (!query.trim()) return '';
  return found
    ? `${found === 1 ? '1 guide' : `${found} guides`} of ${total} ${found === 1 ? 'matches' : 'match'}.`
    : 'No guide matches. Try an event ID or fewer words, or paste the event.';
}

const NAME_LABELS: Record<SearchName['kind'], string> = {
  cause: 'Its cause',
  fix: 'Its fix',
  symptom: 'A symptom it covers',
  other: 'Also tells apart',
  audience: 'Written for',
};

/** Why a guide matched, when the query named events it knows or words its card does not show. */
export function why(hit: SearchHit) {
  if (!hit.events.length && !hit.names.length) return null;
  return (
    <div className="mb-2 grid gap-1 text-sm font-semibold text-slate-800 wrap-anywhere">
      {hit.events.length > 0 && (
        <p data-testid="search-why">
          Knows{' '}
          {hit.events
            .map((e) =>
              [
                [e.id !== undefined && `event ${e.id}`, e.code && `return code ${e.code}`].filter(Boolean).join(', '),
                e.text && quoted(e.text),
              ]
                .filter(Boolean)
                .join(': '),
            )
            .join('; ')}
        </p>
      )}
      {hit.names.map((n) => (
        <p key={`${n.kind}-${n.text}`} data-testid="search-why-name">
          {NAME_LABELS[n.kind]}: {n.kind === 'audience' ? n.text : quoted(n.text)}
        </p>
      ))}
    </div>
  );
}
