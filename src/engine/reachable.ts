/**
 * Which nodes a flow reaches from given starts. Its own file, beside graph.ts: the runbook and the checks use
 * it, no step page does, so a walk does not load it.
 */
import type { Flow } from '@/content/schema';

import { indexNodes, successors } from './graph';

/** Every node id reachable from the given starts (the starts included), following known ids. */
export function reachableFrom(flow: Flow, starts: readonly string[]): Set<string> {
  const nodes = indexNodes(flow);
  const seen = new Set<string>();
  const stack = starts.filter((s) => nodes.has(s));
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of successors(flow, id)) if (nodes.has(next) && !seen.has(next)) stack.push(next);
  }
  return seen;
}
