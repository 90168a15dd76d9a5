import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { useFlow, useFlowSession } from '@/wizard/hooks/use-flow';
import { useWizardActions } from '@/wizard/store/wizard-store';

import { paths } from '../paths';
import type { StartState } from './home-route';

/**
 * `/t/:flowId`: start a new session when the start page asked for one, then
 * go to the step the session is at (replacing this entry in the history, so
 * browser Back never lands here again and never restarts anything).
 */
export function Component() {
  const flow = useFlow();
  const { walk } = useFlowSession(flow);
  const { start } = useWizardActions();
  const navigate = useNavigate();
  const location = useLocation();
  const requested = (location.state as Partial<StartState> | null)?.start;

  const done = useRef(false);

  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (typeof requested === 'string' && flow.entries.some((e) => e.id === requested)) {
      start(flow, requested);
      const entry = flow.entries.find((e) => e.id === requested)!;
      navigate(paths.step(flow.id, entry.start), { replace: true });
      return;
    }
    navigate(paths.step(flow.id, walk.current.id), { replace: true });
  }, [flow, requested, start, navigate, walk]);

  return <p className="mt-6 text-slate-700">Opening your session…</p>;
}
