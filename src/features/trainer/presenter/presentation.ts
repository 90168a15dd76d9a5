/**
 * What presenter mode walks through: one route through the flow, chosen so
 * that it shows as many fix steps with trainer moves as possible and ends
 * with the problem resolved (for Q255888: the symptoms, the diagnosis, then
 * creating the account, the three grants and logging on again).
 */
import type { Flow, FlowNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { choicesOf, indexNodes } from '@/engine/graph';

export type Slide = {
  readonly node: FlowNode;
  /** The choice this route takes on the node (its label for a question). */
  readonly choice?: { readonly id: string; readonly label?: string };
};

type RouteStep = { node: string; choice?: string };
type Score = readonly [trainerSteps: number, resolved: number, shortness: number];

function better(a: Score, b: Score): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** The best complete route from `start` (depth-first over every route, bounded). */
function bestRoute(flow: Flow, start: string, limit = 5_000): RouteStep[] {
  const nodes = indexNodes(flow);
  let best: RouteStep[] = [];
  let bestScore: Score = [-1, -1, -Infinity];
  let seenRoutes = 0;
  const visit = (id: string, trail: RouteStep[], seen: Set<string>, trainerSteps: number) => {
    const node = nodes.get(id);
    if (!node || seen.has(id) || seenRoutes >= limit) return;
    const steps = trainerSteps + (hasTrainer(node) ? 1 : 0);
    const choices = choicesOf(node).filter((c) => nodes.has(c.next));
    if (choices.length === 0) {
      seenRoutes++;
      const score: Score = [steps, node.kind === 'outcome' && node.type === 'resolved' ? 1 : 0, -(trail.length + 1)];
      if (better(score, bestScore)) {
        best = [...trail, { node: id }];
        bestScore = score;
      }
      return;
    }
    seen.add(id);
    for (const c of choices) visit(c.next, [...trail, { node: id, choice: c.id }], seen, steps);
    seen.delete(id);
  };
  visit(start, [], new Set(), 0);
  return best;
}

export function presentationSlides(flow: Flow): Slide[] {
  const start = flow.entries[0]?.start;
  if (!start) return [];
  const nodes = indexNodes(flow);
  return bestRoute(flow, start).flatMap((step) => {
    const node = nodes.get(step.node);
    if (!node) return [];
    const choice = step.choice ? choicesOf(node).find((c) => c.id === step.choice) : undefined;
    return [
      { node, ...(choice ? { choice: { id: choice.id, ...(choice.label ? { label: choice.label } : {}) } } : {}) },
    ];
  });
}
