/**
 * The case a page shows. The flow layout reads `?case=` from the address,
 * checks that this browser has that case on this flow, and provides it here;
 * pages and components inside a case read it with these hooks, so none of
 * them needs to be handed the case, nor can act on another one.
 */
import { createContext, use, useMemo } from 'react';

import type { CaseRef } from '@/lib/paths';
import type { Flow } from '@/content/schema';
import { startSession } from '@/engine/session';
import { type Session, type Walk, walk } from '@/engine/walk';
import { type StoredCase, actions, useCaseById } from '@/store';

const CaseContext = createContext<CaseRef | null>(null);

/** Provides the page's case (or null: the address names none, or one this browser does not have). */
export const CaseProvider = CaseContext;

/** The page's case, or null when there is none. */
export function useOptionalCaseRef(): CaseRef | null {
  return use(CaseContext);
}

/** The page's case; only for pages and components shown inside a case. */
export function useCaseRef(): CaseRef {
  const ref = use(CaseContext);
  if (!ref) throw new Error('useCaseRef() must be used inside a case');
  return ref;
}

/** The stored case the page shows, if any. */
export function useStoredCase(): StoredCase | undefined {
  const ref = use(CaseContext);
  const stored = useCaseById(ref?.caseId);
  return stored && ref && stored.flowId === ref.flowId ? stored : undefined;
}

/**
 * The page's case and where it stands. Without a case (the decision map
 * opened on its own), a fresh session on the flow's first way in.
 */
export function useFlowSession(flow: Flow): { session: Session; stored?: StoredCase; walk: Walk } {
  const stored = useStoredCase();
  return useMemo(() => {
    const session = stored ?? startSession(flow);
    return { session, stored, walk: walk(flow, session) };
  }, [flow, stored]);
}

/** The store's actions bound to the page's flow and case. */
export function useCaseActions(flow: Flow) {
  const { caseId } = useCaseRef();
  return useMemo(
    () => ({
      answer: (nodeId: string, choiceId: string) => actions.answer(flow, caseId, nodeId, choiceId),
      setCheck: (nodeId: string, itemId: string, checked: boolean) =>
        actions.setCheck(flow, caseId, nodeId, itemId, checked),
      setNote: (nodeId: string | null, text: string) => actions.setNote(flow, caseId, nodeId, text),
      restart: () => actions.restart(flow, caseId),
      undoRestart: () => actions.undoRestart(flow, caseId),
      acknowledgeRevision: () => actions.acknowledgeRevision(flow, caseId),
    }),
    [flow, caseId],
  );
}
