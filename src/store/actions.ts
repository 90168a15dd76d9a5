/**
 * The wizard store's actions: what the user answers, ticks and notes in a
 * case, as one-line delegations to the pure engine plus a timestamped log
 * entry, and starting a case or starting it over (with undo). What the case
 * list does to whole cases (rename, close, delete, import) is in
 * list-actions.ts, loaded only where it is used. Every action names its case and is written
 * against the latest stored cases, so it never touches another case, nor
 * what another tab did meanwhile (state.ts holds the state and its
 * storage). This file loads with the wizard's pages, not with the start
 * page. Other parts import it through the store's entry (index.ts).
 */
import type { Flow } from '@/content/schema';
import * as engine from '@/engine/session';
import type { EngineError } from '@/engine/session';
import { pathLevels } from '@/engine/verdict';
import { type Session, walk } from '@/engine/walk';
import { randomId } from '@/lib/random-id';
import { hasContent } from './case-content';

import type { LogEntry, StoredCase, StoredSession, WizardData } from './stored-schema';
import { NOTE_MAX } from './stored-format';
import {
  type StoreNotice,
  caseById,
  dismissNotice,
  dismissUndo,
  latest,
  showNotice,
  withCase,
  withCases,
  wizardStore,
} from './state';
import { withStats } from './load-on-demand';

/** Where a new case starts: a way in (entry) and, optionally, answers already given along it. */
export type CaseStart = { entry?: string; answers?: Readonly<Record<string, string>>; at?: string };

export type WizardActions = {
  /** Open a new case on a flow; returns its id. Never touches another case. */
  startCase: (flow: Flow, start?: CaseStart) => string;
  answer: (flow: Flow, caseId: string, nodeId: string, choiceId: string) => EngineError | undefined;
  setCheck: (flow: Flow, caseId: string, nodeId: string, itemId: string, checked: boolean) => void;
  goBack: (flow: Flow, caseId: string) => void;
  /** Start this case over: answers, ticks and step notes go (undo stays); its name and case note stay. */
  restart: (flow: Flow, caseId: string) => void;
  /** Save a note as it is typed: on a node, or on the whole case when nodeId is null. */
  setNote: (flow: Flow, caseId: string, nodeId: string | null, text: string) => void;
  /** Bring back what "start over" replaced, if nothing was done in the case since. */
  undoRestart: (flow: Flow, caseId: string) => boolean;
  dismissUndo: () => void;
  /** The case's user has seen what changed in the guide: its revision becomes the guide's current one. */
  acknowledgeRevision: (flow: Flow, caseId: string) => void;
  showNotice: (notice: StoreNotice) => void;
  dismissNotice: () => void;
};

function newCase(flow: Flow, now: number, start: CaseStart = {}): StoredCase {
  const s = engine.startSession(flow, start.entry);
  return {
    ...s,
    answers: { ...start.answers },
    checks: {},
    id: randomId(),
    startedAt: now,
    updatedAt: now,
    log: [{ at: now, type: 'start', value: s.entry, ...(start.at ? { node: start.at } : {}) }],
    notes: {},
  };
}

/** A case id nobody has yet (random; checked against the cases here, which is all that matters). */
export function freshCaseId(data: WizardData): string {
  for (;;) {
    const id = randomId(6);
    if (!caseById(data.cases, id)) return id;
  }
}

/** Outcomes on the case's path, for the local statistics. */
function outcomesOn(flow: Flow, session: StoredSession): string[] {
  return walk(flow, session)
    .path.filter((p) => p.node.kind === 'outcome')
    .map((p) => p.node.id);
}

/**
 * The one place statistics are recorded from: a run that reached outcomes,
 * or one set aside (started over, closed, deleted) before it reached any
 * result. A run that reached one (a diagnosis being fixed, say) and is then
 * set aside is not abandoned; nor is one that went back from a result it had
 * reached (outcome-stats.ts knows it reached one).
 */
export function recordStats(
  kind: 'outcomes' | 'abandoned',
  flow: Flow | undefined,
  run: StoredSession | undefined,
  now: number,
  /** The outcomes came with the case (a hand-over file, a share link): marked, not counted (outcome-stats.ts). */
  elsewhere = false,
): void {
  if (!flow || !run || run.flowId !== flow.id) return;
  if (kind === 'outcomes') {
    withStats((s) =>
      s.recordOutcomes(flow.id, run.id, outcomesOn(flow, run), now, pathLevels(flow, walk(flow, run)), elsewhere),
    );
    return;
  }
  if (!hasContent(run, 'walk')) return;
  withStats((s) => {
    const w = walk(flow, run);
    if (!w.finished && !w.outcome) s.recordAbandoned(flow.id, run.id, w.current.id, now);
  });
}

function clampNote(text: string): string {
  return text.length > NOTE_MAX ? text.slice(0, NOTE_MAX) : text;
}

