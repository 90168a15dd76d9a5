/**
 * `/t/:flowId/practise`: "Practise the fix" from the start page's trainer
 * entry. Opens Let me try on the fix's first step (the first step of the
 * whole-fix test), through the step link that works without a case.
 */
import { Navigate, type LoaderFunctionArgs, data, useLoaderData } from 'react-router';

import { getFlow } from '@/content';
import { loadPresenterData } from '@/content/presenter-data';
import type { PresenterData } from '@/content/presenter-schema';
import { useFlow } from '@/wizard/hooks/use-flow';

import { wholeFixSteps } from './whole-fix';

export async function loader({ params }: LoaderFunctionArgs): Promise<{ presenter?: PresenterData }> {
  const flow = getFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  const presenter = await loadPresenterData(flow.id).catch(() => undefined);
  return presenter ? { presenter } : {};
}

export function Component() {
  const flow = useFlow();
  const { presenter } = useLoaderData() as { presenter?: PresenterData };
  const first = wholeFixSteps(flow, presenter)[0];
  const to = first ? `/t/${encodeURIComponent(flow.id)}/${encodeURIComponent(first.id)}?mode=try` : `/t/${encodeURIComponent(flow.id)}`;
  return <Navigate replace to={to} />;
}
