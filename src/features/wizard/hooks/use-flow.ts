import { useRouteLoaderData } from 'react-router';

import type { Flow } from '@/content/schema';

import { FLOW_ROUTE_ID } from './flow-route-id';

export { useFlowSession } from './use-case';

export function useFlow(): Flow {
  const data = useRouteLoaderData(FLOW_ROUTE_ID) as { flow: Flow } | undefined;
  if (!data) throw new Error('useFlow() must be used inside the flow route');
  return data.flow;
}
