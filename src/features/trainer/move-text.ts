import { plainText } from '@/components/ui/rich-text';
import type { StepNode } from '@/content/schema';
import type { TrainerMove } from '@/content/trainer-moves';
import { SCREENS, isScreenId, targetLabel } from '@/mockups/catalog';

/** The action (guide text) a move belongs to. */
export function actionText(step: StepNode, move: TrainerMove): string {
  return step.actions[move.actionIndex]?.text ?? move.instruction;
}

/** The words for the control a move expects, e.g. "the Add… button". */
export function controlName(move: TrainerMove): string {
  return targetLabel(move.screen, move.target) ?? move.target;
}

/** The title of the screen a move happens on. */
export function screenTitle(screen: string): string {
  return isScreenId(screen) ? SCREENS[screen]!.title : 'Screen picture';
}

export function movePlain(move: TrainerMove): string {
  return plainText(move.instruction);
}
