/**
 * `/t/:flowId/class/:page`: the class's pages of one guide, as one route (one
 * entry in the start page's route table): `quiz` (the diagnosis quiz),
 * `fix-test` (test the whole fix) and `practise` (Let me try on the fix's
 * first step). Each page's code loads on its own. The guide's presenter data
 * (which steps make the whole fix) loads with the route.
 */
import { type LoaderFunctionArgs, data, useLoaderData, useParams } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { loadFlow } from '@/content/load-flow';
import { loadPresenterData } from '@/content/presenter-data';
import type { PresenterData } from '@/content/presenter-schema';

import { practisedFlow } from '../practised-flow';

const PAGES = {
  quiz: lazyComponent(
    () => import('./quiz-page'),
    (m) => m.QuizPage,
    'QuizPage',
  ),
  'fix-test': lazyComponent(
    () => import('./fix-test-page'),
    (m) => m.FixTestPage,
    'FixTestPage',
  ),
  practise: lazyComponent(
    () => import('./practise-page'),
    (m) => m.PractisePage,
    'PractisePage',
  ),
} as const;

type Page = keyof typeof PAGES;
const isPage = (p: string | undefined): p is Page => p !== undefined && Object.hasOwn(PAGES, p);

export async function loader({ params }: LoaderFunctionArgs): Promise<{ presenter?: PresenterData }> {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  if (!isPage(params.page)) throw data('page', { status: 404 });
  // The page's code loads with the data, so the page renders whole the first time.
  const [presenter] = await Promise.all([
    loadPresenterData(flow.id).catch(() => undefined),
    PAGES[params.page].preload(),
    // The whole-fix test plays the fix steps' trainer moves.
    // (Should they fail to load, the page tries again, and says so if they still cannot.)
    params.page === 'fix-test' ? practisedFlow(flow).catch(() => undefined) : undefined,
  ]);
  return presenter ? { presenter } : {};
}

export function Component() {
  const { page } = useParams();
  const { presenter } = useLoaderData() as { presenter?: PresenterData };
  if (!isPage(page)) return null;
  const Page = PAGES[page];
  return <Page fallback={<p className="mt-4">Loading…</p>} presenter={presenter} />;
}
