/**
 * The wizard's one store: what the user answered and ticked, per flow,
 * persisted in localStorage. Actions are one-line delegations to the pure
 * engine plus a timestamped log entry. Components use the hooks at the end,
 * never the store object itself.
 */
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';

import type { Flow } from '@/content/schema';
import * as engine from '@/engine/session';
import type { EngineError } from '@/engine/session';
import { randomId } from '@/lib/random-id';
import { safeStorage } from '@/lib/safe-storage';

import {
  type LoadNotice,
  type LogEntry,
  type StoredSession,
  WIZARD_STORE_KEY,
  WIZARD_STORE_VERSION,
  type WizardData,
  loadPersisted,
} from './persisted';

export type StoreNotice = LoadNotice | { kind: 'redirected'; from: string };

type WizardActions = {
  /** Begin a new session on a flow (replacing any session on it). */
  start: (flow: Flow, entry?: string) => void;
  answer: (flow: Flow, nodeId: string, choiceId: string) => EngineError | undefined;
  answerMany: (flow: Flow, answers: Readonly<Record<string, string>>) => string[];
  setCheck: (flow: Flow, nodeId: string, itemId: string, checked: boolean) => void;
  goBack: (flow: Flow) => void;
  restart: (flow: Flow) => void;
  showNotice: (notice: StoreNotice) => void;
  dismissNotice: () => void;
};

type WizardStore = WizardData & { notice: StoreNotice | null; actions: WizardActions };

let pendingNotice: LoadNotice | null = null;

const storage: PersistStorage<WizardData> = {
  getItem: (name) => {
    const raw = safeStorage.get(name);
    const result = loadPersisted(raw);
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
    safeStorage.set(name, JSON.stringify(value));
  },
  removeItem: (name) => safeStorage.remove(name),
};

function newSession(flow: Flow, now: number, entry?: string): StoredSession {
  const s = engine.startSession(flow, entry);
  return {
    ...s,
    answers: { ...s.answers },
    checks: {},
    id: randomId(),
    startedAt: now,
    updatedAt: now,
    log: [{ at: now, type: 'start', value: s.entry }],
  };
}

/** The stored session for a flow, or a fresh one when there is none or it is for another flow. */
function sessionFor(data: WizardData, flow: Flow, now: number): StoredSession {
  const s = data.sessions[flow.id];
  return s && s.flowId === flow.id ? s : newSession(flow, now);
}

function withSession(
  state: WizardStore,
  flow: Flow,
  next: StoredSession,
): Pick<WizardStore, 'sessions'> {
  return { sessions: { ...state.sessions, [flow.id]: next } };
}

function record(session: StoredSession, changes: engine.Session, entry: Omit<LogEntry, 'at'>, now: number): StoredSession {
  return {
    ...session,
    answers: { ...changes.answers },
    checks: Object.fromEntries(Object.entries(changes.checks).map(([k, v]) => [k, [...v]])),
    updatedAt: now,
    log: [...session.log, { ...entry, at: now }],
  };
}

const useWizardStore = create<WizardStore>()(
  persist(
    (set, get) => ({
      sessions: {},
      notice: null,
      actions: {
        start: (flow, entry) => {
          const now = Date.now();
          set((s) => withSession(s, flow, newSession(flow, now, entry)));
        },
        answer: (flow, nodeId, choiceId) => {
          const now = Date.now();
          const session = sessionFor(get(), flow, now);
          const result = engine.answer(flow, session, nodeId, choiceId);
          if (!result.ok) return result.error;
          set((s) => withSession(s, flow, record(session, result.value, { type: 'answer', node: nodeId, value: choiceId }, now)));
          return undefined;
        },
        answerMany: (flow, answers) => {
          const now = Date.now();
          const session = sessionFor(get(), flow, now);
          const { session: next, accepted } = engine.answerMany(flow, session, answers);
          if (accepted.length) {
            set((s) =>
              withSession(s, flow, record(session, next, { type: 'paste', value: accepted.map((n) => `${n}=${answers[n]}`).join(', ') }, now)),
            );
          }
          return accepted;
        },
        setCheck: (flow, nodeId, itemId, checked) => {
          const now = Date.now();
          const session = sessionFor(get(), flow, now);
          const result = engine.setCheck(flow, session, nodeId, itemId, checked);
          if (!result.ok) return;
          set((s) =>
            withSession(s, flow, record(session, result.value, { type: checked ? 'check' : 'uncheck', node: nodeId, value: itemId }, now)),
          );
        },
        goBack: (flow) => {
          const now = Date.now();
          const session = sessionFor(get(), flow, now);
          set((s) => withSession(s, flow, record(session, engine.goBack(flow, session), { type: 'back' }, now)));
        },
        restart: (flow) => {
          const now = Date.now();
          const old = get().sessions[flow.id];
          set((s) => withSession(s, flow, newSession(flow, now, old?.entry)));
        },
        showNotice: (notice) => set({ notice }),
        dismissNotice: () => set({ notice: null }),
      },
    }),
    {
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
    },
  ),
);

/** The stored session of a flow, if the user has started one. */
export const useStoredSession = (flowId: string) => useWizardStore((s) => s.sessions[flowId]);
export const useWizardActions = () => useWizardStore((s) => s.actions);
export const useStoreNotice = () => useWizardStore((s) => s.notice);

/** For tests: back to the initial state, without touching storage. */
export function resetWizardStore(): void {
  useWizardStore.setState(useWizardStore.getInitialState(), true);
}

/** For tests and the two-tab feature: re-read storage. */
export function rehydrateWizardStore(): Promise<void> | void {
  return useWizardStore.persist.rehydrate();
}

/** The actions outside React (tests, exports). */
export function getWizardActionsForTests(): WizardActions {
  return useWizardStore.getState().actions;
}

/** Read the current state outside React (exports, tests). */
export function getWizardState(): WizardData & { notice: StoreNotice | null } {
  const { sessions, notice } = useWizardStore.getState();
  return { sessions, notice };
}
