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
import type { StoredCase } from '@/store/stored-schema';
import { latest, wizardStore } from '@/store/state';

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

  const state = wizardStore.getState();
  const data = latest(state);
  const removed: [string, StoredCase][] = [];
  const cases: Record<string, StoredCase> = {};
  for (const [caseId, c] of Object.entries(data.cases)) {
    if (startedInClass(c.startedAt)) removed.push([caseId, c]);
    else cases[caseId] = c;
  }
  if (removed.length) {
    const gone = new Set(removed.map(([caseId]) => caseId));
    wizardStore.setState({
      cases,
      replaced: state.replaced && gone.has(state.replaced.caseId) ? null : state.replaced,
      listAction: state.listAction && gone.has(state.listAction.caseId) ? null : state.listAction,
    });
  }
  clearClassResults();
  forgetClassroomPeriods();

  return {
    results,
    cases: removed.length,
    undo: () => {
      restoreClassResults(resultsRaw);
      if (periodsRaw !== null) safeStorage.set(CLASSROOM_PERIODS_KEY, periodsRaw);
      const now = latest(wizardStore.getState());
      const back = removed.filter(([caseId]) => !Object.hasOwn(now.cases, caseId));
      if (back.length) wizardStore.setState({ cases: { ...now.cases, ...Object.fromEntries(back) } });
    },
  };
}
