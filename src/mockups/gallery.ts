/**
 * Every screen in each of its meaningful states, for the /mockups gallery
 * (trainers and reviewers), found by the screen folders: each folder's
 * gallery.ts (its states) and sources.ts (where its labels come from). Plain
 * data in the same shape content uses, so the gallery renders exactly what a
 * step would.
 */
import type { MockupRef } from './mockup-ref';

import { SCREENS, type ScreenId } from './catalog';
import type { GalleryState } from './gallery-states';
import type { LabelSource } from './label-sources';
import { screenIdOf } from './screen-spec';

export type GallerySection = {
  screen: ScreenId;
  states: { name: string; mockup: MockupRef }[];
  /** The screen's labels with their sources, unverified ones marked. */
  labels: readonly LabelSource[];
};

const STATES = import.meta.glob<readonly GalleryState[]>('./screens/*/gallery.ts', { eager: true, import: 'gallery' });
const SOURCES = import.meta.glob<readonly LabelSource[]>('./screens/*/sources.ts', { eager: true, import: 'sources' });

const byScreen = <T>(modules: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(modules).map(([path, value]) => [screenIdOf(path), value]));
const statesOf = byScreen(STATES);
const sourcesOf = byScreen(SOURCES);

/** Every screen, by its title (so a program's screens stand together). */
export const GALLERY: readonly GallerySection[] = Object.keys(SCREENS)
  .sort((a, b) => SCREENS[a]!.title.localeCompare(SCREENS[b]!.title, 'en'))
  .map((screen) => ({
    screen,
    states: (statesOf[screen] ?? []).map((s) => ({
      name: s.name,
      mockup: { screen, state: s.state as Record<string, unknown>, target: s.target, description: s.description },
    })),
    labels: sourcesOf[screen] ?? [],
  }));

/**
 * What in the screens is ours rather than the programs', as the gallery page
 * says it: the samples, the drawings, and every label a screen's sources.ts
 * marks unverified (gallery.test.ts keeps those in step with the labels each
 * labels.ts marks `// unverified`).
 */
export const OURS = {
  samples:
    'The names (the ACME organization, the HEADOFFICE site, the EXCH01 server, the ACMEDOM domain, the MigAdmin and ExchService accounts, the MS Mail users), the dates and times, and the descriptions of the groups and users in Add Users and Groups are samples we made up.',
  drawings:
    'The icons and the Migration Wizard’s picture are our own drawings in the Windows NT 4 style, not copies of the originals.',
  unverified: GALLERY.map((s) => ({
    screen: s.screen,
    labels: s.labels.filter((l) => l.unverified).map((l) => l.label),
  })).filter((s) => s.labels.length > 0),
} as const;
