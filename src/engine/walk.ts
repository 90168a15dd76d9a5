/**
 * Derive where a session stands: follow the recorded answers from the entry's
 * start node until a node has no (valid) answer or ends the flow.
 */
import type { Flow, FlowNode, OutcomeNode } from '@/content/schema';

import { type Choice, choicesOf, indexNodes, isTerminal, remainingAfter } from './graph';

/** What the user has said: the way in, an answer per node, the ticked items per step (changed by session.ts). */
export type Answers = Readonly<Record<string, string>>;
export type Checks = Readonly<Record<string, readonly string[]>>;

export type Session = {
  readonly flowId: string;
  readonly revision: number;
  readonly entry: string;
  readonly answers: Answers;
  readonly checks: Checks;
};

export type PathEntry = {
  readonly node: FlowNode;
  /** The choice recorded on this node; absent for the current node. */
  readonly choice?: Choice;
};

export type Walk = {
  /** From the start node to the current node, inclusive. */
  readonly path: readonly PathEntry[];
  readonly current: FlowNode;
  /** The last outcome on the path (a diagnosis being fixed, or the final outcome). */
  readonly outcome?: OutcomeNode;
  /** True when the current node ends the flow. */
  readonly finished: boolean;
  /** Answers that name a choice the node no longer offers (content changed since). */
  readonly stale: readonly string[];
};

export function entryStart(flow: Flow, entryId: string): string {
  const entry = flow.entries.find((e) => e.id === entryId) ?? flow.entries[0]!;
  return entry.start;
}

export function walk(flow: Flow, session: Pick<Session, 'entry' | 'answers'>): Walk {
  const nodes = indexNodes(flow);
  const startId = entryStart(flow, session.entry);
  const first = nodes.get(startId);
  if (!first) throw new Error(`Flow "${flow.id}" has no start node "${startId}"`);
  let node: FlowNode = first;
  const path: PathEntry[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  let outcome: OutcomeNode | undefined;
  for (;;) {
    seen.add(node.id);
    if (node.kind === 'outcome') outcome = node;
    const recorded: string | undefined = Object.hasOwn(session.answers, node.id) ? session.answers[node.id] : undefined;
    const choice: Choice | undefined =
      recorded === undefined ? undefined : choicesOf(node).find((c) => c.id === recorded);
    if (recorded !== undefined && !choice) stale.push(node.id);
    const next: FlowNode | undefined = choice ? nodes.get(choice.next) : undefined;
    if (!choice || !next || seen.has(next.id)) {
      path.push({ node });
      return { path, current: node, outcome, finished: isTerminal(node), stale };
    }
    path.push({ node, choice });
    node = next;
  }
}

/**
 * Where a step forward lands: on `nodeId`, or past it and on while each node's answer is one of `given`'s
 * (answers the user did not give in this guide: carried from the guide before) and still fits, so nobody is
 * asked again what they already said. Back and the answer trail still reach every node passed.
 */
export function stepForward(
  flow: Flow,
  session: Pick<Session, 'entry' | 'answers'>,
  nodeId: string,
  given: readonly string[],
): string {
  const { path } = walk(flow, session);
  let i = path.findIndex((p) => p.node.id === nodeId);
  while (path[i]?.choice && given.includes(path[i]!.node.id)) i++;
  return path[i]?.node.id ?? nodeId;
}

export type Progress = {
  /** 1-based position of the node on the path. */
  readonly position: number;
  /** Fewest and most screens that may follow it. */
  readonly minLeft: number;
  readonly maxLeft: number;
};

export function progressAt(flow: Flow, w: Walk, nodeId: string): Progress {
  const i = w.path.findIndex((p) => p.node.id === nodeId);
  const { min, max } = remainingAfter(flow, nodeId);
  return { position: i < 0 ? w.path.length : i + 1, minLeft: min, maxLeft: max };
}
