import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './stored-format';

let arrival: ((event: { key: string; newValue: string }) => Promise<void> | undefined) | undefined;
let flushLeftovers: (() => void) | undefined;

// Statistics a test left waiting for the next paint are written now, not into a later test's storage.
afterEach(() => flushLeftovers?.());

async function freshStore() {
  vi.resetModules();
  const mod = await import('./index');
  const { caseActions, NAME_MAX } = await import('./list-actions');
  // Another tab's write arriving: called directly, as every store a reset left behind listens to the one window.
  const { onStorageEvent } = await import('./state');
  arrival = onStorageEvent;
  flushLeftovers = (await import('./load-on-demand')).flushStats;
  // The store's actions and the case list's, as one object for the tests.
  return { ...mod, NAME_MAX, getWizardActionsForTests: () => ({ ...mod.getWizardActionsForTests(), ...caseActions }) };
}

/** The stored envelope as another tab would read it. */
const stored = () =>
  JSON.parse(localStorage.getItem(WIZARD_STORE_KEY)!) as {
    version: number;
    state: {
      cases: Record<string, Record<string, unknown>>;
      written: Record<string, number>;
      deleted: Record<string, number>;
    };
  };

/** The stored text of `state`, as a tab writes it (zustand's envelope). */
const envelope = (state: unknown) => JSON.stringify({ state, version: WIZARD_STORE_VERSION });

/** Another tab's write arriving here: what it stored, then the storage event. */
async function arrives(state: unknown) {
  const newValue = envelope(state);
  localStorage.setItem(WIZARD_STORE_KEY, newValue);
  await arrival!({ key: WIZARD_STORE_KEY, newValue });
  return newValue;
}

describe('wizard store', () => {
  beforeEach(() => localStorage.clear());

  it('persists answers and ticks per case, with a timestamped log', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    expect(act.answer(flow, id, 'app-log-event', 'event-7044')).toBeUndefined();
    expect(act.answer(flow, id, 'batch-size', 'several')).toEqual({ code: 'not-on-path', nodeId: 'batch-size' });
    const s = mod.getWizardState().cases[id]!;
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(s.log.map((l) => l.type)).toEqual(['start', 'answer']);
    const raw = stored();
    expect(raw.version).toBe(WIZARD_STORE_VERSION);
    expect(raw.state.cases[id]!.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(raw.state).not.toHaveProperty('notice');
    expect(raw.state).not.toHaveProperty('listAction');
  });

  it('keeps any number of cases side by side: a new case never touches another', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const first = act.startCase(flow);
    act.answer(flow, first, 'app-log-event', 'event-7044');
    act.setNote(flow, first, null, 'INC-4711');
    const before = mod.getWizardState().cases[first];
    const second = act.startCase(flow, { entry: 'fix' });
    act.answer(flow, second, 'fix-account', 'existing');
    act.setNote(flow, second, null, 'INC-4712');
    act.restart(flow, second);
    expect(second).not.toBe(first);
    expect(mod.getWizardState().cases[first]).toEqual(before);
    expect(mod.getWizardState().cases[second]?.entry).toBe('fix');
    expect(Object.keys(stored().state.cases).sort()).toEqual([first, second].sort());
    // Case ids are safe in an address.
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('starts a case part-way with the answers that lead there, marked in its log', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow, {
      entry: 'fix',
      answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
      at: 'grant-site',
    });
    const c = mod.getWizardState().cases[id]!;
    expect(c.answers).toEqual({ 'fix-account': 'existing', 'grant-organization': 'done' });
    expect(c.log).toEqual([{ at: c.startedAt, type: 'start', value: 'fix', node: 'grant-site' }]);
  });

  it('loads good stored data on start (an old format, migrated)', async () => {
    localStorage.setItem(
      WIZARD_STORE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          sessions: {
            q255888: {
              id: 'x',
              flowId: 'q255888',
              revision: 1,
              entry: 'fix',
              answers: { 'fix-account': 'existing' },
              checks: { 'grant-organization': ['organization-granted'] },
              startedAt: 1,
              updatedAt: 2,
              log: [],
            },
          },
        },
      }),
    );
    const { getWizardState } = await freshStore();
    expect(getWizardState().cases.x?.checks).toEqual({ 'grant-organization': ['organization-granted'] });
    expect(getWizardState().notice).toBeNull();
  });

  it('starts clean with a notice on garbage, keeping the garbage aside', async () => {
    localStorage.setItem(WIZARD_STORE_KEY, '}}garbage{{');
    const { getWizardState } = await freshStore();
    expect(getWizardState()).toEqual({
      cases: {},
      written: {},
      deleted: {},
      notice: { kind: 'corrupt' },
      storage: 'ok',
    });
    expect(localStorage.getItem(`${WIZARD_STORE_KEY}:unreadable`)).toBe('}}garbage{{');
  });

  it('starts clean with a notice on data from a future version', async () => {
    localStorage.setItem(WIZARD_STORE_KEY, JSON.stringify({ version: 99, state: { cases: {} } }));
    const { getWizardState } = await freshStore();
    expect(getWizardState().notice).toEqual({ kind: 'future-version', version: 99 });
  });

  it('refuses to complete a step with required items unticked, then completes it', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow, { entry: 'fix' });
    expect(act.answer(flow, id, 'fix-account', 'existing')).toBeUndefined();
    expect(act.answer(flow, id, 'grant-organization', 'done')).toEqual({
      code: 'checklist-incomplete',
      nodeId: 'grant-organization',
      missing: ['organization-granted'],
    });
    act.setCheck(flow, id, 'grant-organization', 'organization-granted', true);
    expect(act.answer(flow, id, 'grant-organization', 'done')).toBeUndefined();
    act.goBack(flow, id);
    expect(mod.getWizardState().cases[id]?.answers).toEqual({ 'fix-account': 'existing' });
    act.restart(flow, id);
    expect(mod.getWizardState().cases[id]?.answers).toEqual({});
    expect(mod.getWizardState().cases[id]?.entry).toBe('fix');
  });
});

