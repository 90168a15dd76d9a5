/**
 * When classroom mode was on (noted by src/lib/classroom.ts at each switch),
 * so the reset between classes can tell the class's practice cases (started
 * while it was on) from helpdesk cases (started while it was off), which it
 * never touches.
 */
import { CLASSROOM_PERIODS_KEY, isClassroom } from '@/lib/classroom';
import { safeStorage } from '@/lib/safe-storage';

/** The times the flag was on, oldest first: [from, to] in ms (`to` absent while it still is). Unreadable parts are skipped. */
export function classroomPeriods(): [number, number?][] {
  const raw = safeStorage.get(CLASSROOM_PERIODS_KEY) ?? '';
  return raw
    .split(',')
    .slice(1)
    .flatMap((part) => {
      const [from, to, extra] = part.split('-').map(Number);
      if (!Number.isFinite(from) || extra !== undefined) return [];
      return [Number.isFinite(to) ? [from!, to!] : [from!]] as [number, number?][];
    });
}

/** Whether a case started at `at` (ms) is the classroom's: started while the flag was on. */
export function startedInClass(at: number): boolean {
  return classroomPeriods().some(([from, to]) => at > from && (to === undefined || at <= to));
}

/** Forget the past periods (after a reset); an open one restarts now. */
export function forgetClassroomPeriods(now = Date.now()): void {
  if (isClassroom()) safeStorage.set(CLASSROOM_PERIODS_KEY, `,${now}`);
  else safeStorage.remove(CLASSROOM_PERIODS_KEY);
}
