/**
 * Trainer data derived from a fix step: the moves Show plays and Try / Test
 * check, in order. Pure data access, no React: the validator, the trainer UI
 * and the presenter all read moves through here, so they always agree.
 *
 * An action contributes its `practice` moves when it has them; otherwise its
 * mockup is one move when that mockup names a target (the control to
 * activate). Actions without either are not practised. A practice move
 * without an instruction is in its action's words, as one made from the
 * picture is.
 */
import type { PracticeAlternative, StepNode } from './schema';

export type TrainerMove = {
  /** Position among the step's moves (0-based). */
  readonly index: number;
  /** The action this move belongs to, and its position among the step's actions. */
  readonly actionId: string;
  readonly actionIndex: number;
  readonly screen: string;
  readonly state: Readonly<Record<string, unknown>>;
  /** The control whose activation is the expected action. */
  readonly target: string;
  /** What to do, in the content's inline markup. */
  readonly instruction: string;
  /** What happens after it, when the content says. */
  readonly result?: string;
  /** Other ways to do it that count as right (the toolbar, a shortcut, a double-click). */
  readonly alternatives?: readonly PracticeAlternative[];
  /** What the screen shows after it, when no next move shows that (the last move). */
  readonly after?: { readonly screen: string; readonly state?: Readonly<Record<string, unknown>> };
  /**
   * Made from its action's picture, the action having no moves of its own (or one without words of its own, written
   * for its `result`): its instruction is the action's text, which need not name the control (such as "Open the file
   * in Notepad", over a picture of it open in Notepad).
   */
  readonly fromPicture?: true;
};

export function trainerMoves(step: StepNode): TrainerMove[] {
  const moves: TrainerMove[] = [];
  step.actions.forEach((action, actionIndex) => {
    const base = { actionId: action.id, actionIndex };
    if (action.practice) {
      for (const { instruction, ...m } of action.practice)
        moves.push({
          ...base,
          ...m,
          index: moves.length,
          state: m.state ?? {},
          // Without words of its own, a move is the action's, as one made from its picture is.
          instruction: instruction ?? action.text,
          ...(instruction === undefined ? { fromPicture: true as const } : {}),
        });
    } else if (action.mockup?.target) {
      moves.push({
        ...base,
        index: moves.length,
        screen: action.mockup.screen,
        state: action.mockup.state ?? {},
        target: action.mockup.target,
        instruction: action.text,
        fromPicture: true,
      });
    }
  });
  return moves;
}
