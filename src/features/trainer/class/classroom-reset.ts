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
import type { StoredSession } from '@/wizard/store/persisted';
import { latest, wizardStore } from '@/wizard/store/store-core';

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
  const removed: [string, StoredSession][] = [];
  const sessions: Record<string, StoredSession> = {};
  for (const [flowId, session] of Object.entries(data.sessions)) {
    if (startedInClass(session.startedAt)) removed.push([flowId, session]);
    else sessions[flowId] = session;
  }
  if (removed.length) {
    const gone = new Set(removed.map(([, s]) => s.id));
    const replaced = state.replaced && startedInClass(state.replaced.previous.startedAt) ? null : state.replaced;
    wizardStore.setState({ sessions, replaced: replaced && gone.has(replaced.replacedBy) ? null : replaced });
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
      const back = removed.filter(([flowId]) => !now.sessions[flowId]);
      if (back.length) wizardStore.setState({ sessions: { ...now.sessions, ...Object.fromEntries(back) } });
    },
  };
}
