import { useEffect, useMemo, useRef } from 'react';
import { Link, type LoaderFunctionArgs, data, useLoaderData } from 'react-router';

import { loadFlow } from '@/content/load-flow';
import { FlowMap } from '@/features/flow-map/flow-map';
import type * as Layout from '@/features/flow-map/layout';
import { useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { useFlow, useFlowSession } from '@/features/wizard/hooks/use-flow';

import { paths } from '@/lib/paths';

/**
 * `/t/:flowId/map`: the flow's decision graph with this session's path, which
 * the layout draws straight down the map's first column. The layout code is
 * loaded here, with import(), only when the map opens.
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<{ layoutFlow: typeof Layout.layoutFlow }> {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  const { layoutFlow } = await import('@/features/flow-map/layout');
  return { layoutFlow };
}

export function Component() {
  const flow = useFlow();
  const { walk } = useFlowSession(flow);
  const caseRef = useOptionalCaseRef();
  // With a case, its steps; without one (the map opened on its own), the article's steps.
  const stepHref = (id: string) => (caseRef ? paths.step(caseRef, id) : paths.articleStep(flow.id, id));
  const { layoutFlow } = useLoaderData() as { layoutFlow: typeof Layout.layoutFlow };
  const layout = useMemo(
    () =>
      layoutFlow(
        flow,
        walk.path.map((p) => p.node.id),
      ),
    [layoutFlow, flow, walk],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const here = layout.nodes.find((n) => n.id === walk.current.id)?.title ?? walk.current.id;

  useEffect(() => {
    document.title = `Decision map – KB ${flow.kb.id} – KB Wizard`;
    headingRef.current?.focus({ preventScroll: true });
  }, [flow.kb.id]);

  return (
    <div className="mt-4 grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
            Decision map
          </h1>
          <p className="mt-1 max-w-prose text-slate-700">
            All the questions, fix steps and outcomes of this guide. Your path so far is numbered; choose any box on it
            to go back to that step. In the list below the map, every other question, fix step and outcome opens to what
            it says.
          </p>
        </div>
        <Link
          to={caseRef ? stepHref(walk.current.id) : paths.flow(flow.id)}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
        >
          {caseRef ? `Back to your step: ${here}` : 'Start or resume a case'}
        </Link>
      </div>
      <FlowMap
        flow={flow}
        layout={layout}
        walk={walk}
        stepHref={stepHref}
        readHref={(id) => paths.articleStep(flow.id, id)}
      />
    </div>
  );
}
