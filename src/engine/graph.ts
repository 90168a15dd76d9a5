/**
 * Graph helpers over a flow: what follows a node, what can be reached, where
 * cycles are, and how many steps may remain. Used by the walker, the content
 * validator and the progress indication.
 */
import type { Flow, FlowNode } from '@/content/schema';

/** The choice ids that move on from a node, with where each leads. */
export type Choice = { id: string; next: string; label?: string };

/** Choice id recorded when the user completes a fix step. */
export const STEP_DONE = 'done';
/** Choice id recorded when the user moves on from an outcome that leads on (a diagnosis). */
export const OUTCOME_CONTINUE = 'continue';

export function choicesOf(node: FlowNode): Choice[] {
  switch (node.kind) {
    case 'question':
      return node.options.map((o) => ({ id: o.id, next: o.next, label: o.label }));
    case 'step':
      return [{ id: STEP_DONE, next: node.next, label: node.nextLabel }];
    case 'outcome':
      return node.next ? [{ id: OUTCOME_CONTINUE, next: node.next, label: node.nextLabel }] : [];
  }
}

export function isTerminal(node: FlowNode): boolean {
  return choicesOf(node).length === 0;
}

export type NodeIndex = ReadonlyMap<string, FlowNode>;

const indexCache = new WeakMap<Flow, NodeIndex>();

/** Nodes by id. The first node with an id wins (the validator reports duplicates). */
export function indexNodes(flow: Flow): NodeIndex {
  const cached = indexCache.get(flow);
  if (cached) return cached;
  const map = new Map<string, FlowNode>();
  for (const node of flow.nodes) if (!map.has(node.id)) map.set(node.id, node);
  indexCache.set(flow, map);
  return map;
}

export function successors(flow: Flow, nodeId: string): string[] {
  const node = indexNodes(flow).get(nodeId);
  if (!node) return [];
  return [...new Set(choicesOf(node).map((c) => c.next))];
}

/** One cycle per strongly connected loop found, each as the list of node ids around it. */
export function findCycles(flow: Flow): string[][] {
  const nodes = indexNodes(flow);
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of successors(flow, id)) {
      if (!nodes.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of nodes.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

/** Ids of nodes from which no terminal node can be reached. */
export function deadEnds(flow: Flow): string[] {
  const nodes = indexNodes(flow);
  const canFinish = new Set<string>();
  for (const [id, node] of nodes) if (isTerminal(node)) canFinish.add(id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of nodes.keys()) {
      if (canFinish.has(id)) continue;
      if (successors(flow, id).some((n) => canFinish.has(n))) {
        canFinish.add(id);
        changed = true;
      }
    }
  }
  return [...nodes.keys()].filter((id) => !canFinish.has(id));
}

export type Remaining = { min: number; max: number };

/**
 * How many more screens the user may see after `nodeId` before reaching an
 * outcome that ends the flow: the shortest and the longest way. Terminal
 * nodes give 0. Assumes an acyclic flow (the validator guarantees it).
 */
export function remainingAfter(flow: Flow, nodeId: string): Remaining {
  const memo = new Map<string, Remaining>();
  const nodes = indexNodes(flow);
  const go = (id: string, trail: Set<string>): Remaining => {
    const hit = memo.get(id);
    if (hit) return hit;
    const node = nodes.get(id);
    if (!node || isTerminal(node) || trail.has(id)) return { min: 0, max: 0 };
    trail.add(id);
    let min = Infinity;
    let max = 0;
    for (const next of successors(flow, id)) {
      const r = go(next, trail);
      min = Math.min(min, r.min + 1);
      max = Math.max(max, r.max + 1);
    }
    trail.delete(id);
    const result = { min: Number.isFinite(min) ? min : 0, max };
    memo.set(id, result);
    return result;
  };
  return go(nodeId, new Set());
}

export type RouteStep = { node: string; choice?: string };

/**
 * Every complete route from `start` to a terminal node, as the node visited
 * and the choice taken at each (bounded, for validation and tests).
 */
export function allRoutes(flow: Flow, start: string, limit = 20_000): RouteStep[][] {
  const nodes = indexNodes(flow);
  const out: RouteStep[][] = [];
  const visit = (id: string, trail: RouteStep[], seen: Set<string>) => {
    if (out.length >= limit) return;
    const node = nodes.get(id);
    if (!node || seen.has(id)) return;
    if (isTerminal(node)) {
      out.push([...trail, { node: id }]);
      return;
    }
    seen.add(id);
    for (const c of choicesOf(node)) visit(c.next, [...trail, { node: id, choice: c.id }], seen);
    seen.delete(id);
  };
  visit(start, [], new Set());
  return out;
}
