/**
 * Presenter data: what presenter mode needs beyond the flow itself, kept in
 * its own data file per flow (`src/content/presenter/<flow-id>.ts`) because
 * only presenter mode reads it. The wizard never loads these files, so a
 * walk through the wizard does not pay for a trainer's notes.
 *
 * - `articlePath`: the article's own route to its diagnosis and fix, as the
 *   answer to each question on it in order. Presenter mode follows it when
 *   there is no case to present; the validator (validate-presenter.ts)
 *   checks that it is a real route from the entry through a diagnosis and its
 *   fix steps to a resolved outcome.
 * - `notes`: speaker notes by node id. Every node on the article's path must
 *   have them; the presenter sees them, the audience never does.
 * - `tipSlides`: a fix step's tip that deserves its own slide (a question the
 *   class always asks), with its own notes. It comes right after the action
 *   it belongs to (`afterAction`; else the first action whose words send the
 *   reader to it, “see the tip “…””; else the step's last action): the step's
 *   slide breaks there and goes on after the tip's, so the deck keeps the
 *   story's order.
 * - `fixTest`: the fix steps "test the whole fix" runs as one test, in order
 *   (fix steps with trainer moves on the article's path). Without it, every
 *   such step after the diagnosis.
 *
 * Same inline markup as the flow: `**Label**` and `` `literal` ``.
 */
import { z } from 'zod';

import { idSchema } from './schema';

const text = z.string().trim().min(1, 'must not be empty');

export const articleAnswerSchema = z.object({
  /** A question on the route. */
  question: idSchema,
  /** The option the article's story takes on it. */
  answer: idSchema,
});

export const articlePathSchema = z.object({
  /** The way in (an entry id of the flow). */
  entry: idSchema,
  /** The answer to each question on the route, in the order they come. Steps and outcomes that lead on are followed. */
  answers: z.array(articleAnswerSchema).min(1, 'the article path needs at least one answer'),
});

export const tipSlideSchema = z.object({
  /** The fix step that carries the tip. */
  step: idSchema,
  /** The tip's title, exactly as in the step. */
  tip: text,
  speakerNotes: text,
  /**
   * The id of the step's action the tip's slide follows (where the problem it answers arises). Without it: the
   * first action whose words name the tip (`tipsNamed`), else the step's last action.
   */
  afterAction: idSchema.optional(),
});

export const presenterDataSchema = z.object({
  flowId: idSchema,
  articlePath: articlePathSchema,
  notes: z.record(idSchema, text),
  tipSlides: z.array(tipSlideSchema).optional(),
  fixTest: z.array(idSchema).min(1).optional(),
});

/** The titles of the tips a text sends the reader to: “see the tip “Title”” (or “the tips “…””). */
export function tipsNamed(text: string): string[] {
  return [...text.matchAll(/\btips? “([^”]+)”/g)].map((m) => m[1]!);
}

type ActionWords = { readonly id: string; readonly text: string };

/** The index of the first action whose words send the reader to the tip titled `tip` (-1: none does). */
export function tipNamedAt(actions: readonly ActionWords[], tip: string): number {
  return actions.findIndex((a) => tipsNamed(a.text).includes(tip));
}

/**
 * The index of the step action a tip slide follows: the action its `afterAction` names, else the first action whose
 * words name the tip, else the last one (-1 for a step without actions, or an `afterAction` it does not have).
 */
export function tipSlideAfter(actions: readonly ActionWords[], slide: Pick<TipSlide, 'tip' | 'afterAction'>): number {
  if (slide.afterAction !== undefined) return actions.findIndex((a) => a.id === slide.afterAction);
  const named = tipNamedAt(actions, slide.tip);
  return named >= 0 ? named : actions.length - 1;
}

export type ArticleAnswer = z.infer<typeof articleAnswerSchema>;
export type ArticlePath = z.infer<typeof articlePathSchema>;
export type TipSlide = z.infer<typeof tipSlideSchema>;
export type PresenterData = z.infer<typeof presenterDataSchema>;
