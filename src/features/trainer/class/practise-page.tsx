/**
 * `/t/:flowId/class/practise`: "Practise the fix" from the start page's trainer
 * entry. Opens Let me try on the fix's first step (the first step of the
 * whole-fix test), through the step link that works without a case.
 */
import { Navigate } from 'react-router';

import type { PresenterData } from '@/content/presenter-schema';
import { useFlow } from '@/features/wizard';

import { wholeFixSteps } from './whole-fix';

export function PractisePage({ presenter }: { presenter?: PresenterData }) {
  const flow = useFlow();
  const first = wholeFixSteps(flow, presenter)[0];
  const to = first
    ? `/t/${encodeURIComponent(flow.id)}/${encodeURIComponent(first.id)}?mode=try`
    : `/t/${encodeURIComponent(flow.id)}`;
  return <Navigate replace to={to} />;
}
