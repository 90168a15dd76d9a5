import { useLayoutEffect, useMemo } from 'react';
import { Link, Outlet, type LoaderFunctionArgs, data, useLocation, useSearchParams } from 'react-router';

import { loadFlow } from '@/content/load-flow';
import { caseName } from '@/features/wizard/case-name';
import { CaseProvider } from '@/features/wizard/hooks/use-case';
import { useFlow } from '@/features/wizard/hooks/use-flow';
import { useCaseValue } from '@/store';

import { noteLocation } from '@/lib/history-direction';
import { type CaseRef, paths } from '@/lib/paths';

/** For the start page's prefetch: this module's chunk already holds it. */
export { loadFlow };

/** Loads this flow only (each flow is a chunk of its own). */
export async function loader({ params }: LoaderFunctionArgs) {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  return { flow };
}

/**
 * Every page of a flow. The case named in the address (`?case=`) is provided
 * to the pages below when this browser has it, on this flow; otherwise they
 * get none and offer to start or resume one.
 */
export function Component() {
  const flow = useFlow();
  const [params] = useSearchParams();
  const caseId = params.get('case');
  // Only what this layout shows of the case, so that an answer, which changes the case, does not re-render it.
  const ok = useCaseValue(caseId, (c) => c.flowId) === flow.id && !!caseId;
  const name = useCaseValue(caseId, (c) => caseName(c, flow.kb.id));
  const closed = useCaseValue(caseId, (c) => c.closedAt !== undefined);
  const ref = useMemo<CaseRef | null>(() => (ok ? { flowId: flow.id, caseId } : null), [ok, flow.id, caseId]);
  const { key } = useLocation();
  // Before the pages' effects, which may ask which way Back or Forward just went.
  useLayoutEffect(noteLocation, [key]);
  return (
    <div>
      <p className="text-sm text-slate-600">
        <Link
          to={ref ? paths.resume(ref) : paths.flow(flow.id)}
          className="font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          KB {flow.kb.id}
        </Link>
        <span aria-hidden="true"> · </span>
        <span>{flow.kb.title}</span>
      </p>
      {ref && (
        <p className="mt-1 text-sm font-semibold text-slate-800 wrap-anywhere" data-testid="case-name">
          Case: {name}
          {closed && <span className="font-normal text-slate-700"> (closed)</span>}
        </p>
      )}
      <nav aria-label="This guide" className="mt-1 print:hidden">
        <ul className="flex flex-wrap gap-x-4 text-sm">
          <li>
            <Link
              to={paths.home()}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
            >
              All cases
            </Link>
          </li>
          <li>
            <Link
              to={paths.map(flow.id, ref?.caseId)}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
            >
              Decision map
            </Link>
          </li>
          <li>
            <Link
              to={paths.present(flow.id, undefined, ref?.caseId)}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
            >
              Presenter mode
            </Link>
          </li>
        </ul>
      </nav>
      <CaseProvider value={ref}>
        <Outlet />
      </CaseProvider>
    </div>
  );
}
