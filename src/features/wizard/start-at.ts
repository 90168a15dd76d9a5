/**
 * Starting a case part-way: for a link to a step of an article, which ways in
 * (entries) reach that step, and the answers along the shortest way there.
 * Pure, over the flow's graph.
 */
import type { Flow } from '@/content/schema';
import { choicesOf, indexNodes } from '@/engine/graph';

export type StartAt = { entry: string; answers: Record<string, string>; steps: number };

/** The answers along the shortest way from an entry's start to a node (none when it is the start), or undefined when it cannot be reached. */
export function routeTo(flow: Flow, entryId: string, nodeId: string): Record<string, string> | undefined {
  const nodes = indexNodes(flow);
  const entry = flow.entries.find((e) => e.id === entryId);
  if (!entry || !nodes.has(entry.start) || !nodes.has(nodeId)) return undefined;
  const came = new Map<string, { from: string; choice: string } | null>([[entry.start, null]]);
  const queue = [entry.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === nodeId) break;
    for (const c of choicesOf(nodes.get(id)!)) {
      if (came.has(c.next) || !nodes.has(c.next)) continue;
      came.set(c.next, { from: id, choice: c.id });
      queue.push(c.next);
    }
  }
  if (!came.has(nodeId)) return undefined;
  const answers: Record<string, string> = {};
  for (let step = came.get(nodeId); step; step = came.get(step.from)) answers[step.from] = step.choice;
  return answers;
}

/** Every way in that reaches the node, in the flow's order, with the shortest route from each. */
export function waysTo(flow: Flow, nodeId: string): StartAt[] {
  return flow.entries.flatMap((e) => {
    const answers = routeTo(flow, e.id, nodeId);
    return answers ? [{ entry: e.id, answers, steps: Object.keys(answers).length }] : [];
  });
}

/** The way in with the shortest route to the node (the first such in the flow's order). */
export function shortestWayTo(flow: Flow, nodeId: string): StartAt | undefined {
  return waysTo(flow, nodeId).reduce<StartAt | undefined>(
    (best, w) => (!best || w.steps < best.steps ? w : best),
    undefined,
  );
}
