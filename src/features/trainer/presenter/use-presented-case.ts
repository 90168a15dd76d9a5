/**
 * The case presenter mode was opened from (`?case=<id>`), read-only: its way
 * in and its answers become the deck's route. Presenter mode never writes to
 * a case. The one place that knows how cases are stored, so it is the one
 * place to change when their storage does.
 */
import type { Flow } from '@/content/schema';
import { useCaseById } from '@/store';

export type PresentedCase =
  | { readonly status: 'none' }
  /** The address names a case this browser does not have (or no longer has). */
  | { readonly status: 'missing'; readonly id: string }
  | { readonly status: 'found'; readonly id: string; readonly entry: string; readonly answers: Readonly<Record<string, string>> };

export function usePresentedCase(flow: Flow, caseId: string | null): PresentedCase {
  const stored = useCaseById(caseId);
  if (!caseId) return { status: 'none' };
  if (!stored || stored.flowId !== flow.id) return { status: 'missing', id: caseId };
  return { status: 'found', id: caseId, entry: stored.entry, answers: stored.answers };
}
