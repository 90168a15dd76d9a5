import type { StepNode } from '@/content/schema';
import type { TrainerMove } from '@/content/trainer-moves';
import { SCREENS, isScreenId, targetLabel } from '@/mockups/catalog';

/**
 * A label that ends in an ellipsis ends its sentence too: no full stop is put after it ("Click **Add…**", not
 * "Click **Add…**."). For the trainer's own sentences and the guide's text it shows.
 */
export function tidySentence(text: string): string {
  return text.replace(/…(\*\*|`)\./g, '…$1');
}

/** Every action of a practice, in words: "both actions", "all 5 actions" ("the action" when there is one). */
export function everyAction(count: number): string {
  return count === 1 ? 'the action' : count === 2 ? 'both actions' : `all ${count} actions`;
}

/** The action (guide text) a move belongs to. */
export function actionText(step: StepNode, move: TrainerMove): string {
  return tidySentence(step.actions[move.actionIndex]?.text ?? move.instruction);
}

/**
 * The task of a move as Let me try and Test me set it: its action's text, and for a move made from the action's
 * picture the control to use on it too (the action's text need not name it, and Test me gives no hints).
 */
export function taskText(step: StepNode, move: TrainerMove): string {
  const text = actionText(step, move);
  return move.fromPicture ? `${text} On this screen: click ${controlName(move)}.` : text;
}

/** What to do for a move, in the content's markup: for a move made from a picture, the control to click. */
export function moveInstruction(move: TrainerMove): string {
  return move.fromPicture ? `Click ${controlName(move)}.` : tidySentence(move.instruction);
}

/** The words for the control a move expects, e.g. "the Add… button". */
export function controlName(move: TrainerMove): string {
  return targetLabel(move.screen, move.target) ?? move.target;
}

/** The title of the screen a move happens on. */
export function screenTitle(screen: string): string {
  return isScreenId(screen) ? SCREENS[screen]!.title : 'Screen picture';
}
