/**
 * `/t/:flowId/class/:page`: the class's pages of one guide, as one route (one
 * entry in the start page's route table): `quiz` (the diagnosis quiz),
 * `fix-test` (test the whole fix) and `practise` (Let me try on the fix's
 * first step). Each page's code loads on its own. The guide's presenter data
 * (which steps make the whole fix) loads with the route.
 */
import { Suspense, lazy } from 'react';
import { type LoaderFunctionArgs, data, useLoaderData, useParams } from 'react-router';

import { loadFlow } from '@/content/load-flow';
import { loadPresenterData } from '@/content/presenter-data';
import type { PresenterData } from '@/content/presenter-schema';

const PAGES = {
  quiz: lazy(() => import('./quiz-page').then((m) => ({ default: m.QuizPage }))),
  'fix-test': lazy(() => import('./fix-test-page').then((m) => ({ default: m.FixTestPage }))),
  practise: lazy(() => import('./practise-page').then((m) => ({ default: m.PractisePage }))),
} as const;

type Page = keyof typeof PAGES;
const isPage = (p: string | undefined): p is Page => p !== undefined && Object.hasOwn(PAGES, p);

export async function loader({ params }: LoaderFunctionArgs): Promise<{ presenter?: PresenterData }> {
  const flow = await loadFlow(params.flowId);
  if (!flow) throw data('troubleshooting guide', { status: 404 });
  if (!isPage(params.page)) throw data('page', { status: 404 });
  const presenter = await loadPresenterData(flow.id).catch(() => undefined);
  return presenter ? { presenter } : {};
}

export function Component() {
  const { page } = useParams();
  const { presenter } = useLoaderData() as { presenter?: PresenterData };
  if (!isPage(page)) return null;
  const Page = PAGES[page];
  return (
    <Suspense fallback={<p className="mt-4">Loading…</p>}>
      <Page presenter={presenter} />
    </Suspense>
  );
}
