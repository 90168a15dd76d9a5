/**
 * The case presenter mode was opened from (`?case=<id>`), read-only: its way
 * in and its answers become the deck's route. Presenter mode never writes to
 * a case. The one place that knows how cases are stored, so it is the one
 * place to change when their storage does.
 */
import { useMemo } from 'react';

import type { Flow } from '@/content/schema';
import { useCaseById } from '@/store';

export type PresentedCase =
  | { readonly status: 'none' }
  /** The address names a case this browser does not have (or no longer has). */
  | { readonly status: 'missing'; readonly id: string }
  | {
      readonly status: 'found';
      readonly id: string;
      readonly entry: string;
      readonly answers: Readonly<Record<string, string>>;
    };

const NONE: PresentedCase = { status: 'none' };

/**
 * The same object for as long as the case and the address stay the same: the deck is built from it, and the deck
 * writes its route into the address when that changes. (A new object on every render made the deck write on every
 * render: opened on a slide off the article's path, presenter mode then ignored every key and every Back.)
 */
export function usePresentedCase(flow: Flow, caseId: string | null): PresentedCase {
  const stored = useCaseById(caseId);
  const flowId = stored?.flowId;
  const entry = stored?.entry;
  const answers = stored?.answers;
  return useMemo((): PresentedCase => {
    if (!caseId) return NONE;
    if (flowId !== flow.id || entry === undefined || answers === undefined) return { status: 'missing', id: caseId };
    return { status: 'found', id: caseId, entry, answers };
  }, [caseId, flowId, flow.id, entry, answers]);
}
