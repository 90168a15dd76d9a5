/**
 * Which source files the production build bundles together. Files that always
 * load together go into one file each: fewer, larger files compress better
 * than many small ones (this took the JavaScript of a full walk from 167 to
 * under 160 KB gzip; `npm run bench`). Everything not listed is split by the
 * bundler as usual.
 *
 * Never put in a group a file the start page imports, or one that is loaded
 * only on demand: the whole group would load with it. EXCEPT lists those that
 * sit in a grouped folder; scripts/size-budget.mjs (in `npm test`) catches a
 * start-page mistake, the benchmark's walk figure an on-demand one.
 */
import { SCREEN_BUNDLES } from '../../src/mockups/screens/bundles.ts';
import { SCREEN_BUNDLE_PREFIX, SCREEN_LOADERS_ID } from './screen-loaders.ts';

/** What a bundle's screens draw from that no other screen does, in the bundle's file too. */
const BUNDLE_SHARES: Readonly<Record<string, readonly string[]>> = {
  walk: [
    // The Migration Wizard's frame: drawn by the walk's Migration Wizard, and by the .csv fix's wizard pages.
    'mockups/win/wizard-frame.',
    // What Exchange Administrator's screens draw from (the hierarchy, the roles and rights of each object).
    'mockups/exchange-hierarchy.',
    'mockups/exchange-permissions.',
  ],
};

const GROUPS: Record<string, readonly string[]> = {
  /** The wizard's pages: everything the first step needs, and the rest of a walk's code. */
  wizard: [
    'app/routes/wizard-routes.',
    'app/routes/flow-layout.',
    'app/routes/flow-index-route.',
    'app/routes/step-route.',
    'features/wizard/pages/step-page.',
    'features/wizard/pages/lazy-case-offer.',
    // How the step's lazily loaded parts are drawn (its own file otherwise, fetched on every walk).
    'lib/lazy-component.',
    'features/wizard/components/',
    'features/wizard/hooks/',
    'store/actions.',
    'features/wizard/transcript.',
    'features/wizard/provenance.',
    'features/wizard/case-name.',
    'lib/format-when.',
    'lib/quote.',
    'lib/history-direction.',
    'features/wizard/export/session-report.',
    'lib/clipboard.',
    'engine/session.',
    'engine/walk.',
    'engine/graph.',
    'engine/evidence.',
    'engine/verdict.',
    'content/load-flow.',
    // The authoring helpers every flow's data is built with (shared by the flows' files, so a file of its own otherwise).
    'content/authoring.',
    'components/ui/rich-text.',
    'lib/after-paint.',
    'lib/random-id.',
    'features/trainer/step-trainer.',
    'features/trainer/lazy-trainer-panel.',
    'features/trainer/trainer-mode.',
    'features/trainer/index.',
    'features/wizard/index.',
    'store/load-case-actions.',
    // Which steps have trainer moves: every page that asks (the step page, presenter mode, the class) loads this file anyway.
    'content/trainer.',
  ],
  /**
   * Each bundle of screens (src/mockups/screens/bundles.ts) is one file: its module, its screens' folders, and
   * what only they draw from (BUNDLE_SHARES; matched before the figure's group, which holds the rest of the kit).
   */
  ...Object.fromEntries(
    Object.entries(SCREEN_BUNDLES).map(([bundle, screens]) => [
      `${bundle}-screens`,
      [...screens.map((s) => `mockups/screens/${s}/`), ...(BUNDLE_SHARES[bundle] ?? [])],
    ]),
  ),
  /**
   * A figure of an admin screen: the frame, the spotlight, the screens' catalogue and loaders, and the kit the
   * screens are drawn with (a file of its own before: one fewer, and 0.4 KB less over a walk).
   */
  'mockup-figure': [
    'mockups/mockup-figure.',
    'mockups/spotlight-callout.',
    'mockups/mockup-stage.',
    'mockups/registry.',
    'mockups/screen-slot.',
    // A failed screen's last resort (a file of its own otherwise).
    'lib/reload-if-reachable.',
    'mockups/use-near-viewport.',
    'mockups/fit-screen.',
    'mockups/print-screens.',
    'mockups/resolve-mockup.',
    'mockups/catalog.',
    'mockups/screen-spec.',
    // The Windows NT 4 controls and labels every screen is drawn with: only a screen, which only a figure loads,
    // imports them.
    'mockups/win/',
    'mockups/labels.',
    'mockups/sample.',
    // And the screens' light catalogue and loaders, virtual:screen-catalog and virtual:screen-loaders (see chunkGroup).
  ],
  /**
   * The checks (lib/shape.ts) that the statistics and the stored-data validator use. The statistics
   * (store/outcome-stats.ts, which the store's first action loads) are a file of their own: a file in a group
   * that is imported on demand is reached through one more file that only re-exports it (59 bytes more on a
   * walk). The stored-data validator (store/stored-schema.ts) is loaded only when there is stored data to read.
   */
  'store-deps': ['lib/shape.'],
  /**
   * The store and what it needs at once. Not in the start group: the store waits (top-level await) for its
   * stored-data check before it exists, and a file that waits must not hold the libraries every page runs on.
   */
  store: ['store/state.', 'store/load-on-demand.', 'lib/after-next-paint.', 'lib/classroom.'],
};

