import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { useFlow, useFlowSession } from '@/features/wizard/hooks/use-flow';
import { actions } from '@/store';

import { paths } from '@/lib/paths';
import { CaseOffer } from '@/features/wizard/pages/lazy-case-offer';

/**
 * `/t/:flowId`: the start page's buttons come here to open a new case; a
 * case's address without a step (`?case=`) resumes it where it stands. Both
 * replace this entry in the history, so browser Back never lands here again
 * and never starts anything twice. Without either: an offer to start a case
 * or resume one of this article.
 */
/** What the start page hands over when it starts a case (the way in it chose). */
export type StartState = { start: string };

export function Component() {
  const flow = useFlow();
  const ref = useOptionalCaseRef();
  const { walk } = useFlowSession(flow);
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const requested = (location.state as Partial<StartState> | null)?.start;
  const entry = typeof requested === 'string' ? flow.entries.find((e) => e.id === requested) : undefined;
  const leaving = !!entry || !!ref;

  const done = useRef(false);
  useEffect(() => {
    if (done.current || !leaving) return;
    done.current = true;
    if (entry) {
      const caseId = actions.startCase(flow, { entry: entry.id });
      navigate(paths.step({ flowId: flow.id, caseId }, entry.start), { replace: true });
      return;
    }
    if (ref) navigate(paths.step(ref, walk.current.id), { replace: true });
  }, [flow, entry, ref, leaving, navigate, walk]);

  if (leaving) return <p className="mt-6 text-slate-700">Opening your case…</p>;
  return (
    <CaseOffer
      fallback={<p className="mt-6 text-slate-700">Opening…</p>}
      flow={flow}
      nodeId={null}
      missingCase={params.get('case')}
      mode={null}
    />
  );
}
