/**
 * Whether the start page, rendered now, equals the prerendered one (no notice,
 * no banner, no cases to list). main.tsx takes the prerendered page over in
 * place (hydrates it) only then; otherwise it renders the page afresh. See
 * docs/performance.md.
 *
 * The guides' dates are the build's way of writing them ("Dec 3, 2026"); a
 * browser in another language ("3 Dec 2026") takes them over as they are and
 * then writes them anew (home-route.tsx). Drawing the page afresh for them
 * lost what was done on the served page before the app ran: a button
 * pressed, words typed in its boxes.
 */
import { CATALOG } from '@/content/catalog';
import { getWizardState, hasListedCases } from '@/store';

export function startPageIsPristine(): boolean {
  const { cases, notice, storage } = getWizardState();
  return !notice && storage === 'ok' && !hasListedCases(cases, CATALOG);
}
