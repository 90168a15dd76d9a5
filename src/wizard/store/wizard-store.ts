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
import { walk } from '@/engine/walk';
import { randomId } from '@/lib/random-id';
import { safeStorage } from '@/lib/safe-storage';

import type { LoadNotice, LogEntry, StoredSession, WizardData } from './persisted';
import { NOTE_MAX, WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './persisted-meta';
import { loadStoreDeps, loadedPersisted, withStats } from './store-deps';

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

type WizardActions = {
  /** Begin a new session on a flow (replacing any session on it). */
  start: (flow: Flow, entry?: string) => void;
  answer: (flow: Flow, nodeId: string, choiceId: string) => EngineError | undefined;
  answerMany: (flow: Flow, answers: Readonly<Record<string, string>>) => string[];
  setCheck: (flow: Flow, nodeId: string, itemId: string, checked: boolean) => void;
  goBack: (flow: Flow) => void;
  restart: (flow: Flow) => void;
  /** Save a note as it is typed: on a node, or on the whole session when nodeId is null. */
  setNote: (flow: Flow, nodeId: string | null, text: string) => void;
  /** Put a whole session in place (undo, import, share link). */
  restore: (flow: Flow, session: StoredSession, source: RestoreSource) => void;
  /** Bring back the session that "start over" replaced, if it is still the latest change. */
  undoReplace: (flow: Flow) => boolean;
  dismissUndo: () => void;
  showNotice: (notice: StoreNotice) => void;
  dismissNotice: () => void;
};

type WizardStore = WizardData & { notice: StoreNotice | null; replaced: Replaced | null; actions: WizardActions };

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
    notes: {},
  };
}

/** The stored session for a flow, or a fresh one when there is none or it is for another flow. */
function sessionFor(data: WizardData, flow: Flow, now: number): StoredSession {
  const s = data.sessions[flow.id];
  return s && s.flowId === flow.id ? s : newSession(flow, now);
}

/**
 * The sessions as they are now in storage, so an action never works on a
 * stale copy when another tab has changed them since this tab last looked.
 * Falls back to memory when storage is unavailable, unreadable or behind.
 */
