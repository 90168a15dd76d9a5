import { type LoaderFunctionArgs, data, useLoaderData } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { loadFlow } from '@/content/load-flow';
import { loadPresenterData } from '@/content/presenter-data';
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow } from '@/content/schema';
import { practisedFlow } from '@/features/trainer/practised-flow';

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
 * presenter data (its article path and speaker notes) and trainer moves load
 * with it.
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<PresentData> {
  const bare = await loadFlow(params.flowId);
  if (!bare) throw data('troubleshooting guide', { status: 404 });
  // The page's code and the flow's trainer moves load with the data, so the page renders whole the first time.
  const [flow, presenter] = await Promise.all([
    // Without its moves (not cached, and offline), the deck still opens: its trainer slides try them again.
    practisedFlow(bare).catch(() => bare),
    loadPresenterData(bare.id).catch(() => undefined),
    PresentPage.preload(),
  ]);
  return presenter ? { flow, presenter } : { flow };
}

export function Component() {
  const { flow, presenter } = useLoaderData() as PresentData;
  return (
    <PresentPage fallback={<p className="p-8 text-xl">Opening presenter mode…</p>} flow={flow} presenter={presenter} />
  );
}
