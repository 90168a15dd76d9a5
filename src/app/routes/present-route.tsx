import { Suspense, lazy } from 'react';
import { type LoaderFunctionArgs, data, useLoaderData } from 'react-router';

import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';

const PresentPage = lazy(() =>
  import('@/features/trainer/presenter/present-page').then((m) => ({ default: m.PresentPage })),
);

/**
 * `/present/:flowId`: presenter mode (slides, notes, keys) or, with
 * `?audience`, the audience window that follows it. A page of its own,
 * without the app's header, so full screen shows the slides only.
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<{ flow: Flow }> {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  return { flow };
}

export function Component() {
  const { flow } = useLoaderData() as { flow: Flow };
  return (
    <Suspense fallback={<p className="p-8 text-xl">Opening presenter mode…</p>}>
      <PresentPage flow={flow} />
    </Suspense>
  );
}
