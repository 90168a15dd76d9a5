import { beforeEach, describe, expect, it, vi } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { WIZARD_STORE_KEY } from './persisted';

async function freshStore() {
  vi.resetModules();
  return import('./wizard-store');
}

describe('wizard store', () => {
  beforeEach(() => localStorage.clear());

  it('persists answers and ticks, with a timestamped log', async () => {
    const mod = await freshStore();
    const { getWizardState } = mod;
    const act = mod.getWizardActionsForTests();
    expect(act.answer(flow, 'app-log-event', 'event-7044')).toBeUndefined();
    expect(act.answer(flow, 'batch-size', 'several')).toEqual({ code: 'not-on-path', nodeId: 'batch-size' });
    const s = getWizardState().sessions.q255888!;
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(s.log.map((l) => l.type)).toEqual(['start', 'answer']);
    const raw = JSON.parse(localStorage.getItem(WIZARD_STORE_KEY)!);
    expect(raw.version).toBe(1);
    expect(raw.state.sessions.q255888.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(raw.state.notice).toBeUndefined();
  });

  it('loads good stored data on start', async () => {
    localStorage.setItem(
      WIZARD_STORE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          sessions: {
            q255888: {
              id: 'x', flowId: 'q255888', revision: 1, entry: 'fix', answers: { 'fix-account': 'existing' },
              checks: { 'grant-organization': ['organization-granted'] }, startedAt: 1, updatedAt: 2, log: [],
            },
          },
        },
      }),
    );
    const { getWizardState } = await freshStore();
    expect(getWizardState().sessions.q255888?.checks).toEqual({ 'grant-organization': ['organization-granted'] });
    expect(getWizardState().notice).toBeNull();
  });

  it('starts clean with a notice on garbage, keeping the garbage aside', async () => {
    localStorage.setItem(WIZARD_STORE_KEY, '}}garbage{{');
    const { getWizardState } = await freshStore();
    expect(getWizardState()).toEqual({ sessions: {}, notice: { kind: 'corrupt' } });
    expect(localStorage.getItem(`${WIZARD_STORE_KEY}:unreadable`)).toBe('}}garbage{{');
  });

  it('starts clean with a notice on data from a future version', async () => {
    localStorage.setItem(WIZARD_STORE_KEY, JSON.stringify({ version: 99, state: { sessions: {} } }));
    const { getWizardState } = await freshStore();
    expect(getWizardState().notice).toEqual({ kind: 'future-version', version: 99 });
  });

  it('refuses to complete a step with required items unticked, then completes it', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    act.start(flow, 'fix');
    expect(act.answer(flow, 'fix-account', 'existing')).toBeUndefined();
    expect(act.answer(flow, 'grant-organization', 'done')).toEqual({
      code: 'checklist-incomplete', nodeId: 'grant-organization', missing: ['organization-granted'],
    });
    act.setCheck(flow, 'grant-organization', 'organization-granted', true);
    expect(act.answer(flow, 'grant-organization', 'done')).toBeUndefined();
    act.restart(flow);
    expect(mod.getWizardState().sessions.q255888?.answers).toEqual({});
    expect(mod.getWizardState().sessions.q255888?.entry).toBe('fix');
  });
});