describe('wizard store: notes, two tabs, undo and statistics', () => {
  beforeEach(() => localStorage.clear());

  /** What another tab would write: the stored envelope with one change applied to one case. */
  /** Another tab changes one case and writes (as the store does: the case marked as written now). */
  function otherTabWrites(caseId: string, change: (c: Record<string, unknown>) => void) {
    const raw = stored();
    change(raw.state.cases[caseId]!);
    raw.state.written[caseId] = Date.now();
    const text = JSON.stringify(raw);
    localStorage.setItem(WIZARD_STORE_KEY, text);
    return text;
  }

  it('saves step and case notes, persisted, and clears empty ones', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    act.setNote(flow, id, 'app-log-event', 'Caller sees 7044 twice');
    act.setNote(flow, id, null, 'Ticket 4411, caller Dana');
    let s = mod.getWizardState().cases[id]!;
    expect(s.notes['app-log-event']?.text).toBe('Caller sees 7044 twice');
    expect(s.sessionNote?.text).toBe('Ticket 4411, caller Dana');
    expect((stored().state.cases[id]!.notes as Record<string, { text: string }>)['app-log-event']!.text).toBe(
      'Caller sees 7044 twice',
    );
    act.setNote(flow, id, 'app-log-event', '');
    act.setNote(flow, id, null, '');
    s = mod.getWizardState().cases[id]!;
    expect(s.notes).toEqual({});
    expect(s.sessionNote).toBeUndefined();
  });

  it('never overwrites what another tab stored: every action starts from the latest stored data', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const other = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    otherTabWrites(id, (c) => {
      (c.answers as Record<string, string>)['mailboxes-created'] = 'created-no-mail';
      (c.notes as Record<string, unknown>)['app-log-event'] = { text: 'from the other tab', at: 1 };
    });
    otherTabWrites(other, (c) => {
      c.sessionNote = { text: 'the other tab’s own case', at: 2 };
    });
    act.setNote(flow, id, null, 'mine');
    const s = mod.getWizardState().cases[id]!;
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail' });
    expect(s.notes['app-log-event']?.text).toBe('from the other tab');
    expect(s.sessionNote?.text).toBe('mine');
    expect(mod.getWizardState().cases[other]?.sessionNote?.text).toBe('the other tab’s own case');
  });

  it('a change that is not to the cases (a notice, undo dismissed) never writes this tab’s older copy over another tab’s', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    // Another tab starts a case; this tab has not had the storage event yet.
    const raw = stored();
    raw.state.cases.other = { ...raw.state.cases[id]!, id: 'other' };
    localStorage.setItem(WIZARD_STORE_KEY, JSON.stringify(raw));
    act.showNotice({ kind: 'redirected', reason: 'ahead', title: 'x' });
    act.dismissNotice();
    act.dismissUndo();
    expect(Object.keys(stored().state.cases).sort()).toEqual([id, 'other'].sort());
    // The next change to a case starts from what is stored, so it keeps the other tab's case too.
    act.answer(flow, id, 'app-log-event', 'event-7044');
    expect(Object.keys(stored().state.cases).sort()).toEqual([id, 'other'].sort());
  });

  it('an action on a case deleted in another tab keeps what was done, under the same id', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const raw = stored();
    delete raw.state.cases[id];
    localStorage.setItem(WIZARD_STORE_KEY, JSON.stringify(raw));
    act.setNote(flow, id, null, 'typed after the other tab deleted it');
    expect(mod.getWizardState().cases[id]?.sessionNote?.text).toBe('typed after the other tab deleted it');
  });

  it('shows another tab’s change when the storage event arrives, naming only the cases that moved', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const other = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.answer(flow, other, 'app-log-event', 'no-event');
    const untouched = mod.getWizardState().cases[other];
    const newValue = otherTabWrites(id, (c) => {
      (c.answers as Record<string, string>)['mailboxes-created'] = 'created-no-mail';
    });
    expect(mod.getWizardState().notice).toBeNull();
    await arrival!({ key: WIZARD_STORE_KEY, newValue });
    expect(mod.getWizardState().cases[id]?.answers['mailboxes-created']).toBe('created-no-mail');
    expect(mod.getWizardState().cases[other]).toEqual(untouched);
    // The user is told (on the page of that case only); a redirect caused by the change keeps that explanation.
    expect(mod.getWizardState().notice).toEqual({ kind: 'synced', cases: [id] });
    act.showNotice({ kind: 'redirected', reason: 'changed', title: 'x' });
    expect(mod.getWizardState().notice).toEqual({ kind: 'synced', cases: [id] });
    // A change to notes alone updates quietly.
    act.dismissNotice();
    const notesOnly = otherTabWrites(other, (c) => {
      (c.notes as Record<string, unknown>)['batch-size'] = { text: 'typed elsewhere', at: 3 };
    });
    await arrival!({ key: WIZARD_STORE_KEY, newValue: notesOnly });
    expect(mod.getWizardState().cases[other]?.notes['batch-size']?.text).toBe('typed elsewhere');
    expect(mod.getWizardState().notice).toBeNull();
  });

  it('a case started here is never lost to another tab that wrote without having seen it: the merge is written back', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const mine = act.startCase(flow);
    act.setNote(flow, mine, null, 'INC-1, this tab');
    const mineNow = mod.getWizardState().cases[mine]!;
    // The other tab's copy of storage was a moment behind: it wrote its own new case over an empty store.
    const theirs = { ...mineNow, id: 'run-2', sessionNote: { text: 'INC-2, other tab', at: 2 } };
    await arrives({ cases: { other: theirs }, written: { other: Date.now() }, deleted: {} });
    expect(mod.getWizardState().cases[mine]?.sessionNote?.text).toBe('INC-1, this tab');
    expect(mod.getWizardState().cases.other?.sessionNote?.text).toBe('INC-2, other tab');
    expect(Object.keys(stored().state.cases).sort()).toEqual([mine, 'other'].sort());
    // Nothing moved in this tab's case: no notice.
    expect(mod.getWizardState().notice).toBeNull();
  });

  it('a case only the storage event still carries is kept: this tab wrote over it before the event arrived', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const mine = act.startCase(flow);
    act.setNote(flow, mine, null, 'INC-1, this tab');
    const here = stored();
    // The other tab started a case and wrote, then closed. Before its write reached this tab, this tab wrote again
    // from its copy without that case: storage holds this tab's write, and the event carries the other tab's.
    const theirs = { ...here.state.cases[mine]!, id: 'run-2', sessionNote: { text: 'INC-2, other tab', at: 2 } };
    const newValue = envelope({
      cases: { ...here.state.cases, other: theirs },
      written: { ...here.state.written, other: Date.now() },
      deleted: {},
    });
    await arrival!({ key: WIZARD_STORE_KEY, newValue });
    expect(mod.getWizardState().cases.other?.sessionNote?.text).toBe('INC-2, other tab');
    expect(mod.getWizardState().cases[mine]?.sessionNote?.text).toBe('INC-1, this tab');
    expect(Object.keys(stored().state.cases).sort()).toEqual([mine, 'other'].sort());
    // A stale event (storage holds a later deletion of the case it carries) brings nothing back.
    act.remove(flow, 'other');
    await arrival!({ key: WIZARD_STORE_KEY, newValue });
    expect(stored().state.cases).not.toHaveProperty('other');
    expect(mod.getWizardState().cases).not.toHaveProperty('other');
  });

  it('an action starts from this tab’s cases merged with storage, so a case the other tab had not seen stays', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const mine = act.startCase(flow);
    const theirs = { ...mod.getWizardState().cases[mine]!, id: 'run-2' };
    act.setNote(flow, mine, null, 'INC-1, typed here');
    // Stored by the other tab, from its copy without this tab's case; its storage event has not arrived yet.
    localStorage.setItem(
      WIZARD_STORE_KEY,
      envelope({ cases: { other: theirs }, written: { other: Date.now() }, deleted: {} }),
    );
    act.answer(flow, mine, 'app-log-event', 'event-7044');
    expect(Object.keys(stored().state.cases).sort()).toEqual([mine, 'other'].sort());
    expect(stored().state.cases[mine]!.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(mod.getWizardState().cases[mine]?.sessionNote?.text).toBe('INC-1, typed here');
  });

  it('a case deleted in another tab goes here too, without writing back; one written here after that deletion stays', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const gone = act.startCase(flow);
    const kept = act.startCase(flow);
    act.answer(flow, kept, 'app-log-event', 'event-7044');
    const raw = stored();
    const { [gone]: _gone, ...rest } = raw.state.cases;
    const { [gone]: _at, ...written } = raw.state.written;
    const newValue = await arrives({ cases: rest, written, deleted: { [gone]: Date.now() } });
    expect(Object.keys(mod.getWizardState().cases)).toEqual([kept]);
    expect(localStorage.getItem(WIZARD_STORE_KEY)).toBe(newValue);
    // The other tab deleted a case before this tab's last write to it: this tab's copy is newer and stays.
    await arrives({ cases: {}, written: {}, deleted: { [kept]: 0 } });
    expect(mod.getWizardState().cases[kept]?.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(Object.keys(stored().state.cases)).toEqual([kept]);
  });

  it('a delete here leaves its id, so a tab still holding the case cannot bring it back; undo brings it back everywhere', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    const before = stored().state;
    act.remove(flow, id);
    expect(stored().state.deleted[id]).toBeGreaterThanOrEqual(before.written[id]!);
    // A stale tab writes its older copy of everything back.
    await arrives(before);
    expect(mod.getWizardState().cases[id]).toBeUndefined();
    expect(stored().state.cases).not.toHaveProperty(id);
    expect(act.undoListAction(flow)).toBe(true);
    expect(stored().state.cases[id]?.answers).toEqual({ 'app-log-event': 'event-7044' });
    expect(stored().state.deleted).not.toHaveProperty(id);
  });

  it('start over resets only that case, keeps its name and case note, can be undone, and then does not count as abandoned', async () => {
    const mod = await freshStore();
    const stats = await import('./outcome-stats');
    const { flushStats } = await import('./load-on-demand');
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const other = act.startCase(flow);
    act.answer(flow, other, 'app-log-event', 'no-event');
    const otherBefore = mod.getWizardState().cases[other];
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.setNote(flow, id, 'app-log-event', 'step note');
    act.setNote(flow, id, null, 'keep me');
    act.rename(id, 'Dana');
    const before = mod.getWizardState().cases[id]!;
    act.restart(flow, id);
    const after = mod.getWizardState().cases[id]!;
    expect(after.answers).toEqual({});
    expect(after.notes).toEqual({});
    expect(after.sessionNote?.text).toBe('keep me');
    expect(after.name).toBe('Dana');
    expect(after.id).not.toBe(before.id);
    expect(mod.getWizardState().cases[other]).toEqual(otherBefore);
    flushStats();
    expect(stats.readStats()).toMatchObject([{ kind: 'abandoned', node: 'mailboxes-created', session: before.id }]);
    expect(act.undoRestart(flow, other)).toBe(false);
    expect(act.undoRestart(flow, id)).toBe(true);
    expect(mod.getWizardState().cases[id]).toEqual(before);
    flushStats();
    expect(stats.readStats()).toEqual([]);
    expect(act.undoRestart(flow, id)).toBe(false);
    // Once the case moves on, undo is gone.
    act.restart(flow, id);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    expect(act.undoRestart(flow, id)).toBe(false);
    flushStats(); // nothing left waiting for the next test's storage
  });

  it('renames, closes, reopens and deletes a case, each undoable; statistics follow', async () => {
    const mod = await freshStore();
    const stats = await import('./outcome-stats');
    const { flushStats } = await import('./load-on-demand');
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.rename(id, '  INC-4711   Dana  ');
    expect(mod.getWizardState().cases[id]?.name).toBe('INC-4711 Dana');
    act.rename(id, 'x'.repeat(500));
    expect(mod.getWizardState().cases[id]?.name).toHaveLength(mod.NAME_MAX);
    act.rename(id, '');
    expect(mod.getWizardState().cases[id]).not.toHaveProperty('name');
    const run = mod.getWizardState().cases[id]!.id;

    act.close(flow, id);
    expect(mod.getWizardState().cases[id]?.closedAt).toEqual(expect.any(Number));
    flushStats();
    expect(stats.readStats()).toMatchObject([{ kind: 'abandoned', session: run }]);
    expect(act.undoListAction(flow)).toBe(true);
    expect(mod.getWizardState().cases[id]?.closedAt).toBeUndefined();
    flushStats();
    expect(stats.readStats()).toEqual([]);

    act.close(flow, id);
    act.reopen(id);
    expect(mod.getWizardState().cases[id]?.closedAt).toBeUndefined();
    expect(act.undoListAction(flow)).toBe(true);
    expect(mod.getWizardState().cases[id]?.closedAt).toEqual(expect.any(Number));
    act.reopen(id);

    const kept = mod.getWizardState().cases[id];
    act.remove(flow, id);
    expect(mod.getWizardState().cases[id]).toBeUndefined();
    expect(stored().state.cases[id]).toBeUndefined();
    expect((await import('./state')).wizardStore.getState().listAction).toMatchObject({ caseId: id, action: 'delete' });
    expect(act.undoListAction(flow)).toBe(true);
    expect(mod.getWizardState().cases[id]).toEqual(kept);
    expect((await import('./state')).wizardStore.getState().listAction).toBeNull();
    expect(act.undoListAction(flow)).toBe(false);
    flushStats();
    expect(stats.readStats()).toEqual([]);
  });

  it('opens an imported or shared session as a new case, never over one', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const mine = act.startCase(flow);
    act.setNote(flow, mine, null, 'mine');
    const source = { ...mod.getWizardState().cases[mine]!, sessionNote: { text: 'theirs', at: 1 }, name: 'Their case' };
    const imported = act.importCase(flow, source, 'import');
    expect(imported).not.toBe(mine);
    expect(mod.getWizardState().cases[mine]?.sessionNote?.text).toBe('mine');
    expect(mod.getWizardState().cases[imported]).toMatchObject({ name: 'Their case', sessionNote: { text: 'theirs' } });
    expect(mod.getWizardState().cases[imported]?.id).not.toBe(source.id);
    expect(mod.getWizardState().cases[imported]?.log.at(-1)?.type).toBe('import');
    // A link's entry can say which answers it gave (a handed-over case's link: the rest came with the case).
    const shared = act.importCase(flow, { ...source, log: [] }, 'share', 'app-log-event=event-7044');
    expect(mod.getWizardState().cases[shared]?.log).toEqual([
      { at: expect.any(Number), type: 'share', value: 'app-log-event=event-7044' },
    ]);
  });

  it('counts each outcome a run reaches once, and nothing for an untouched case started over', async () => {
    const mod = await freshStore();
    const stats = await import('./outcome-stats');
    const { flushStats } = await import('./load-on-demand');
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.answer(flow, id, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, id, 'batch-size', 'one');
    act.goBack(flow, id);
    act.answer(flow, id, 'batch-size', 'one');
    flushStats();
    expect(stats.readStats().map((e) => [e.kind, e.node])).toEqual([['outcome', 'not-this-symptoms']]);
    act.restart(flow, id); // the finished run is not abandoned
    act.restart(flow, id); // nor is an untouched one
    flushStats();
    expect(stats.readStats()).toHaveLength(1);
  });

  it('a case deleted, closed or started over after reaching a result is not abandoned (the diagnosis counts as one)', async () => {
    const mod = await freshStore();
    const stats = await import('./outcome-stats');
    const { flushStats } = await import('./load-on-demand');
    const act = mod.getWizardActionsForTests();
    const toDiagnosis = (id: string) => {
      for (const [node, choice] of [
        ['app-log-event', 'event-7044'],
        ['mailboxes-created', 'created-no-mail'],
        ['batch-size', 'several'],
        ['single-user', 'works'],
        ['logged-on-role', 'service-account-admin'],
        ['exchange-version', 'ex50-55'],
        ['source-version', 'msmail-3x'],
      ] as const)
        expect(act.answer(flow, id, node, choice)).toBeUndefined();
      expect(mod.getWizardState().cases[id]?.answers).toHaveProperty('source-version');
      return mod.getWizardState().cases[id]!.id;
    };
    const kinds = () => {
      flushStats();
      return stats.readStats().map((e) => [e.kind, e.node, e.session]);
    };

    // On the diagnosis (not the end of the guide: its fix follows), then deleted from the start page.
    const deleted = act.startCase(flow);
    const deletedRun = toDiagnosis(deleted);
    act.remove(flow, deleted);
    expect(kinds()).toEqual([['outcome', 'diagnosis-q255888', deletedRun]]);

    // On the diagnosis, then closed; then another one started over there.
    const closed = act.startCase(flow);
    const closedRun = toDiagnosis(closed);
    act.close(flow, closed);
    const restarted = act.startCase(flow);
    const restartedRun = toDiagnosis(restarted);
    act.restart(flow, restarted);
    expect(kinds().filter(([kind]) => kind === 'abandoned')).toEqual([]);
    expect(kinds().map(([, , session]) => session)).toEqual([deletedRun, closedRun, restartedRun]);

    // Reached the diagnosis, went back to a question before it, then deleted: it did reach a result.
    const back = act.startCase(flow);
    toDiagnosis(back);
    act.goBack(flow, back);
    act.goBack(flow, back);
    act.remove(flow, back);
    expect(kinds().filter(([kind]) => kind === 'abandoned')).toEqual([]);

    // One deleted on a question, having reached nothing, still is.
    const early = act.startCase(flow);
    act.answer(flow, early, 'app-log-event', 'event-7044');
    const earlyRun = mod.getWizardState().cases[early]!.id;
    act.remove(flow, early);
    expect(kinds().filter(([kind]) => kind === 'abandoned')).toEqual([['abandoned', 'mailboxes-created', earlyRun]]);

    // On the diagnosis, the statistics erased since, then deleted: the case itself shows it reached a result.
    const erased = act.startCase(flow);
    toDiagnosis(erased);
    flushStats();
    stats.eraseStats();
    act.remove(flow, erased);
    expect(kinds()).toEqual([]);
  });

  it('writes statistics after the step is painted, in order, or at once when the page is left or hidden', async () => {
    const mod = await freshStore();
    const stats = await import('./outcome-stats');
    await import('./load-on-demand');
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const reads = vi.spyOn(Storage.prototype, 'getItem');
    const statsReads = () => reads.mock.calls.filter(([key]) => key === stats.STATS_KEY).length;
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.answer(flow, id, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, id, 'batch-size', 'one'); // reaches an outcome
    act.restart(flow, id); // the restarted run had reached an end: nothing abandoned
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.restart(flow, id); // abandoned
    // Inside the clicks, the statistics were neither read nor written.
    expect(statsReads()).toBe(0);
    expect(localStorage.getItem(stats.STATS_KEY)).toBeNull();
    // After the next paint (here the fallback timer), they are, in order.
    await vi.waitFor(() => expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned']));
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.answer(flow, id, 'mailboxes-created', 'created-no-mail');
    act.answer(flow, id, 'batch-size', 'one');
    window.dispatchEvent(new Event('pagehide'));
    expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned', 'outcome']);
    act.restart(flow, id); // the run that reached an end: nothing abandoned
    act.answer(flow, id, 'app-log-event', 'event-7044');
    act.restart(flow, id); // abandoned
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stats.readStats().map((e) => e.kind)).toEqual(['outcome', 'abandoned', 'outcome', 'abandoned']);
    visibility.mockRestore();
    reads.mockRestore();
  });

  it('a notice about how the page got here goes away with the page after the one it leads to; others stay', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    mod.notePageView(); // the stale step, where the notice is given
    act.showNotice({ kind: 'skipped' });
    mod.notePageView(); // the step it leads to
    expect(mod.getWizardState().notice?.kind).toBe('skipped');
    mod.notePageView(); // the next page
    expect(mod.getWizardState().notice).toBeNull();
    act.showNotice({ kind: 'synced', cases: ['x'] });
    mod.notePageView();
    mod.notePageView();
    expect(mod.getWizardState().notice?.kind).toBe('synced');
  });

  it('keeps working in memory when storage is full, says so, and says when it works again', async () => {
    const mod = await freshStore();
    const act = mod.getWizardActionsForTests();
    const id = act.startCase(flow);
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      act.answer(flow, id, 'app-log-event', 'event-7044');
      act.answer(flow, id, 'mailboxes-created', 'created-no-mail');
      expect(Object.keys(mod.getWizardState().cases[id]!.answers)).toHaveLength(2);
      await Promise.resolve();
      expect(mod.getWizardState().storage).toBe('full');
    } finally {
      spy.mockRestore();
    }
    act.setNote(flow, id, null, 'saved again');
    await Promise.resolve();
    expect(mod.getWizardState().storage).toBe('ok');
    expect(stored().state.cases[id]!.answers).toEqual({
      'app-log-event': 'event-7044',
      'mailboxes-created': 'created-no-mail',
    });
  });

  it('says storage is blocked when the browser refuses it altogether', async () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      const mod = await freshStore();
      expect(mod.getWizardState().storage).toBe('blocked');
    } finally {
      spy.mockRestore();
    }
  });
});
