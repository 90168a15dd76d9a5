/**
 * Where each on-screen label of a mockup comes from, as data: the gallery
 * lists it under the screen, so a reviewer sees at once which labels are
 * verified and which are drawn plainly because no source gives them.
 */
export type LabelSource = {
  /** The label as drawn, or a short name for a group of labels or a part of the layout. */
  readonly label: string;
  /** The source that prints it: a KB article (and section) or named documentation. */
  readonly source?: string;
  /** No source gives it: drawn plainly, as the era's programs generally looked. */
  readonly unverified?: true;
  /** What the source does not settle, or where the drawing departs from it. */
  readonly note?: string;
};
