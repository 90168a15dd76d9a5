/**
 * Between two classes, in one action: forget the class's test results and
 * learner name, and remove the practice cases started while classroom mode
 * was on. Helpdesk cases (started with the mode off) are never touched, and
 * nothing is counted in the statistics: removing a case is not abandoning
 * it. Undo puts everything back, as long as no new case took a removed
 * case's place.
 */
import { CLASSROOM_CASES_KEY, classroomCases, forgetClassroomCases } from '@/lib/classroom';
import { safeStorage } from '@/lib/safe-storage';
import type { StoredSession } from '@/wizard/store/persisted';
import { latest, wizardStore } from '@/wizard/store/store-core';

import { clearClassResults, readClassResults, restoreClassResults, storedClassResults } from './class-results';

export type ClassroomReset = {
  readonly results: number;
  readonly cases: number;
  undo: () => void;
};

export function resetClassroom(): ClassroomReset {
  const resultsRaw = storedClassResults();
  const results = readClassResults().length;
  const casesRaw = safeStorage.get(CLASSROOM_CASES_KEY);
  const ids = new Set(classroomCases());

  const state = wizardStore.getState();
  const data = latest(state);
  const removed: [string, StoredSession][] = [];
  const sessions: Record<string, StoredSession> = {};
  for (const [flowId, session] of Object.entries(data.sessions)) {
    if (ids.has(session.id)) removed.push([flowId, session]);
    else sessions[flowId] = session;
  }
  if (removed.length) {
    const replaced = state.replaced && ids.has(state.replaced.previous.id) ? null : state.replaced;
    wizardStore.setState({ sessions, replaced });
  }
  clearClassResults();
  forgetClassroomCases();

  return {
    results,
    cases: removed.length,
    undo: () => {
      restoreClassResults(resultsRaw);
      if (casesRaw !== null) safeStorage.set(CLASSROOM_CASES_KEY, casesRaw);
      const now = latest(wizardStore.getState());
      const back = removed.filter(([flowId]) => !now.sessions[flowId]);
      if (back.length) wizardStore.setState({ sessions: { ...now.sessions, ...Object.fromEntries(back) } });
    },
  };
}
