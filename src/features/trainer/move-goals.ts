/**
 * The moves as the practice machine judges them: a move done by what the
 * learner leaves on the screen (typing in a dialog's boxes, several items of
 * a list selected) gets a `goal`, the state it asks for. The content says
 * that state: the screen after the move is the next move's, when it is on the
 * same screen; else the move's `after`; else its action's picture, when that
 * shows this control on this screen. The screen says which controls work
 * that way and what "filled in" means (practice-reactions.ts).
 */
import type { StepNode } from '@/content/schema';
import type { TrainerMove } from '@/content/trainer-moves';
import { entryGoal } from '@/mockups/practice-reactions';

import type { MoveSpec, ScreenState } from './practice-machine';

/** What the content draws on move `i`'s screen once it is done (undefined: it does not say). */
export function stateAfter(step: StepNode, moves: readonly TrainerMove[], i: number): ScreenState | undefined {
  const move = moves[i];
  if (!move) return undefined;
  const next = moves[i + 1];
  if (next && next.screen === move.screen) return next.state;
  if (move.after) return move.after.screen === move.screen ? (move.after.state ?? {}) : undefined;
  const picture = step.actions[move.actionIndex]?.mockup;
  return picture?.screen === move.screen && picture.target === move.target ? (picture.state ?? {}) : undefined;
}

/** The step's moves for the practice machine, each with its goal where it has one. */
export function practiceSpecs(step: StepNode, moves: readonly TrainerMove[]): (TrainerMove & MoveSpec)[] {
  return moves.map((move, i) => {
    const goal = entryGoal(move.screen, move.target, move.state, stateAfter(step, moves, i), move.instruction);
    return goal ? { ...move, goal } : move;
  });
}
