/**
 * What a screen folder declares about its screen (screens/<id>/spec.ts): its
 * title, the controls a step may point at and the shape of its state. The
 * content validator and the tests read the specs themselves; the pages read a
 * light catalogue generated from them at build time (`virtual:screen-catalog`,
 * scripts/build/screen-catalog.ts: no zod on a page), with the size the
 * screen measures in the browser (screens/<id>/size.json).
 */
import type { z } from 'zod';

export type ScreenDefinition = {
  /** Accessible name of the figure, e.g. "Exchange Administrator: Properties dialog". */
  readonly title: string;
  /** Controls a step may spotlight, with the phrase used in "Highlighted: …". */
  readonly targets: Readonly<Record<string, string>>;
  /** Every state the screen can be drawn in (zod). Its required fields (and the values of required enums) are checked on the page too. */
  readonly state: z.ZodType<Record<string, unknown>>;
};

/** The folder name of a screen file: `…/screens/<id>/…` → `<id>`. */
export function screenIdOf(path: string): string {
  return /(?:^|\/)screens\/([^/]+)\//.exec(path)?.[1] ?? path;
}

/** Declares a screen (typed, and returned as it is). */
export function defineScreen<const D extends ScreenDefinition>(definition: D): D {
  return definition;
}

/** The state a screen's component receives (before the spotlight and practice props). */
export type StateOf<D extends ScreenDefinition> = z.output<D['state']>;
/** The ids of the controls a screen can spotlight. */
export type TargetOf<D extends ScreenDefinition> = keyof D['targets'] & string;

/** The light form of a spec the pages use (one entry of `virtual:screen-catalog`). */
export type ScreenSpec = {
  readonly title: string;
  readonly targets: Readonly<Record<string, string>>;
  /**
   * Size of the drawing in CSS px (its largest state, as measured by e2e/screen-sizes.spec.ts): the box reserved
   * while its code loads, so nothing jumps. Once drawn, the screen is measured (fit-screen.tsx scales what it
   * measures, not this).
   */
  readonly size: { readonly width: number; readonly height: number };
  /** Required fields of the state that hold one of a few values (from the zod enums), checked before drawing. */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
  /** Fields the screen cannot be drawn without. */
  readonly required?: readonly string[];
};
