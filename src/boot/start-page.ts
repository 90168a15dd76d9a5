/**
 * Whether the start page, rendered now, equals the prerendered one (no notice,
 * no banner, no cases to list). main.tsx takes the prerendered page over in
 * place (hydrates it) only then; otherwise it renders the page afresh. See
 * docs/performance.md.
 */
import { CATALOG } from '@/content/catalog';
import { getWizardState, hasListedCases } from '@/store';

export function startPageIsPristine(): boolean {
  const { cases, notice, storage } = getWizardState();
  return !notice && storage === 'ok' && !hasListedCases(cases, CATALOG);
}
