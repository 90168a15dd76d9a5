/**
 * Which fix steps trainer mode runs on, asked by every page that offers it (the step page, presenter mode, the
 * class). The moves themselves (what Show plays and Try / Test check) are in trainer-moves.ts, which only
 * trainer mode and the checks load.
 */
import type { FlowNode, StepNode } from './schema';

/**
 * Whether a node is a fix step trainer mode can run on: it has at least one move (an action with practice
 * moves, or, without them, a picture that names its target; `trainerMoves` in trainer-moves.ts counts the same).
 */
export function hasTrainer(node: FlowNode | undefined): node is StepNode {
  return node?.kind === 'step' && node.actions.some((a) => (a.practice ? a.practice.length > 0 : !!a.mockup?.target));
}

/** Whether a step shows any screen picture in its actions (so trainer mode is expected on it). */
export function showsScreens(step: StepNode): boolean {
  return step.actions.some((a) => a.mockup !== undefined || a.practice !== undefined);
}
