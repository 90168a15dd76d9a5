/**
 * The classroom flag: while it is on, this browser is used for teaching, so
 * nothing done in it counts in the helpdesk's outcome statistics, and the
 * cases started meanwhile are remembered as the classroom's own, for the
 * trainer to clear between classes (never a helpdesk case). Its own keys in
 * localStorage; tiny on purpose, because the store that checks it loads with
 * the start page.
 */
import { safeStorage } from './safe-storage';

export const CLASSROOM_KEY = 'kb-wizard:classroom';
export const CLASSROOM_CASES_KEY = 'kb-wizard:classroom-cases';

const listeners = new Set<() => void>();

export function isClassroom(): boolean {
  return safeStorage.get(CLASSROOM_KEY) === 'on';
}

export function setClassroom(on: boolean): void {
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
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The ids of the cases started while the flag was on. */
export function classroomCases(): string[] {
  try {
    const ids: unknown = JSON.parse(safeStorage.get(CLASSROOM_CASES_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Remember a case as the classroom's, when the flag is on. */
export function noteCaseStarted(id: string): void {
  if (!isClassroom()) return;
  const ids = classroomCases();
  if (!ids.includes(id)) safeStorage.set(CLASSROOM_CASES_KEY, JSON.stringify([...ids, id].slice(-500)));
}

export function forgetClassroomCases(): void {
  safeStorage.remove(CLASSROOM_CASES_KEY);
}
