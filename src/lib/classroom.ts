/**
 * The classroom flag: while it is on, this browser is used for teaching, so
 * nothing done in it counts in the helpdesk's outcome statistics (the store
 * checks it where statistics are recorded). Kept under its own key in
 * localStorage, with a tiny subscribe API. Each switch also notes the time,
 * so the reset between classes can tell the class's practice cases (started
 * while it was on) from helpdesk cases (see
 * src/features/trainer/class/classroom-periods.ts). Tiny on purpose: the
 * store that checks it loads with the start page.
 */
import { safeStorage } from './safe-storage';

export const CLASSROOM_KEY = 'kb-wizard:classroom';
/** When the flag went on and off, as `,<on ms>-<off ms>,<on ms>…` (read by classroom-periods.ts). */
export const CLASSROOM_PERIODS_KEY = 'kb-wizard:classroom-periods';

const listeners = new Set<() => void>();

export function isClassroom(): boolean {
  return safeStorage.get(CLASSROOM_KEY) === 'on';
}

export function setClassroom(on: boolean, now = Date.now()): void {
  if (on === isClassroom()) return;
  safeStorage.set(CLASSROOM_PERIODS_KEY, `${safeStorage.get(CLASSROOM_PERIODS_KEY) ?? ''}${on ? ',' : '-'}${now}`);
  if (on) safeStorage.set(CLASSROOM_KEY, 'on');
  else safeStorage.remove(CLASSROOM_KEY);
  listeners.forEach((l) => l());
}

/** Calls `listener` when the flag changes, in this tab or another. Returns the unsubscribe. */
export function subscribeClassroom(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === CLASSROOM_KEY || e.key === null) listener();
  };
  listeners.add(listener);
  addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', onStorage);
  };
}