const EXCEPT: readonly string[] = [
  'features/wizard/components/store-notice-banner.', // in the root layout, on the start page
  'features/wizard/hooks/flow-route-id.', // the router's, on the start page
  'features/wizard/components/evidence-read.', // the event parser, loaded on "Read event"
  'features/wizard/components/evidence-result.', // what it read, loaded with it
  'features/wizard/components/revision-notice.', // only for a case begun on an older revision, and the hand-over page
  'features/wizard/components/how-to-check-panel.', // opened by a "Not sure" answer
  'features/wizard/components/verdict-open.', // only for a verdict short of confirmed
  'features/wizard/components/hand-over-panel.', // only on an outcome another guide continues
  'features/wizard/components/earlier-trail.', // only for a case handed over from another guide
  'features/wizard/components/case-moved.', // only for a guide's page that a handed-over case has left
  'features/wizard/components/undo-toast.', // only after a case was started over
];

/**
 * Small shared files the start page imports (and the pages after it too). Left alone, the bundler gives
 * each its own file (a dozen files under 1 KB); together they are one request and compress better. Only
 * files the start page loads anyway belong here. Not the store's state (store/state.ts, store/load-on-demand.ts): it must run when the page first asks
 * for them, not when this file loads (grouped with it, a share link opened on the start page instead).
 */
const START: readonly string[] = [
  'components/ui/button.',
  'components/ui/announcer.',
  'lib/safe-storage.',
  'lib/format-day.',
  'lib/cn.',
  'lib/paths.',
  // The on-demand module slot (the case list, a banner's words, lazily loaded parts): a file of its own otherwise.
  'lib/module-slot.',
  'app/routes/not-found-route.',
  'components/ui/not-found-page.',
  'store/case-content.',
  'store/stored-format.',
  'features/wizard/hooks/flow-route-id.',
  'content/catalog.',
  // "Open a saved case" on the start page (and the hand-over page): a file of its own cost 0.9 KB over a walk.
  'features/wizard/export/session-file-import.',
];

/**
 * The libraries the start page runs on, in the same file as the small shared files above (2 KB gzip less); so is
 * the guides' catalogue (`virtual:flow-catalog`), which the start page lists and the classroom page too.
 */
const START_PACKAGES = /\/node_modules\/(react|react-dom|scheduler|react-router|zustand)\//;

/**
 * The parts of a screen folder no step draws: its spec (read by the checks and the build only), its gallery
 * states and its label sources (the gallery page's). Never bundled with the screen.
 */
const NOT_DRAWN = /^mockups\/screens\/[a-z0-9-]+\/(spec|gallery|sources)\./;

/**
 * A flow folder's files, each folder in one file of its own (`flow-<id>`), but for what only some pages load:
 * its trainer moves (trainer-moves.ts, which read its fix steps and scenario: without the group those would be
 * split into files of their own, and a walk would load one more) and its change notes (revisions.ts).
 */
const FLOW_FOLDER = /^content\/flows\/([a-z0-9-]+)\/(?!trainer-moves\.|revisions\.)/;

/**
 * The bundler's own helpers (the loader of lazily imported files, the module runtime), which every page needs
 * from the start: in the start file rather than two small files of their own.
 */
const BUNDLER_HELPERS = /vite\/preload-helper|rolldown\/runtime/;

/** The group a module belongs to, or null (rolldown's `codeSplitting.groups[].name`). */
export function chunkGroup(moduleId: string): string | null {
  const path = moduleId.replaceAll('\\', '/');
  if (START_PACKAGES.test(path) || path.endsWith('virtual:flow-catalog') || BUNDLER_HELPERS.test(path)) return 'start';
  if (path.endsWith('virtual:screen-catalog') || path.endsWith(SCREEN_LOADERS_ID)) return 'mockup-figure';
  const bundle = path.indexOf(SCREEN_BUNDLE_PREFIX);
  if (bundle >= 0) return `${path.slice(bundle + SCREEN_BUNDLE_PREFIX.length)}-screens`;
  const at = path.lastIndexOf('/src/');
  if (at < 0 || path.includes('/node_modules/')) return null;
  const file = path.slice(at + '/src/'.length);
  if (file.includes('.test.')) return null;
  if (START.some((p) => file.startsWith(p))) return 'start';
  if (EXCEPT.some((p) => file.startsWith(p))) return null;
  if (NOT_DRAWN.test(file)) return null;
  const flow = FLOW_FOLDER.exec(file);
  if (flow) return `flow-${flow[1]}`;
  for (const [group, prefixes] of Object.entries(GROUPS)) {
    if (prefixes.some((p) => file.startsWith(p))) return group;
  }
  return null;
}

/** Every file-name prefix above, for the test that each still names a file. */
export function chunkPrefixes(): readonly string[] {
  return [...START, ...EXCEPT, ...Object.values(GROUPS).flat()];
}

/**
 * The file name of a chunk (rolldown's `output.chunkFileNames`). Pages load
 * each flow on demand (src/content/load-flow.ts): a flow folder is its group's
 * file (`flow-<id>`, FLOW_FOLDER), which pages reach through its index.ts's
 * own small file; that one would be named `index`, so it is named after the
 * flow instead.
 */
export function chunkFileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const folder = /\/src\/content\/flows\/([a-z0-9-]+)\/index\.ts$/.exec(
    (chunk.facadeModuleId ?? '').replaceAll('\\', '/'),
  );
  return folder ? `assets/${folder[1]}-[hash].js` : 'assets/[name]-[hash].js';
}
