/**
 * The wizard store's actions: what the user answers, ticks and notes, as
 * one-line delegations to the pure engine plus a timestamped log entry,
 * written against the latest stored sessions (store-core.ts holds the state
 * and its storage). This file loads with the wizard's pages, not with the
 * start page. It also re-exports store-core, so pages import one module.
 */
import type { Flow } from '@/content/schema';
import * as engine from '@/engine/session';
import type { EngineError } from '@/engine/session';
import { walk } from '@/engine/walk';
import { randomId } from '@/lib/random-id';

import type { LogEntry, StoredSession, WizardData } from './persisted';
import { NOTE_MAX } from './persisted-meta';
import {
  type Replaced,
  type RestoreSource,
  type StoreNotice,
  dismissNotice,
  dismissUndo,
  latest,
  showNotice,
  withSession,
  wizardStore,
} from './store-core';
import { withStats } from './store-deps';

export * from './store-core';

export type WizardActions = {
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
  withStats((s) => {
    const w = walk(flow, old);
    if (!w.finished) s.recordAbandoned(flow.id, old.id, w.current.id, now);
  });
}

function clampNote(text: string): string {
  return text.length > NOTE_MAX ? text.slice(0, NOTE_MAX) : text;
}

function record(
  session: StoredSession,
  changes: engine.Session,
  entry: Omit<LogEntry, 'at'>,
  now: number,
): StoredSession {
  return {
    ...session,
    answers: { ...changes.answers },
    checks: Object.fromEntries(Object.entries(changes.checks).map(([k, v]) => [k, [...v]])),
    updatedAt: now,
    log: [...session.log, { ...entry, at: now }],
  };
}

/** Read-modify-write against the latest stored sessions. */
const update = (flow: Flow, change: (session: StoredSession, now: number) => StoredSession | undefined) => {
  const now = Date.now();
  const data = latest(wizardStore.getState());
  const session = sessionFor(data, flow, now);
  const next = change(session, now);
  if (!next) return undefined;
  wizardStore.setState(withSession(data, flow.id, next));
  return next;
};
const countOutcomes = (flow: Flow, session: StoredSession, now: number) =>
  withStats((s) => s.recordOutcomes(flow.id, session.id, outcomesOn(flow, session), now));
/** Replace a flow's session, keeping the old one for undo and counting it as abandoned. */
const replace = (flow: Flow, next: StoredSession, now: number, source: Replaced['source']) => {
  const data = latest(wizardStore.getState());
  const old = data.sessions[flow.id];
  noteAbandoned(flow, old, now);
  const touched =
    old &&
    (Object.keys(old.answers).length > 0 ||
      Object.keys(old.checks).length > 0 ||
      Object.keys(old.notes).length > 0 ||
      old.sessionNote);
  wizardStore.setState({
    ...withSession(data, flow.id, next),
    replaced:
      old && touched
        ? { flowId: flow.id, previous: old, replacedBy: next.id, logLength: next.log.length, at: now, source }
        : null,
  });
};
export const actions: WizardActions = {
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
      return record(
        session,
        result.session,
        { type: 'paste', value: accepted.map((n) => `${n}=${answers[n]}`).join(', ') },
        now,
      );
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
    const old = latest(wizardStore.getState()).sessions[flow.id];
    replace(
      flow,
      {
        ...newSession(flow, now, old?.entry),
        log: [{ at: now, type: 'restart', value: old?.entry ?? flow.entries[0]!.id }],
      },
      now,
      'start',
    );
  },
  setNote: (flow, nodeId, text) => {
    update(flow, (session, now) => {
      const clamped = clampNote(text);
      if (nodeId === null) {
        if ((session.sessionNote?.text ?? '') === clamped) return undefined;
        const { sessionNote: _old, ...rest } = session;
        return clamped
          ? { ...rest, sessionNote: { text: clamped, at: now }, updatedAt: now }
          : { ...rest, updatedAt: now };
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
      wizardStore.setState({ ...withSession(latest(wizardStore.getState()), flow.id, session), replaced: null });
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
    const replaced = wizardStore.getState().replaced;
    if (!replaced || replaced.flowId !== flow.id) return false;
    actions.restore(flow, replaced.previous, 'undo');
    return true;
  },
  dismissUndo,
  showNotice,
  dismissNotice,
};

/** The actions (a stable object; a hook for components, kept for symmetry with the state hooks). */
export const useWizardActions = (): WizardActions => actions;

/** The actions outside React (tests, exports). */
export function getWizardActionsForTests(): WizardActions {
  return actions;
}
