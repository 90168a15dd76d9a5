/**
 * What the start page shows depends on stored state only through these
 * checks. main.tsx uses `startPageIsPristine()` to decide whether the
 * prerendered start page (built without any stored state) can be hydrated as
 * it is, or must be rendered afresh (with the list of cases).
 */
import { CATALOG } from '@/content/catalog';
import { caseHasContent } from '@/features/wizard/session-content';
import type { WizardData } from '@/features/wizard/store/persisted';
import { getWizardState } from '@/features/wizard/store/store-core';

/** True when the start page lists cases: one that holds something, on a guide this app has, open or closed. */
export function hasListedCases(cases: WizardData['cases']): boolean {
  return Object.values(cases).some((c) => caseHasContent(c) && CATALOG.some((f) => f.id === c.flowId));
}

/** True when the start page, rendered now, equals the prerendered one (no notice, no banner, no cases to list). */
export function startPageIsPristine(): boolean {
  const { cases, notice, storage } = getWizardState();
  return !notice && storage === 'ok' && !hasListedCases(cases);
}
