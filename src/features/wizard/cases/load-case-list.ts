/**
 * The start page's list of cases needs the guides' content (to say where
 * each case stands) and the store's actions: none of it is on a first
 * visit's load. It loads when there are cases to list; main.tsx starts that
 * before the first render when there are, so the list is there from the
 * first frame.
 */
import { moduleSlot } from '@/lib/module-slot';

export const caseListSlot = moduleSlot(() => import('./case-list'));
