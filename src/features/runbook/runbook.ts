/**
 * A fix as a runbook: every step and decision that can follow a diagnosis,
 * in an order a person can work through on paper (each one after everything
 * that leads to it), with the steps numbered and each decision saying where
 * each answer goes. Pure: the runbook page and its tests read it.
 */
import type { Flow, FlowNode, OutcomeNode, QuestionNode, StepNode } from '@/content/schema';
import { indexNodes, successors } from '@/engine/graph';
import { reachableFrom } from '@/engine/reachable';

/** Where an answer of a decision leads: a numbered step, another decision, or an end. */
export type RunbookLink =
  | { readonly kind: 'step'; readonly number: number; readonly title: string }
  | { readonly kind: 'decision' | 'end'; readonly title: string };

export type RunbookPart =
  | { readonly kind: 'step'; readonly node: StepNode; readonly number: number }
  | {
      readonly kind: 'decision';
      readonly node: QuestionNode;
      readonly options: readonly { readonly id: string; readonly label: string; readonly to: RunbookLink }[];
    }
  | { readonly kind: 'end'; readonly node: OutcomeNode };

/**
 * The diagnosis whose fix to print: the last diagnosis on the path walked
 * that leads into a fix, else the flow's first such diagnosis.
 */
export function fixDiagnosis(flow: Flow, path: readonly FlowNode[] = []): OutcomeNode | undefined {
  const leads = (n: FlowNode | undefined): n is OutcomeNode =>
    n?.kind === 'outcome' && n.type === 'diagnosis' && !!n.next;
  return [...path].reverse().find(leads) ?? flow.nodes.find(leads);
}

/**
 * Every node reachable from `startId` (not itself), each after all that lead
 * to it; among those ready at once, the one met first going down the
 * first answers.
 */
export function runbookParts(flow: Flow, startId: string): RunbookPart[] {
  const nodes = indexNodes(flow);
  const reach = reachableFrom(flow, successors(flow, startId));
  reach.delete(startId);
  // Depth-first discovery order, for ties.
  const rank = new Map<string, number>();
  const visit = (id: string) => {
    if (rank.has(id) || !reach.has(id)) return;
    rank.set(id, rank.size);
    successors(flow, id).forEach(visit);
  };
  successors(flow, startId).forEach(visit);
  const incoming = new Map<string, number>([...reach].map((id) => [id, 0]));
  for (const id of reach)
    for (const next of successors(flow, id)) if (reach.has(next)) incoming.set(next, incoming.get(next)! + 1);
  const order: string[] = [];
  const ready = [...reach].filter((id) => incoming.get(id) === 0);
  while (ready.length) {
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const next of successors(flow, id)) {
      if (!reach.has(next)) continue;
      incoming.set(next, incoming.get(next)! - 1);
      if (incoming.get(next) === 0) ready.push(next);
    }
  }
  const numbers = new Map<string, number>();
  for (const id of order) if (nodes.get(id)?.kind === 'step') numbers.set(id, numbers.size + 1);
  const link = (id: string): RunbookLink => {
    const n = nodes.get(id)!;
    if (n.kind === 'step') return { kind: 'step', number: numbers.get(id)!, title: n.title };
    return { kind: n.kind === 'question' ? 'decision' : 'end', title: n.title };
  };
  return order.map((id): RunbookPart => {
    const node = nodes.get(id)!;
    if (node.kind === 'step') return { kind: 'step', node, number: numbers.get(id)! };
    if (node.kind === 'question') {
      return {
        kind: 'decision',
        node,
        options: node.options.map((o) => ({ id: o.id, label: o.label, to: link(o.next) })),
      };
    }
    return { kind: 'end', node };
  });
}
