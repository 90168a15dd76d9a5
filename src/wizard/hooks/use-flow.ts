import { useMemo } from 'react';
import { useRouteLoaderData } from 'react-router';

import type { Flow } from '@/content/schema';
import { type Session, startSession } from '@/engine/session';
import { type Walk, walk } from '@/engine/walk';
import type { StoredSession } from '@/wizard/store/persisted';
import { useStoredSession } from '@/wizard/store/wizard-store';

import { FLOW_ROUTE_ID } from './flow-route-id';

export function useFlow(): Flow {
  const data = useRouteLoaderData(FLOW_ROUTE_ID) as { flow: Flow } | undefined;
  if (!data) throw new Error('useFlow() must be used inside the flow route');
  return data.flow;
}

/**
 * The session for a flow and where it stands. Before the user's first answer
 * there is no stored session; a fresh one is derived (and stored on the first
 * action).
 */
export function useFlowSession(flow: Flow): { session: Session; stored?: StoredSession; walk: Walk } {
  const stored = useStoredSession(flow.id);
  return useMemo(() => {
    const session = stored ?? startSession(flow);
    return { session, stored, walk: walk(flow, session) };
  }, [flow, stored]);
}