function latest(memory: WizardData): WizardData {
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

function withSession(data: WizardData, flow: Flow, next: StoredSession): Pick<WizardStore, 'sessions'> {
  return { sessions: { ...data.sessions, [flow.id]: next } };
}

/** Outcomes on the session's path, for the local statistics. */
function outcomesOn(flow: Flow, session: StoredSession): string[] {
  return walk(flow, session)
    .path.filter((p) => p.node.kind === 'outcome')
    .map((p) => p.node.id);
}

/** A session set aside before it reached an end counts as abandoned where it stood. */
function noteAbandoned(flow: Flow, old: StoredSession | undefined, now: number): void {
  if (!old || old.flowId !== flow.id) return;
  const touched = Object.keys(old.answers).length > 0 || Object.keys(old.checks).length > 0;
  if (!touched) return;
  const w = walk(flow, old);
  if (!w.finished) withStats((s) => s.recordAbandoned(flow.id, old.id, w.current.id, now));
}

function clampNote(text: string): string {
  return text.length > NOTE_MAX ? text.slice(0, NOTE_MAX) : text;
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

// With something stored, load the validator before the store reads it, so the
// first render already shows the stored sessions (and any notice). With
// nothing stored (a first visit) the start page needs neither; they load on
// the first action. Tests and the dev server always load them first.
if (safeStorage.get(WIZARD_STORE_KEY) !== null || !import.meta.env.PROD) await loadStoreDeps();

const useWizardStore = create<WizardStore>()(
  persist(
    (set, get) => {
      /** Read-modify-write against the latest stored sessions. */
      const update = (flow: Flow, change: (session: StoredSession, now: number) => StoredSession | undefined) => {
        const now = Date.now();
        const data = latest(get());
        const session = sessionFor(data, flow, now);
        const next = change(session, now);
        if (!next) return undefined;
        set(withSession(data, flow, next));
        return next;
      };
      const countOutcomes = (flow: Flow, session: StoredSession, now: number) =>
        withStats((s) => s.recordOutcomes(flow.id, session.id, outcomesOn(flow, session), now));
      /** Replace a flow's session, keeping the old one for undo and counting it as abandoned. */
      const replace = (flow: Flow, next: StoredSession, now: number, source: Replaced['source']) => {
        const data = latest(get());
        const old = data.sessions[flow.id];
        noteAbandoned(flow, old, now);
        const touched = old && (Object.keys(old.answers).length > 0 || Object.keys(old.checks).length > 0 || Object.keys(old.notes).length > 0 || old.sessionNote);
        set({
          ...withSession(data, flow, next),
          replaced: old && touched ? { flowId: flow.id, previous: old, replacedBy: next.id, logLength: next.log.length, at: now, source } : null,
        });
      };
      return {
        sessions: {},
        notice: null,
        replaced: null,
        actions: {
          start: (flow, entry) => {
            const now = Date.now();
            replace(flow, newSession(flow, now, entry), now, 'start');
          },
          answer: (flow, nodeId, choiceId) => {
            let error: EngineError | undefined;
            const next = update(flow, (session, now) => {
              const result = engine.answer(flow, session, nodeId, choiceId);
              if (!result.ok) {
                error = result.error;
                return undefined;
              }
              return record(session, result.value, { type: 'answer', node: nodeId, value: choiceId }, now);
            });
            if (next) countOutcomes(flow, next, next.updatedAt);
            return error;
          },
          answerMany: (flow, answers) => {
            let accepted: string[] = [];
            const next = update(flow, (session, now) => {
              const result = engine.answerMany(flow, session, answers);
              accepted = result.accepted;
              if (!accepted.length) return undefined;
              return record(session, result.session, { type: 'paste', value: accepted.map((n) => `${n}=${answers[n]}`).join(', ') }, now);
            });
            if (next) countOutcomes(flow, next, next.updatedAt);
            return accepted;
          },
          setCheck: (flow, nodeId, itemId, checked) => {
            update(flow, (session, now) => {
              const result = engine.setCheck(flow, session, nodeId, itemId, checked);
              if (!result.ok) return undefined;
              return record(session, result.value, { type: checked ? 'check' : 'uncheck', node: nodeId, value: itemId }, now);
            });
          },
          goBack: (flow) => {
            update(flow, (session, now) => record(session, engine.goBack(flow, session), { type: 'back' }, now));
          },
          restart: (flow) => {
            const now = Date.now();
            const old = latest(get()).sessions[flow.id];
            replace(flow, { ...newSession(flow, now, old?.entry), log: [{ at: now, type: 'restart', value: old?.entry ?? flow.entries[0]!.id }] }, now, 'start');
          },
          setNote: (flow, nodeId, text) => {
            update(flow, (session, now) => {
              const clamped = clampNote(text);
              if (nodeId === null) {
                if ((session.sessionNote?.text ?? '') === clamped) return undefined;
                const { sessionNote: _old, ...rest } = session;
                return clamped ? { ...rest, sessionNote: { text: clamped, at: now }, updatedAt: now } : { ...rest, updatedAt: now };
              }
              if ((session.notes[nodeId]?.text ?? '') === clamped) return undefined;
              const notes = { ...session.notes };
              if (clamped) notes[nodeId] = { text: clamped, at: now };
              else delete notes[nodeId];
              return { ...session, notes, updatedAt: now };
            });
          },
          restore: (flow, session, source) => {
            const now = Date.now();
            if (source === 'undo') {
              withStats((s) => s.forgetAbandoned(session.id));
              set({ ...withSession(latest(get()), flow, session), replaced: null });
              return;
            }
            const restored: StoredSession = {
              ...session,
              flowId: flow.id,
              id: randomId(),
              updatedAt: now,
              log: [...session.log, { at: now, type: source }],
            };
            replace(flow, restored, now, source);
            countOutcomes(flow, restored, now);
          },
          undoReplace: (flow) => {
            const replaced = get().replaced;
            if (!replaced || replaced.flowId !== flow.id) return false;
            get().actions.restore(flow, replaced.previous, 'undo');
            return true;
          },
          dismissUndo: () => set({ replaced: null }),
          showNotice: (notice) => {
            // A step that vanished because another tab changed the answers: that is the better explanation.
            if (notice.kind === 'redirected' && get().notice?.kind === 'synced') return;
            set({ notice });
          },
          dismissNotice: () => set({ notice: null }),
        },
      };
    },
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

/**
 * Two tabs: when another tab changes the stored sessions, read them again so
 * this tab shows the change (notes fields decide for themselves whether to
 * ask; see note-field.tsx).
 */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== WIZARD_STORE_KEY && event.key !== null) return;
    if (event.newValue !== null && event.newValue === lastRaw) return;
    const before = useWizardStore.getState().sessions;
    void Promise.resolve(useWizardStore.persist.rehydrate()).then(() => {
      const { sessions, notice } = useWizardStore.getState();
      const moved = Object.keys({ ...before, ...sessions }).some((flowId) => {
        const a = before[flowId];
        const b = sessions[flowId];
        return JSON.stringify([a?.id, a?.answers, a?.checks]) !== JSON.stringify([b?.id, b?.answers, b?.checks]);
      });
      if (moved && !notice) useWizardStore.setState({ notice: { kind: 'synced' } });
    });
  });
}

/** The stored session of a flow, if the user has started one. */
export const useStoredSession = (flowId: string) => useWizardStore((s) => s.sessions[flowId]);
export const useWizardActions = () => useWizardStore((s) => s.actions);
export const useStoreNotice = () => useWizardStore((s) => s.notice);
/** The session "start over" set aside, while it can still be brought back. */
export const useReplaced = () => useWizardStore((s) => s.replaced);

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
