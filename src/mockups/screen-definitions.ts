/**
 * Every screen folder's spec (screens/<id>/spec.ts), by screen id, found by
 * their files: a new folder is a new screen. Read by the content validator,
 * the tests and the build (which derives the pages' light catalogue from
 * them); never by a page, so zod stays off the pages.
 */
import { type ScreenDefinition, screenIdOf } from './screen-spec';

const specs = import.meta.glob<ScreenDefinition>('./screens/*/spec.ts', { eager: true, import: 'spec' });

export const SCREEN_DEFINITIONS: Readonly<Record<string, ScreenDefinition>> = Object.fromEntries(
  Object.entries(specs)
    .map(([path, spec]) => [screenIdOf(path), spec] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
