/**
 * The case offer (start, resume or practise at a step without a case this browser has), its code loaded when a
 * page first shows it: one declaration for the step, guide and hand-over pages, so its code is fetched once.
 */
import { lazyComponent } from '@/lib/lazy-component';

export const CaseOffer = lazyComponent(
  () => import('./case-offer'),
  (m) => m.CaseOffer,
  'CaseOffer',
);
