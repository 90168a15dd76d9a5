/**
 * The trainer's panel (Show me, Let me try, Test me), its code loaded when a mode is first opened: one declaration
 * for the fix step's trainer and presenter mode's slides, so its code is fetched once and drawn at once after that.
 */
import { lazyComponent } from '@/lib/lazy-component';

export const TrainerPanel = lazyComponent(
  () => import('./trainer-panel'),
  (m) => m.TrainerPanel,
  'TrainerPanel',
);
