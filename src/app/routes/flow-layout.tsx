import { Link, Outlet, type LoaderFunctionArgs, data } from 'react-router';

import { loadFlow } from '@/content/load-flow';
import { useFlow } from '@/wizard/hooks/use-flow';

import { lazyPaths } from '../lazy-paths';
import { paths } from '../paths';

/** For the start page's prefetch: this module's chunk already holds it. */
export { loadFlow };

/** Loads this flow only (each flow is a chunk of its own). */
export async function loader({ params }: LoaderFunctionArgs) {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  return { flow };
}

export function Component() {
  const flow = useFlow();
  return (
    <div>
      <p className="text-sm text-slate-600">
        <Link to={paths.flow(flow.id)} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
          KB {flow.kb.id}
        </Link>
        <span aria-hidden="true"> · </span>
        <span>{flow.kb.title}</span>
      </p>
      <nav aria-label="This guide" className="mt-1 print:hidden">
        <ul className="flex flex-wrap gap-x-4 text-sm">
          <li>
            <Link
              to={lazyPaths.map(flow.id)}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
            >
              Decision map
            </Link>
          </li>
          <li>
            <Link
              to={lazyPaths.present(flow.id)}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
            >
              Presenter mode
            </Link>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
