/**
 * The gallery's pictures of one screen (screens/<id>/gallery.ts): each state
 * the steps draw it in, with a heading, the control to spotlight and the words
 * that describe it. Typed by the screen's own spec.
 */
import type { z } from 'zod';

import type { ScreenDefinition, TargetOf } from './screen-spec';

export type GalleryState<D extends ScreenDefinition = ScreenDefinition> = {
  /** Heading for this state. */
  readonly name: string;
  readonly state: z.input<D['state']>;
  readonly target?: TargetOf<D>;
  readonly description: string;
};

/** A screen's gallery states, checked against its spec. */
export function galleryStates<D extends ScreenDefinition>(states: readonly GalleryState<D>[]): readonly GalleryState[] {
  return states as readonly GalleryState[];
}
