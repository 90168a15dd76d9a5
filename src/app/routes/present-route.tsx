import { type LoaderFunctionArgs, data, useLoaderData } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { loadFlow } from '@/content/load-flow';
import { loadPresenterData } from '@/content/presenter-data';
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow } from '@/content/schema';

const PresentPage = lazyComponent(
  () => import('@/features/trainer/presenter/present-page'),
  (m) => m.PresentPage,
  'PresentPage',
);

type PresentData = { flow: Flow; presenter?: PresenterData };

/**
 * `/present/:flowId`: presenter mode (slides, notes, keys) or, with
 * `?audience`, the audience window that follows it. A page of its own,
 * without the app's header, so full screen shows the slides only. The flow's
 * presenter data (its article path and speaker notes) loads with it.
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<PresentData> {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  // The page's code loads with the data, so the page renders whole the first time.
  const [presenter] = await Promise.all([loadPresenterData(flow.id).catch(() => undefined), PresentPage.preload()]);
  return presenter ? { flow, presenter } : { flow };
}

export function Component() {
  const { flow, presenter } = useLoaderData() as PresentData;
  return (
    <PresentPage fallback={<p className="p-8 text-xl">Opening presenter mode…</p>} flow={flow} presenter={presenter} />
  );
}
