/**
 * The catalogue of mockup screens the pages use: for each screen folder
 * (screens/<id>/), its title, the controls a step may spotlight (with the
 * words used to announce them), its measured size and the few state values it
 * cannot be drawn without. Generated at build time from the folders' specs
 * (`virtual:screen-catalog`, scripts/build/screen-catalog.ts), so a new
 * screen is a new folder and nothing here changes. Plain data, no validator
 * library: the content validator checks whole states against the specs'
 * zod schemas (catalog-schemas.ts) before anything ships.
 */
import { SCREEN_CATALOG } from 'virtual:screen-catalog';

import type { ScreenSpec } from './screen-spec';

export type { ScreenSpec } from './screen-spec';

/** A screen's id: the name of its folder under screens/. */
export type ScreenId = string;

export const SCREENS: Readonly<Record<ScreenId, ScreenSpec>> = SCREEN_CATALOG;

export function isScreenId(id: string): id is ScreenId {
  return Object.hasOwn(SCREENS, id);
}

export function targetLabel(screen: string, target: string | undefined): string | undefined {
  if (!target || !isScreenId(screen)) return undefined;
  const targets = SCREENS[screen]!.targets;
  return Object.hasOwn(targets, target) ? targets[target] : undefined;
}

/**
 * The render-time check of a state (see ScreenSpec.choices): the first
 * problem as `{ path, message }`, or undefined when the screen can draw it.
 */
export function stateProblem(screen: ScreenId, state: unknown): { path: string; message: string } | undefined {
  if (typeof state !== 'object' || state === null || Array.isArray(state))
    return { path: '', message: 'expected an object' };
  const spec = SCREENS[screen];
  if (!spec) return { path: '', message: `there is no screen called “${screen}”` };
  const values = state as Record<string, unknown>;
  for (const field of spec.required ?? []) {
    if (values[field] === undefined) return { path: field, message: 'required' };
  }
  for (const [field, allowed] of Object.entries(spec.choices ?? {})) {
    const value = values[field];
    if (value !== undefined && !(typeof value === 'string' && allowed.includes(value))) {
      return { path: field, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` };
    }
  }
  return undefined;
}
