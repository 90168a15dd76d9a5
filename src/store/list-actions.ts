/**
 * What is done to whole cases rather than inside one: open a session from a
 * hand-over file or a share link as a new case, rename, close (archive),
 * reopen, delete, and undo the last close, reopen or delete. Used by the
 * start page's list of cases, the closed-case banner and the import and
 * share pages, so it loads with them, not on every step.
 */
import type { Flow } from '@/content/schema';
import { randomId } from '@/lib/random-id';

import type { EarlierPart, StoredCase, StoredSession } from './stored-schema';
import { freshCaseId, recordStats, state } from './actions';
import { withStats } from './load-on-demand';
import { type RestoreSource, caseById, dismissListAction, latest, withCase, withCases, wizardStore } from './state';

/** Longest case name kept. */
export const NAME_MAX = 120;

export const caseActions = {
  /**
   * Removes every case `which` selects, with no statistics (removing a case is
   * not abandoning it): the classroom's reset between two classes. Its undo
   * puts back each removed case whose place no new case has taken.
   */
  removeWhere: (which: (c: StoredCase) => boolean): { count: number; undo: () => void } => {
    const current = wizardStore.getState();
    const data = latest(current);
    const removed = Object.entries(data.cases).filter(([, c]) => which(c));
    if (removed.length) {
      const gone = new Set(removed.map(([caseId]) => caseId));
      wizardStore.setState({
        ...withCases(data, Object.fromEntries(removed.map(([caseId]) => [caseId, undefined]))),
        replaced: current.replaced && gone.has(current.replaced.caseId) ? null : current.replaced,
        listAction: current.listAction && gone.has(current.listAction.caseId) ? null : current.listAction,
      });
    }
    return {
      count: removed.length,
      undo: () => {
        const now = latest(wizardStore.getState());
        const back = removed.filter(([caseId]) => !Object.hasOwn(now.cases, caseId));
        if (back.length) wizardStore.setState(withCases(now, Object.fromEntries(back)));
      },
    };
  },
  /**
   * A whole session from a hand-over file or a share link, as a new case; returns its id. Never over another case.
   * Its log is the session's, then an entry for where it came from; `value` is that entry's (a shared case handed
   * over from another guide: the answers the link gave as this guide's own, "question=option, …", so that only the
   * others read as carried from the guide before: carriedQuestions, features/wizard/provenance.ts).
   */
  importCase: (
    flow: Flow,
    session: StoredSession & { name?: string; earlier?: EarlierPart[] },
    source: RestoreSource,
    value?: string,
    /** An open case that holds the same, with less of its record: the imported one takes its place (and its run). */
    into?: string,
  ): string => {
    const now = Date.now();
    const data = state();
    const over = into === undefined ? undefined : data.cases[into];
    const caseId = over ? into! : freshCaseId(data);
    const name = session.name?.trim().slice(0, NAME_MAX);
    const imported: StoredCase = {
      id: over?.id ?? randomId(),
      flowId: flow.id,
      revision: session.revision,
      entry: session.entry,
      answers: { ...session.answers },
      checks: session.checks,
      startedAt: session.startedAt,
      updatedAt: now,
      log: [...session.log, { at: now, type: source, ...(value ? { value } : {}) }],
      notes: session.notes,
      ...(session.sessionNote ? { sessionNote: session.sessionNote } : {}),
      ...(name ? { name } : {}),
      ...(session.earlier?.length ? { earlier: session.earlier } : {}),
    };
    wizardStore.setState(withCase(data, caseId, imported));
    recordStats('outcomes', flow, imported, now, true);
    return caseId;
  },
  /** Name a case; an empty name goes back to naming it from its case note. */
  rename: (caseId: string, name: string): void => {
    const data = state();
    const c = caseById(data.cases, caseId);
    if (!c) return;
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
    if ((c.name ?? '') === clean) return;
    const { name: _old, ...rest } = c;
    wizardStore.setState(withCase(data, caseId, { ...rest, ...(clean ? { name: clean } : {}), updatedAt: Date.now() }));
  },
  /** Close (archive) a case: kept, listed apart, can be reopened. An unfinished one counts as abandoned where it stood. */
  close: (flow: Flow | undefined, caseId: string): void => {
    const now = Date.now();
    const data = state();
    const c = caseById(data.cases, caseId);
    if (!c || c.closedAt !== undefined) return;
    recordStats('abandoned', flow, c, now);
    wizardStore.setState({
      ...withCase(data, caseId, { ...c, closedAt: now }),
      listAction: { caseId, action: 'close', previous: c, at: now },
    });
  },
  reopen: (caseId: string): void => {
    const now = Date.now();
    const data = state();
    const c = caseById(data.cases, caseId);
    if (!c || c.closedAt === undefined) return;
    withStats((s) => s.forgetAbandoned(c.id));
    const { closedAt: _closed, ...open } = c;
    wizardStore.setState({
      ...withCase(data, caseId, { ...open, updatedAt: now }),
      listAction: { caseId, action: 'reopen', previous: c, at: now },
    });
  },
  /** Delete a case (undo brings it back while the message shows). */
  remove: (flow: Flow | undefined, caseId: string): void => {
    const now = Date.now();
    const data = state();
    const c = caseById(data.cases, caseId);
    if (!c) return;
    // A closed case was counted when it was closed.
    if (c.closedAt === undefined) recordStats('abandoned', flow, c, now);
    const replaced = wizardStore.getState().replaced;
    wizardStore.setState({
      ...withCase(data, caseId, undefined),
      listAction: { caseId, action: 'delete', previous: c, at: now },
      replaced: replaced?.caseId === caseId ? null : replaced,
    });
  },
  /** Undo the last close, reopen or delete (`flow`: the case's, for the statistics). */
  undoListAction: (flow: Flow | undefined): boolean => {
    const last = wizardStore.getState().listAction;
    if (!last) return false;
    const data = state();
    const c = caseById(data.cases, last.caseId);
    let next: StoredCase | undefined;
    if (last.action === 'delete') next = c ?? last.previous;
    else if (last.action === 'close' && c) {
      const { closedAt: _closed, ...open } = c;
      next = open;
    } else if (last.action === 'reopen' && c) next = { ...c, closedAt: last.previous.closedAt ?? Date.now() };
    if (!next) return false;
    if (last.action !== 'reopen') withStats((s) => s.forgetAbandoned(last.previous.id));
    else recordStats('abandoned', flow, next, Date.now());
    wizardStore.setState({ ...withCase(data, last.caseId, next), listAction: null });
    return true;
  },
  dismissListAction,
};
