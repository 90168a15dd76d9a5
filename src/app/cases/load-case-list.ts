/**
 * The start page's list of cases needs the guides' content (to say where
 * each case stands) and the store's actions: none of it is on a first
 * visit's load. It loads when there are cases to list; main.tsx starts that
 * before the first render when there are, so the list is there from the
 * first frame.
 */
import { moduleSlot } from '@/lib/module-slot';

/** The list's code and every guide (a case may be of any of them), loaded together. */
export const caseListSlot = moduleSlot(async () => {
  const [{ CaseList }, flows] = await Promise.all([
    import('./case-list'),
    import('@/content/load-all-flows').then((m) => m.loadAllFlows()),
  ]);
  return { CaseList, flows };
});
