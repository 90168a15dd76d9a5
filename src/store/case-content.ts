/**
 * Whether a case holds something, written once. Three questions ask it, each
 * about a different part of the case:
 * - 'walk': an answer or a tick (the statistics count a case set aside with
 *   these as abandoned where it stood);
 * - 'steps': that, or a note on a step (what "start over" clears, so it
 *   offers undo only then);
 * - 'all': that, or the case note or a name (what the start page lists; a case
 *   opened and left untouched holds nothing worth listing).
 */
import type { StoredCase, StoredSession, WizardData } from './stored-schema';

export type ContentScope = 'walk' | 'steps' | 'all';

export function hasContent(c: (StoredSession & { name?: string }) | undefined, scope: ContentScope): boolean {
  if (!c) return false;
  if (Object.keys(c.answers).length > 0 || Object.keys(c.checks).length > 0) return true;
  if (scope === 'walk') return false;
  if (Object.keys(c.notes).length > 0) return true;
  return scope === 'all' && (!!c.sessionNote || !!c.name);
}

/**
 * True when the start page lists cases: one that holds something, on a guide this app has (`guides`: the
 * content's catalogue, passed in so that the store's start-page files do not carry it), open or closed.
 */
export function hasListedCases(cases: WizardData['cases'], guides: readonly { id: string }[]): boolean {
  return Object.values(cases).some((c: StoredCase) => hasContent(c, 'all') && guides.some((f) => f.id === c.flowId));
}
