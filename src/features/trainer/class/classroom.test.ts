import { beforeEach, describe, expect, it, vi } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { CLASSROOM_KEY, isClassroom, setClassroom, subscribeClassroom } from '@/lib/classroom';

import { startedInClass } from './classroom-periods';

const STATS_KEY = 'kb-wizard:stats';

async function fresh() {
  vi.resetModules();
  const store = await import('@/store');
  const classroom = await import('@/lib/classroom');
  const reset = await import('./classroom-reset');
  const results = await import('./class-results');
  return { store, act: store.getWizardActionsForTests(), flush: store.statistics, classroom, reset, results };
}

/** Walk to "Probably not Q255888" (an outcome the statistics count). */
function toAnOutcome(act: Awaited<ReturnType<typeof fresh>>['act'], caseId: string) {
  act.answer(flow, caseId, 'app-log-event', 'no-event');
  act.answer(flow, caseId, 'mailboxes-created', 'not-created');
  act.answer(flow, caseId, 'creation-problem', 'other');
}

beforeEach(() => localStorage.clear());

describe('the classroom flag', () => {
  it('is kept under its own key, tells its subscribers, and remembers when it was on', () => {
    const seen = vi.fn();
    const stop = subscribeClassroom(seen);
    expect(isClassroom()).toBe(false);
    setClassroom(true, 1000);
    setClassroom(true, 1500); // already on: nothing changes
    expect(localStorage.getItem(CLASSROOM_KEY)).toBe('on');
    setClassroom(false, 2000);
    setClassroom(true, 3000);
    expect(seen).toHaveBeenCalledTimes(3);
    stop();
    expect([999, 1000, 1001, 2000, 2500, 3000, 3001, 9e12].map(startedInClass)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
    expect(localStorage.getItem('kb-wizard:classroom-periods')).toBe(',1000-2000,3000');
    localStorage.setItem('kb-wizard:classroom-periods', '{broken,x-y,5-6-7,4000');
    expect([3001, 4001].map(startedInClass)).toEqual([false, true]);
  });
});

describe('classroom mode and the statistics', () => {
  it('nothing done in class is counted: outcomes, start-overs and resets', async () => {
    const { store, act, flush, reset, results } = await fresh();
    // A helpdesk case, counted.
    const helpdesk = act.startCase(flow);
    toAnOutcome(act, helpdesk);
    await flush();
    const before = localStorage.getItem(STATS_KEY);
    expect(before).toContain('not-this-symptoms');

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 1000);
    setClassroom(true);
    vi.setSystemTime(Date.now() + 1000);
    const practice = act.startCase(flow); // a case of the class's, beside the helpdesk case
    act.answer(flow, practice, 'app-log-event', 'event-7044');
    act.restart(flow, practice); // would count as abandoned
    toAnOutcome(act, practice); // would count as an outcome
    await flush();
    expect(localStorage.getItem(STATS_KEY)).toBe(before);

    results.saveClassResult({
      id: 'r',
      learner: 'Ana',
      kind: 'quiz',
      flowId: 'q255888',
      title: 'Diagnosis quiz',
      finishedAt: '2026-11-27T10:00:00Z',
      score: 80,
      right: 4,
      total: 5,
      wrong: 1,
      seconds: 60,
    });
    const r = reset.resetClassroom();
    expect([r.results, r.cases]).toEqual([1, 1]);
    expect(Object.keys(store.getWizardState().cases)).toEqual([helpdesk]);
    await flush();
    expect(localStorage.getItem(STATS_KEY)).toBe(before);
    expect(results.readClassResults()).toEqual([]);

    r.undo();
    expect(results.readClassResults()).toHaveLength(1);
    expect(Object.keys(store.getWizardState().cases).sort()).toEqual([helpdesk, practice].sort());
    vi.useRealTimers();
  });

  it('the reset never removes a helpdesk case, even one worked on in class', async () => {
    const { store, act, reset } = await fresh();
    const caseId = act.startCase(flow); // started with the flag off: a helpdesk case
    act.answer(flow, caseId, 'app-log-event', 'event-7044');
    // Even when the flag goes on in the same millisecond.
    vi.useFakeTimers({ toFake: ['Date'], now: store.getWizardState().cases[caseId]!.startedAt });
    setClassroom(true);
    vi.useRealTimers();
    act.answer(flow, caseId, 'mailboxes-created', 'created-no-mail');
    expect(reset.resetClassroom().cases).toBe(0);
    expect(store.getWizardState().cases[caseId]?.answers['mailboxes-created']).toBe('created-no-mail');
  });
});
