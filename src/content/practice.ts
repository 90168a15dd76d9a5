/**
 * A flow folder's trainer moves (its trainer-moves.ts) and the flow they belong to. The moves are kept apart
 * from the flow so that a walk of the guide never loads them: only trainer mode, presenter mode and the class
 * do (./load-practice.ts), and the checks and tests, which read every flow with its moves (./index.ts).
 */
import type { Flow, FlowNode, PracticeMove } from './schema';

/**
 * The trainer moves of a flow's fix steps: by the step's id, then by its action's id, the clicks trainer mode
 * plays and checks for that action (the action's `practice`, put in by `withPractice`).
 */
export type FlowPractice = Readonly<Record<string, Readonly<Record<string, readonly PracticeMove[]>>>>;

/** The flow with each action's trainer moves put in; the flow itself when there are none. Pure. */
export function withPractice(flow: Flow, practice: FlowPractice | undefined): Flow {
  if (!practice) return flow;
  const nodes = flow.nodes.map((node): FlowNode => {
    const own = node.kind === 'step' && Object.hasOwn(practice, node.id) ? practice[node.id]! : undefined;
    if (node.kind !== 'step' || !own) return node;
    return {
      ...node,
      actions: node.actions.map((a) => (Object.hasOwn(own, a.id) ? { ...a, practice: [...own[a.id]!] } : a)),
    };
  });
  return { ...flow, nodes };
}

/** Each entry of `practice` that names no action of a fix step of the flow ("step › action"), for the checks. */
export function unplacedPractice(flow: Flow, practice: FlowPractice): string[] {
  const out: string[] = [];
  for (const [stepId, actions] of Object.entries(practice)) {
    const step = flow.nodes.find((n) => n.id === stepId);
    for (const actionId of Object.keys(actions)) {
      if (step?.kind !== 'step' || !step.actions.some((a) => a.id === actionId)) out.push(`${stepId} › ${actionId}`);
    }
  }
  return out;
}
