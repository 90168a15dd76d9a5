/**
 * The wizard's one store, the part the start page needs: the stored sessions
 * (per flow, persisted in localStorage and validated on the way in), the
 * notice about how they loaded, and what "start over" set aside. The actions
 * that change sessions through the engine live in wizard-store.ts, which
 * loads with the wizard's pages; the start page loads only this file.
 * Components use the hooks, never the store object itself.
 */
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';

import { safeStorage } from '@/lib/safe-storage';

import type { LoadNotice, StoredSession, WizardData } from './persisted';
import { WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './persisted-meta';
import { loadStoreDeps, loadedPersisted } from './store-deps';

export type StoreNotice =
  | LoadNotice
  | { kind: 'redirected'; from: string }
  /** Another tab changed answers or ticks of a session shown here. */
  | { kind: 'synced' };

/** How a whole session arrived: undoing "start over", a JSON file or a share link. */
export type RestoreSource = 'undo' | 'import' | 'share';

/** The session that "start over" (or a replacement) set aside, for undo. */
export type Replaced = {
  flowId: string;
  previous: StoredSession;
  /** The session that took its place, and its history length then (undo ends once it changes). */
  replacedBy: string;
  logLength: number;
  at: number;
  source: 'start' | 'import' | 'share';
};

export type WizardState = WizardData & { notice: StoreNotice | null; replaced: Replaced | null };

let pendingNotice: LoadNotice | null = null;
/** The stored text this tab last wrote or read, to skip re-reading unchanged storage. */
let lastRaw: string | null = null;
/** True when the last write failed (quota, private mode): storage is then behind memory. */
let writeFailed = false;

const storage: PersistStorage<WizardData> = {
  getItem: (name) => {
    const raw = safeStorage.get(name);
    lastRaw = raw;
    if (raw === null) return null;
    const persisted = loadedPersisted();
    // Only a tab that started with nothing stored gets here without the validator.
    if (!persisted) return loadStoreDeps().then(() => storage.getItem(name));
    const result = persisted.loadPersisted(raw);
    if (!result.ok) {
      // Keep the unreadable data aside so nothing is silently destroyed.
      if (raw !== null) safeStorage.set(`${name}:unreadable`, raw);
      pendingNotice = result.notice;
      return null;
    }
    if (result.notice) {
      // Partly readable: keep the original aside, store what was kept, say so once.
      if (raw !== null) safeStorage.set(`${name}:unreadable`, raw);
      safeStorage.set(name, JSON.stringify({ state: result.data, version: WIZARD_STORE_VERSION }));
      pendingNotice = result.notice;
    }
    return { state: result.data, version: WIZARD_STORE_VERSION };
  },
  setItem: (name, value) => {
    const raw = JSON.stringify(value);
    writeFailed = !safeStorage.set(name, raw);
    if (!writeFailed) lastRaw = raw;
  },
  removeItem: (name) => safeStorage.remove(name),
};

/**
 * The sessions as they are now in storage, so an action never works on a
 * stale copy when another tab has changed them since this tab last looked.
 * Falls back to memory when storage is unavailable, unreadable or behind.
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
  return result.ok ? { sessions: result.data.sessions } : memory;
}

export function withSession(data: WizardData, flowId: string, next: StoredSession): Pick<WizardState, 'sessions'> {
  return { sessions: { ...data.sessions, [flowId]: next } };
}

// With something stored, load the validator before the store reads it, so the
// first render already shows the stored sessions (and any notice). With
// nothing stored (a first visit) the start page needs neither; they load on
// the first action. Tests and the dev server always load them first.
if (safeStorage.get(WIZARD_STORE_KEY) !== null || !import.meta.env.PROD) await loadStoreDeps();

/** The store itself: for wizard-store.ts (the actions) only. */
export const wizardStore = create<WizardState>()(
  persist((): WizardState => ({ sessions: {}, notice: null, replaced: null }), {
    name: WIZARD_STORE_KEY,
    version: WIZARD_STORE_VERSION,
    storage,
    partialize: (s) => ({ sessions: s.sessions }),
    merge: (persisted, current) => {
      const notice = pendingNotice;
      pendingNotice = null;
      const data = persisted as WizardData | undefined;
      return { ...current, ...(data ? { sessions: data.sessions } : {}), ...(notice ? { notice } : {}) };
    },
  }),
);

/**
 * Two tabs: when another tab changes the stored sessions, read them again so
 * this tab shows the change (notes fields decide for themselves whether to
 * ask; see note-field.tsx).
 */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== WIZARD_STORE_KEY && event.key !== null) return;
    if (event.newValue !== null && event.newValue === lastRaw) return;
    const before = wizardStore.getState().sessions;
    void Promise.resolve(wizardStore.persist.rehydrate()).then(() => {
      const { sessions, notice } = wizardStore.getState();
      const moved = Object.keys({ ...before, ...sessions }).some((flowId) => {
        const a = before[flowId];
        const b = sessions[flowId];
        return JSON.stringify([a?.id, a?.answers, a?.checks]) !== JSON.stringify([b?.id, b?.answers, b?.checks]);
      });
      if (moved && !notice) wizardStore.setState({ notice: { kind: 'synced' } });
    });
  });
}

/** The stored session of a flow, if the user has started one. */
export const useStoredSession = (flowId: string) => wizardStore((s) => s.sessions[flowId]);
export const useStoreNotice = () => wizardStore((s) => s.notice);
/** The session "start over" set aside, while it can still be brought back. */
export const useReplaced = () => wizardStore((s) => s.replaced);

export function showNotice(notice: StoreNotice): void {
  // A step that vanished because another tab changed the answers: that is the better explanation.
  if (notice.kind === 'redirected' && wizardStore.getState().notice?.kind === 'synced') return;
  wizardStore.setState({ notice });
}

export function dismissNotice(): void {
  wizardStore.setState({ notice: null });
}

export function dismissUndo(): void {
  wizardStore.setState({ replaced: null });
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
export function getWizardState(): WizardData & { notice: StoreNotice | null } {
  const { sessions, notice } = wizardStore.getState();
  return { sessions, notice };
}