export function record(session: StoredCase, changes: Session, entry: Omit<LogEntry, 'at'>, now: number): StoredCase {
  return {
    ...session,
    answers: { ...changes.answers },
    checks: Object.fromEntries(Object.entries(changes.checks).map(([k, v]) => [k, [...v]])),
    updatedAt: now,
    log: [...session.log, { ...entry, at: now }],
  };
}

/** The cases as stored now (another tab may have changed them). */
export const state = () => latest(wizardStore.getState());

/** Cases opened and never touched hold nothing and are not listed; after a day they are dropped for good. */
const EMPTY_CASE_KEPT_MS = 24 * 60 * 60 * 1000;

function withoutOldEmptyCases(data: WizardData, now: number): WizardData {
  const stale = Object.entries(data.cases).filter(
    ([, c]) => c.closedAt === undefined && !hasContent(c, 'all') && now - c.updatedAt > EMPTY_CASE_KEPT_MS,
  );
  if (!stale.length) return data;
  return withCases(data, Object.fromEntries(stale.map(([id]) => [id, undefined])));
}

/**
 * Read-modify-write of one case against the latest stored cases. A case that
 * is not there (deleted in another tab while this one still shows it) is
 * started afresh under the same id, so what the user just did is kept.
 */
export const update = (flow: Flow, caseId: string, change: (c: StoredCase, now: number) => StoredCase | undefined) => {
  const now = Date.now();
  const data = state();
  const found = caseById(data.cases, caseId);
  const current = found && found.flowId === flow.id ? found : newCase(flow, now);
  const next = change(current, now);
  if (!next) return undefined;
  wizardStore.setState(withCase(data, caseId, next));
  return next;
};

export const actions: WizardActions = {
  startCase: (flow, start) => {
    const now = Date.now();
    const data = withoutOldEmptyCases(state(), now);
    const caseId = freshCaseId(data);
    wizardStore.setState(withCase(data, caseId, newCase(flow, now, start)));
    return caseId;
  },
  answer: (flow, caseId, nodeId, choiceId) => {
    let error: EngineError | undefined;
    const next = update(flow, caseId, (c, now) => {
      const result = engine.answer(flow, c, nodeId, choiceId);
      if (!result.ok) {
        error = result.error;
        return undefined;
      }
      return record(c, result.value, { type: 'answer', node: nodeId, value: choiceId }, now);
    });
    if (next) recordStats('outcomes', flow, next, next.updatedAt);
    return error;
  },
  setCheck: (flow, caseId, nodeId, itemId, checked) => {
    update(flow, caseId, (c, now) => {
      const result = engine.setCheck(flow, c, nodeId, itemId, checked);
      if (!result.ok) return undefined;
      return record(c, result.value, { type: checked ? 'check' : 'uncheck', node: nodeId, value: itemId }, now);
    });
  },
  goBack: (flow, caseId) => {
    update(flow, caseId, (c, now) => record(c, engine.goBack(flow, c), { type: 'back' }, now));
  },
  restart: (flow, caseId) => {
    const now = Date.now();
    const data = state();
    const old = caseById(data.cases, caseId);
    const fresh = newCase(flow, now, { entry: old?.entry });
    const next: StoredCase = {
      ...fresh,
      log: [{ at: now, type: 'restart', value: fresh.entry }],
      ...(old?.name ? { name: old.name } : {}),
      ...(old?.sessionNote ? { sessionNote: old.sessionNote } : {}),
    };
    recordStats('abandoned', flow, old, now);
    const touched = hasContent(old, 'steps');
    wizardStore.setState({
      ...withCase(data, caseId, next),
      replaced:
        old && touched ? { caseId, previous: old, replacedBy: next.id, logLength: next.log.length, at: now } : null,
    });
  },
  acknowledgeRevision: (flow, caseId) => {
    update(flow, caseId, (c) => (c.revision === flow.revision ? undefined : { ...c, revision: flow.revision }));
  },
  setNote: (flow, caseId, nodeId, text) => {
    update(flow, caseId, (c, now) => {
      const clamped = clampNote(text);
      if (nodeId === null) {
        if ((c.sessionNote?.text ?? '') === clamped) return undefined;
        const { sessionNote: _old, ...rest } = c;
        return clamped
          ? { ...rest, sessionNote: { text: clamped, at: now }, updatedAt: now }
          : { ...rest, updatedAt: now };
      }
      if ((c.notes[nodeId]?.text ?? '') === clamped) return undefined;
      const notes = { ...c.notes };
      if (clamped) notes[nodeId] = { text: clamped, at: now };
      else delete notes[nodeId];
      return { ...c, notes, updatedAt: now };
    });
  },
  undoRestart: (flow, caseId) => {
    const replaced = wizardStore.getState().replaced;
    if (!replaced || replaced.caseId !== caseId) return false;
    const data = state();
    const now = caseById(data.cases, caseId);
    // Something was done in the case since: undoing would throw that away.
    if (now && (now.id !== replaced.replacedBy || now.log.length !== replaced.logLength)) return false;
    withStats((s) => s.forgetAbandoned(replaced.previous.id));
    wizardStore.setState({ ...withCase(data, caseId, { ...replaced.previous, flowId: flow.id }), replaced: null });
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
