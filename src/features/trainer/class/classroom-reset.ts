/**
 * Between two classes, in one action: forget the class's test results and
 * learner name, and remove the practice cases (those started while
 * classroom mode was on). Helpdesk cases (started with the mode off) are
 * never touched, and nothing is counted in the statistics: removing a case
 * is not abandoning it. Undo puts everything back, as long as no new case
 * took a removed case's place.
 */
import { CLASSROOM_PERIODS_KEY } from '@/lib/classroom';
import { safeStorage } from '@/lib/safe-storage';
import { caseActions } from '@/store';

import { clearClassResults, readClassResults, restoreClassResults, storedClassResults } from './class-results';
import { forgetClassroomPeriods, startedInClass } from './classroom-periods';

export type ClassroomReset = {
  readonly results: number;
  readonly cases: number;
  undo: () => void;
};

export function resetClassroom(): ClassroomReset {
  const resultsRaw = storedClassResults();
  const results = readClassResults().length;
  const periodsRaw = safeStorage.get(CLASSROOM_PERIODS_KEY);

  const removed = caseActions.removeWhere((c) => startedInClass(c.startedAt));
  clearClassResults();
  forgetClassroomPeriods();

  return {
    results,
    cases: removed.count,
    undo: () => {
      restoreClassResults(resultsRaw);
      if (periodsRaw !== null) safeStorage.set(CLASSROOM_PERIODS_KEY, periodsRaw);
      removed.undo();
    },
  };
}
