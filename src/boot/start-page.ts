/**
 * Whether the start page, rendered now, equals the prerendered one (no notice,
 * no banner, no cases to list, its dates written as this browser writes them).
 * main.tsx takes the prerendered page over in place (hydrates it) only then;
 * otherwise it renders the page afresh. See docs/performance.md.
 */
import { CATALOG } from '@/content/catalog';
import { formatDay } from '@/lib/format-day';
import { getWizardState, hasListedCases } from '@/store';

export function startPageIsPristine(): boolean {
  const { cases, notice, storage } = getWizardState();
  // The build wrote the guides' dates in its own language ("Dec 3, 2026"); a browser in another ("3 Dec 2026")
  // draws them differently, and React would find the page not to be the one it renders. One date tells: they
  // are all written alike.
  const date = document.querySelector<HTMLTimeElement>('#root time');
  return (
    !notice &&
    storage === 'ok' &&
    !hasListedCases(cases, CATALOG) &&
    date?.textContent === formatDay(date?.dateTime ?? '')
  );
}
