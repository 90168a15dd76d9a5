/**
 * A session is what the user has said: the way in (entry), an answer per node
 * and the ticked checklist items per step. Everything else (where they are,
 * the path, progress) is derived by `walk`. All functions are pure: they take
 * a session and return a new one, or an error the caller can show.
 */
import type { Flow } from '@/content/schema';

import { choicesOf, indexNodes } from './graph';
import { type Session, walk } from './walk';

export type EngineError =
  | { code: 'unknown-node'; nodeId: string }
  | { code: 'not-on-path'; nodeId: string }
  | { code: 'unknown-choice'; nodeId: string; choiceId: string }
  | { code: 'checklist-incomplete'; nodeId: string; missing: string[] }
  | { code: 'unknown-item'; nodeId: string; itemId: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: EngineError): Result<T> => ({ ok: false, error });

export function defaultEntry(flow: Flow): string {
  return flow.entries[0]!.id;
}

export function startSession(flow: Flow, entryId?: string): Session {
  const entry = flow.entries.some((e) => e.id === entryId) ? entryId! : defaultEntry(flow);
  return { flowId: flow.id, revision: flow.revision, entry, answers: {}, checks: {} };
}

/** Start over on the same way in, forgetting every answer and tick. */
export function restart(flow: Flow, session?: Session): Session {
  return startSession(flow, session?.entry);
}

/** Required checklist items of a step that are not ticked yet. */
export function missingChecks(flow: Flow, session: Session, nodeId: string): string[] {
  const node = indexNodes(flow).get(nodeId);
  if (!node || node.kind !== 'step') return [];
  const ticked = new Set(session.checks[nodeId] ?? []);
  return (node.checklist ?? []).filter((i) => i.required && !ticked.has(i.id)).map((i) => i.id);
}

/**
 * Record a choice on a node of the current path (an earlier node or the
 * current one). Answers already given further on are kept: where they still
 * fit the new path, the walk uses them again.
 */
export function answer(flow: Flow, session: Session, nodeId: string, choiceId: string): Result<Session> {
  const node = indexNodes(flow).get(nodeId);
  if (!node) return fail({ code: 'unknown-node', nodeId });
  if (!walk(flow, session).path.some((p) => p.node.id === nodeId)) {
    return fail({ code: 'not-on-path', nodeId });
  }
  if (!choicesOf(node).some((c) => c.id === choiceId)) {
    return fail({ code: 'unknown-choice', nodeId, choiceId });
  }
  const missing = missingChecks(flow, session, nodeId);
  if (missing.length) return fail({ code: 'checklist-incomplete', nodeId, missing });
  return ok({ ...session, answers: { ...session.answers, [nodeId]: choiceId } });
}

/** Forget the answer to a node (used when a pasted answer is corrected to "unknown"). */
export function clearAnswer(session: Session, nodeId: string): Session {
  if (!(nodeId in session.answers)) return session;
  const answers = { ...session.answers };
  delete answers[nodeId];
  return { ...session, answers };
}

export function setCheck(
  flow: Flow,
  session: Session,
  nodeId: string,
  itemId: string,
  checked: boolean,
): Result<Session> {
  const node = indexNodes(flow).get(nodeId);
  if (!node || node.kind !== 'step') return fail({ code: 'unknown-node', nodeId });
  if (!(node.checklist ?? []).some((i) => i.id === itemId)) {
    return fail({ code: 'unknown-item', nodeId, itemId });
  }
  const current = new Set(session.checks[nodeId] ?? []);
  if (checked) current.add(itemId);
  else current.delete(itemId);
  // Keep the checklist's own order so stored state is stable.
  const ordered = (node.checklist ?? []).map((i) => i.id).filter((id) => current.has(id));
  return ok({ ...session, checks: { ...session.checks, [nodeId]: ordered } });
}

/** Undo the last answer on the path: the previous node becomes current again. */
export function goBack(flow: Flow, session: Session): Session {
  const { path } = walk(flow, session);
  const lastAnswered = [...path].reverse().find((p) => p.choice);
  return lastAnswered ? clearAnswer(session, lastAnswered.node.id) : session;
}

/** The node before `nodeId` on the current path, if any. */
export function previousNodeId(flow: Flow, session: Session, nodeId: string): string | undefined {
  const { path } = walk(flow, session);
  const i = path.findIndex((p) => p.node.id === nodeId);
  return i > 0 ? path[i - 1]!.node.id : undefined;
}
