import { Link, Outlet, type LoaderFunctionArgs, data } from 'react-router';

import { getFlow } from '@/content';
import { useFlow } from '@/wizard/hooks/use-flow';

import { paths } from '../paths';

export function loader({ params }: LoaderFunctionArgs) {
  const flow = getFlow(params.flowId);
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
      <Outlet />
    </div>
  );
}
