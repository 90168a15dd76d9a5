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
    expect(raw.version).toBe(2);
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

describe('wizard store: notes, two tabs, undo and statistics', () => {
  beforeEach(() => localStorage.clear());

  /** What another tab would write: the stored envelope with one change applied. */
  function otherTabWrites(change: (session: Record<string, unknown>) => void) {
    const raw = JSON.parse(localStorage.getItem(WIZARD_STORE_KEY)!);
    change(raw.state.sessions.q255888);
    const text = JSON.stringify(raw);
    localStorage.setItem(WIZARD_STORE_KEY, text);
    return text;
  }

  it('saves step and session notes, persisted, and clears empty ones', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    act.setNote(flow, 'app-log-event', 'Caller sees 7044 twice');
    act.setNote(flow, null, 'Ticket 4411, caller Dana');
    let s = mod.getWizardState().sessions.q255888!;
    expect(s.notes['app-log-event']?.text).toBe('Caller sees 7044 twice');
    expect(s.sessionNote?.text).toBe('Ticket 4411, caller Dana');
    const raw = JSON.parse(localStorage.getItem(WIZARD_STORE_KEY)!);
    expect(raw.state.sessions.q255888.notes['app-log-event'].text).toBe('Caller sees 7044 twice');
    act.setNote(flow, 'app-log-event', '');
    act.setNote(flow, null, '');
    s = mod.getWizardState().sessions.q255888!;
    expect(s.notes).toEqual({});
    expect(s.sessionNote).toBeUndefined();
  });

  it('never overwrites what another tab stored: every action starts from the latest stored data', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    act.answer(flow, 'app-log-event', 'event-7044');
    otherTabWrites((s) => {
      (s.answers as Record<string, string>)['mailboxes-created'] = 'created-no-mail';
      (s.notes as Record<string, unknown>)['app-log-event'] = { text: 'from the other tab', at: 1 };
    });
    act.setNote(flow, null, 'mine');
    const s = mod.getWizardState().sessions.q255888!;
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail' });
    expect(s.notes['app-log-event']?.text).toBe('from the other tab');
    expect(s.sessionNote?.text).toBe('mine');
  });

  it('shows another tab’s change when the storage event arrives', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    act.answer(flow, 'app-log-event', 'event-7044');
    const newValue = otherTabWrites((s) => {
      (s.answers as Record<string, string>)['mailboxes-created'] = 'created-no-mail';
    });
    expect(mod.getWizardState().notice).toBeNull();
    window.dispatchEvent(new StorageEvent('storage', { key: WIZARD_STORE_KEY, newValue }));
    await new Promise((r) => setTimeout(r, 0));
    expect(mod.getWizardState().sessions.q255888?.answers['mailboxes-created']).toBe('created-no-mail');
    // The user is told; a redirect caused by the change keeps that explanation.
    expect(mod.getWizardState().notice).toEqual({ kind: 'synced' });
    act.showNotice({ kind: 'redirected', from: '/x' });
    expect(mod.getWizardState().notice).toEqual({ kind: 'synced' });
    // A change to notes alone updates quietly.
    act.dismissNotice();
    const notesOnly = otherTabWrites((s) => {
      (s.notes as Record<string, unknown>)['batch-size'] = { text: 'typed elsewhere', at: 3 };
    });
    window.dispatchEvent(new StorageEvent('storage', { key: WIZARD_STORE_KEY, newValue: notesOnly }));
    await new Promise((r) => setTimeout(r, 0));
    expect(mod.getWizardState().sessions.q255888?.notes['batch-size']?.text).toBe('typed elsewhere');
    expect(mod.getWizardState().notice).toBeNull();
  });

  it('start over can be undone, and then does not count as abandoned', async () => {
    const mod = await freshStore();
    const stats = await import('@/wizard/stats/outcome-stats');
    const { flushStats } = await import('./store-deps');
    const act = mod.getWizardActionsForTests();
    act.answer(flow, 'app-log-event', 'event-7044');
    act.setNote(flow, null, 'keep me');
    const before = mod.getWizardState().sessions.q255888!;
    act.restart(flow);
    expect(mod.getWizardState().sessions.q255888?.answers).toEqual({});
    flushStats();
    expect(stats.readStats()).toMatchObject([{ kind: 'abandoned', node: 'mailboxes-created', session: before.id }]);
    expect(act.undoReplace(flow)).toBe(true);
    expect(mod.getWizardState().sessions.q255888).toEqual(before);
    flushStats();
    expect(stats.readStats()).toEqual([]);
    expect(act.undoReplace(flow)).toBe(false);
  });

  it('counts each outcome a session reaches once, and nothing for an untouched session replaced', async () => {
    const mod = await freshStore();
    const stats = await import('@/wizard/stats/outcome-stats');
    const { flushStats } = await import('./store-deps');
    const act = mod.getWizardActionsForTests();
    act.start(flow);
    act.answer(flow, 'app-log-event', 'event-7044');
    act.answer(flow, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, 'batch-size', 'one');
    act.goBack(flow);
    act.answer(flow, 'batch-size', 'one');
    flushStats();
    expect(stats.readStats().map((e) => [e.kind, e.node])).toEqual([['outcome', 'not-this-symptoms']]);
    act.start(flow); // the finished session is not abandoned
    act.start(flow); // nor is an untouched one
    flushStats();
    expect(stats.readStats()).toHaveLength(1);
  });

  it('writes statistics after the step is painted, in order, or at once when the page is left or hidden', async () => {
    const mod = await freshStore();
    const stats = await import('@/wizard/stats/outcome-stats');
    await import('./store-deps');
    const act = mod.getWizardActionsForTests();
    const reads = vi.spyOn(Storage.prototype, 'getItem');
    const statsReads = () => reads.mock.calls.filter(([key]) => key === stats.STATS_KEY).length;
    act.answer(flow, 'app-log-event', 'event-7044');
    act.answer(flow, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, 'batch-size', 'one'); // reaches an outcome
    act.restart(flow); // the restarted session had reached an end: nothing abandoned
    act.answer(flow, 'app-log-event', 'event-7044');
    act.restart(flow); // abandoned
    // Inside the clicks, the statistics were neither read nor written.
    expect(statsReads()).toBe(0);
    expect(localStorage.getItem(stats.STATS_KEY)).toBeNull();
    // After the next paint (here the fallback timer), they are, in order.
    await vi.waitFor(() => expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned']));
    act.answer(flow, 'app-log-event', 'event-7044');
    act.answer(flow, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, 'batch-size', 'one');
    window.dispatchEvent(new Event('pagehide'));
    expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned', 'outcome']);
    act.restart(flow); // the session that reached an end: nothing abandoned
    act.answer(flow, 'app-log-event', 'event-7044');
    act.restart(flow); // abandoned
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned', 'outcome', 'abandoned']);
    visibility.mockRestore();
    reads.mockRestore();
  });

  it('keeps working in memory when storage refuses writes', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      act.answer(flow, 'app-log-event', 'event-7044');
      act.answer(flow, 'mailboxes-created', 'created-no-mail');
      expect(Object.keys(mod.getWizardState().sessions.q255888!.answers)).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
