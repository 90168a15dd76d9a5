/**
 * The wizard's one store, the part the start page needs: the stored cases
 * (any number, each on one flow, persisted in localStorage and validated on
 * the way in), the notice about how they loaded, whether storage works, and
 * what the last "start over", close or delete set aside for undo. The actions
 * that change cases through the engine live in actions.ts, which loads
 * with the wizard's pages; the start page loads only this file.
 * Components use the hooks, never the store object itself.
 */
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';

import { type StorageFailure, safeStorage } from '@/lib/safe-storage';

import type { LoadNotice, StoredCase, WizardData } from './stored-schema';
import { WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './stored-format';
import { loadStoreDeps, loadedPersisted } from './load-on-demand';

export type StoreNotice =
  | LoadNotice
  /**
   * The address named a step the case's answers do not reach, so the page
   * went to the case's current step: `changed` when an earlier answer was
   * changed since the step was shown, `ahead` when the questions before it
   * are not answered yet, `guides` when the case went on in another guide
   * since (and came back to this one). `title` names the step asked for.
   */
  | { kind: 'redirected'; reason: 'changed' | 'ahead' | 'guides'; title: string; page?: number }
  /**
   * Back or Forward passed over steps that the case's answers no longer reach: a changed answer, or (`guides`) the
   * case went on in another guide since.
   */
  | { kind: 'skipped'; reason?: 'guides'; page?: number }
  /**
   * A hand-over file or a share link was opened as a new case; `dropped` says what did not fit (or ''). `already`:
   * it held a case open here already, so the page went to that case instead of opening a copy; `fuller`: and more
   * of its record (a hand-over file after its share link), which that case took.
   */
  | { kind: 'opened'; source: RestoreSource; dropped: string; already?: boolean; fuller?: boolean; page?: number }
  /** Another tab changed answers or ticks of these cases. */
  | { kind: 'synced'; cases: readonly string[] };

/** How a whole session arrived in a new case: a hand-over file or a share link. */
export type RestoreSource = 'import' | 'share';

/** What "start over" set aside, for undo. */
export type Replaced = {
  caseId: string;
  previous: StoredCase;
  /** The run that took its place, and its history length then (undo ends once it changes). */
  replacedBy: string;
  logLength: number;
  at: number;
};

/** The last thing done to a case from the list (close, reopen, delete), for undo. */
export type ListAction = {
  caseId: string;
  action: 'close' | 'reopen' | 'delete';
  previous: StoredCase;
  at: number;
};

/** Whether this browser keeps what is done: 'ok', or why it does not (then everything lives in memory). */
export type StorageHealth = 'ok' | StorageFailure;

export type WizardState = WizardData & {
  notice: StoreNotice | null;
  replaced: Replaced | null;
  listAction: ListAction | null;
  storage: StorageHealth;
};

let pendingNotice: LoadNotice | null = null;
/** The stored text this tab last wrote or read, to skip re-reading unchanged storage. */
let lastRaw: string | null = null;
/** True when the last write failed (quota, private mode): storage is then behind memory. */
let writeFailed = false;
/**
 * Why this tab must not write over what storage holds: data it could not read (or read only in part) and could not
 * copy aside either (the quota is full). It stays where it is, and this tab works in memory, as when a write fails.
 */
let held: StorageFailure | undefined;
/**
 * The cases this tab last wrote or read. The store writes on every change, a notice or the storage health too; a
 * change that leaves the cases as they were must not write them, or a tab that has not yet heard of another tab's
 * change (its storage event is still on its way) would write its older copy over it.
 */
let lastCases: WizardData['cases'] | null = null;

/** Say (once per change) whether storage works: the banner follows this. Outside the write, which runs inside a set. */
function reportHealth(health: StorageHealth): void {
  if (wizardStore.getState().storage === health) return;
  queueMicrotask(() => {
    if (wizardStore.getState().storage !== health) wizardStore.setState({ storage: health });
  });
}

const storage: PersistStorage<WizardData> = {
  getItem: (name) => {
    const raw = safeStorage.get(name);
    lastRaw = raw;
    if (raw === null) return null;
    const persisted = loadedPersisted();
    // Only a tab that started with nothing stored gets here without the validator.
    if (!persisted) return loadStoreDeps().then(() => storage.getItem(name));
    const result = persisted.loadPersisted(raw);
    // Unreadable, or partly: keep the original aside so nothing is silently destroyed (said once, by the notice).
    // When even that cannot be written, the original is kept where it is: nothing is written over it.
    const aside = result.notice ? safeStorage.trySet(`${name}:unreadable`, raw) : true;
    if (aside !== true) held = aside;
    if (!result.ok) {
      pendingNotice = result.notice;
      return null;
    }
    if (result.notice) {
      // Partly readable: store what was kept.
      if (!held) safeStorage.set(name, JSON.stringify({ state: result.data, version: WIZARD_STORE_VERSION }));
      pendingNotice = result.notice;
    }
    return { state: result.data, version: WIZARD_STORE_VERSION };
  },
  setItem: (name, value) => {
    if (value.state.cases === lastCases) return;
    const raw = JSON.stringify(value);
    const written = held ?? safeStorage.trySet(name, raw);
    writeFailed = written !== true;
    if (!writeFailed) {
      lastRaw = raw;
      lastCases = value.state.cases;
    }
    reportHealth(written === true ? 'ok' : written);
  },
  removeItem: (name) => safeStorage.remove(name),
};

/**
 * The cases as they are now in storage merged with this tab's, so an action
 * never works on a stale copy when another tab has changed them since this
 * tab last looked, nor drops a case this tab holds that the other tab had not
 * seen (see merge-tabs.ts). Falls back to memory when storage is unavailable,
 * unreadable or behind.
 */
export function latest(memory: WizardData): WizardData {
  if (writeFailed) return memory;
  const raw = safeStorage.get(WIZARD_STORE_KEY);
  if (raw === null || raw === lastRaw) return memory;
  const persisted = loadedPersisted();
  if (!persisted) {
    void loadStoreDeps();
    return memory;
  }
  const result = persisted.loadPersisted(raw);
  return result.ok ? persisted.mergeData(memory, result.data) : memory;
}

type StoredData = Pick<WizardState, 'cases' | 'written' | 'deleted'>;

/**
 * The data with cases put in place (a case) or taken out (`undefined`), each
 * marked as written or deleted now, so another tab's copy merges with it.
 */
export function withCases(data: WizardData, changes: Readonly<Record<string, StoredCase | undefined>>): StoredData {
  const now = Date.now();
  const cases = { ...data.cases };
  const written = { ...data.written };
  const deleted = { ...data.deleted };
  for (const [caseId, next] of Object.entries(changes)) {
    if (next) {
      cases[caseId] = next;
      written[caseId] = now;
      delete deleted[caseId];
    } else if (Object.hasOwn(cases, caseId)) {
      delete cases[caseId];
      delete written[caseId];
      deleted[caseId] = now;
    }
  }
  // Pruned by the stored-data validator's module, when this tab has loaded it (else on a later read).
  return { cases, written, deleted: loadedPersisted()?.pruneDeleted(deleted, cases) ?? deleted };
}

/** The data with one case put in place (or taken out, with `undefined`). */
export function withCase(data: WizardData, caseId: string, next: StoredCase | undefined): StoredData {
  return withCases(data, { [caseId]: next });
}

// With something stored, load the validator before the store reads it, so the
// first render already shows the stored cases (and any notice). With
// nothing stored (a first visit) the start page needs neither; they load on
// the first action. Tests and the dev server always load them first.
if (safeStorage.get(WIZARD_STORE_KEY) !== null || !import.meta.env.PROD) await loadStoreDeps();

/** The store itself: for the store's own files only (index.ts does not export it). */
export const wizardStore = create<WizardState>()(
  persist(
    (): WizardState => ({
      cases: {},
      written: {},
      deleted: {},
      notice: null,
      replaced: null,
      listAction: null,
      // Outside a browser (the build's prerender of the start page) there is nothing to warn about.
      storage: typeof window === 'undefined' || safeStorage.available() ? 'ok' : 'blocked',
    }),
    {
      name: WIZARD_STORE_KEY,
      version: WIZARD_STORE_VERSION,
      storage,
      partialize: (s) => ({ cases: s.cases, written: s.written, deleted: s.deleted }),
      // The first read takes what is stored; a read after another tab wrote merges it with this tab's cases.
      merge: (persisted, current) => {
        const notice = pendingNotice;
        pendingNotice = null;
        const data = persisted as WizardData | undefined;
        lastCases = data ? data.cases : current.cases;
        // Stored data was read, so the validator's module (which merges) is loaded.
        const merged = data ? loadedPersisted()!.mergeData(current, data) : undefined;
        return { ...current, ...merged, ...(notice ? { notice } : {}) };
      },
    },
  ),
);

/**
 * Two tabs: when another tab changes the stored cases, read them again so
 * this tab shows the change, merged with what this tab holds and with what
 * the event says the other tab wrote. When this tab holds something the stored
 * copy lacks (a case it started a moment before, or one only the event
 * carries), the merge is written back, so neither tab's work is lost.
 * Each case is compared on its own: the notice names the cases whose answers
 * or ticks moved, and a page says so only when it shows one of them (notes
 * fields decide for themselves whether to ask; see note-field.tsx).
 */
export function onStorageEvent(event: Pick<StorageEvent, 'key' | 'newValue'>): Promise<void> | undefined {
  if (event.key !== WIZARD_STORE_KEY && event.key !== null) return;
  if (event.newValue !== null && event.newValue === lastRaw) return;
  const before = wizardStore.getState().cases;
  return Promise.resolve(wizardStore.persist.rehydrate()).then(async () => {
    await mergeWritten(event.newValue);
    const { cases, notice } = wizardStore.getState();
    // The merge kept something the stored copy lacks: store it (the persist middleware writes on setState).
    if (lastCases !== null && cases !== lastCases) wizardStore.setState({});
    const moved = Object.keys(before).filter((caseId) => {
      const a = before[caseId]!;
      const b = Object.hasOwn(cases, caseId) ? cases[caseId] : undefined;
      return JSON.stringify([a.id, a.answers, a.checks]) !== JSON.stringify([b?.id, b?.answers, b?.checks]);
    });
    if (!moved.length) return;
    if (!notice) wizardStore.setState({ notice: { kind: 'synced', cases: moved } });
    else if (notice.kind === 'synced')
      wizardStore.setState({ notice: { kind: 'synced', cases: [...new Set([...notice.cases, ...moved])] } });
  });
}

/**
 * What the other tab wrote, merged here too: by the time its storage event
 * arrives, storage may already hold a later write made without it (this
 * tab's own, sent before the event reached it), and the other tab may be
 * closed or reloaded by then. The event's value is then the only copy left.
 */
async function mergeWritten(raw: string | null): Promise<void> {
  if (raw === null || raw === lastRaw) return;
  // If the merge's module cannot load (an update replaced the files this tab was served), go on without it, as
  // this tab's other reads of storage then do.
  const persisted = loadedPersisted() ?? (await loadStoreDeps().then(loadedPersisted, () => undefined));
  if (!persisted) return;
  const result = persisted.loadPersisted(raw);
  if (!result.ok) return;
  const current = wizardStore.getState();
  // Returns `current` itself when the event's copy adds nothing to it.
  const merged = persisted.mergeData(result.data, current);
  if (merged !== current)
    wizardStore.setState({ cases: merged.cases, written: merged.written, deleted: merged.deleted });
}

// Unit tests call onStorageEvent directly: every copy of the store their module resets leave behind hears the window.
if (typeof window !== 'undefined') window.addEventListener('storage', (event) => void onStorageEvent(event));

/** A case by id (own keys only: an id from the address is never trusted to be one). */
export function caseById(cases: WizardData['cases'], caseId: string | null | undefined): StoredCase | undefined {
  return caseId && Object.hasOwn(cases, caseId) ? cases[caseId] : undefined;
}

/** Every case, open and closed, by id. */
export const useCases = () => wizardStore((s) => s.cases);
/** One case, if this browser has it. */
export const useCaseById = (caseId: string | null | undefined) => wizardStore((s) => caseById(s.cases, caseId));
/**
 * One thing read from a case (undefined when this browser does not have it), for a part of a page that shows only
 * that: it re-renders when that thing changes, not on every answer. `read` returns a string, number or boolean, or
 * a part of the case as it is stored (never a new object: that would change on every read).
 */
export const useCaseValue = <T>(caseId: string | null | undefined, read: (c: StoredCase) => T): T | undefined =>
  wizardStore((s) => {
    const c = caseById(s.cases, caseId);
    return c && read(c);
  });
export const useStoreNotice = () => wizardStore((s) => s.notice);
/** Whether what is done here is being kept in this browser. */
export const useStorageHealth = () => wizardStore((s) => s.storage);
/** What "start over" set aside, while it can still be brought back. */
export const useReplaced = () => wizardStore((s) => s.replaced);
/** The last close, reopen or delete from the case list, while it can still be undone. */
export const useListAction = () => wizardStore((s) => s.listAction);

/** Pages shown so far in this tab (see notePageView). */
let pageViews = 0;

/**
 * Count a page shown (the root layout calls it on every location change,
 * before the pages' own effects). A notice about how the page got here (a
 * redirect, skipped steps, a case just opened) belongs to the page it was
 * given on or the one it leads to; the next page after that takes it away.
 */
export function notePageView(): void {
  pageViews++;
  const notice = wizardStore.getState().notice;
  if (notice && 'page' in notice && notice.page !== undefined && pageViews > notice.page + 1) {
    wizardStore.setState({ notice: null });
  }
}

export function showNotice(notice: StoreNotice): void {
  // A step that vanished because another tab changed the answers: that is the better explanation.
  const shown = wizardStore.getState().notice;
  if ((notice.kind === 'redirected' || notice.kind === 'skipped') && shown?.kind === 'synced') return;
  const passing = notice.kind === 'redirected' || notice.kind === 'skipped' || notice.kind === 'opened';
  wizardStore.setState({ notice: passing ? { ...notice, page: pageViews } : notice });
}

export function dismissNotice(): void {
  wizardStore.setState({ notice: null });
}

export function dismissUndo(): void {
  wizardStore.setState({ replaced: null });
}

export function dismissListAction(): void {
  wizardStore.setState({ listAction: null });
}

/** For tests: back to the initial state, without touching storage. */
export function resetWizardStore(): void {
  wizardStore.setState(wizardStore.getInitialState(), true);
}

/** For tests and the two-tab feature: re-read storage. */
export function rehydrateWizardStore(): Promise<void> | void {
  return wizardStore.persist.rehydrate();
}

/** Read the current state outside React (exports, tests). */
export function getWizardState(): WizardData & { notice: StoreNotice | null; storage: StorageHealth } {
  const { cases, written, deleted, notice, storage } = wizardStore.getState();
  return { cases, written, deleted, notice, storage };
}
