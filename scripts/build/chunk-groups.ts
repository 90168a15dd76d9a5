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
const GROUPS: Record<string, readonly string[]> = {
  /** The wizard's pages: everything the first step needs, and the rest of a walk's code. */
  wizard: [
    'app/routes/flow-layout.',
    'app/routes/flow-index-route.',
    'app/routes/step-route.',
    'app/lazy-paths.',
    'wizard/components/',
    'wizard/hooks/',
    'wizard/store/wizard-store.',
    'wizard/transcript.',
    'wizard/provenance.',
    'wizard/export/session-report.',
    'wizard/export/download.',
    'engine/session.',
    'engine/walk.',
    'engine/graph.',
    'engine/evidence.',
    'content/load-flow.',
    'components/ui/rich-text.',
    'lib/random-id.',
    'features/trainer/step-trainer.',
    'features/trainer/trainer.',
  ],
  /** A figure of an admin screen: the frame, the spotlight, the screens' catalogue and loaders. */
  'mockup-figure': [
    'mockups/mockup-figure.',
    'mockups/spotlight-callout.',
    'mockups/mockup-stage.',
    'mockups/registry.',
    'mockups/screen-slot.',
    'mockups/use-near-viewport.',
    'mockups/resolve-mockup.',
    'mockups/catalog.',
    'mockups/exchange-permissions.',
    'mockups/exchange-hierarchy.',
    // A screen folder's catalogue entry (mockups/screens/<id>/spec.ts), which catalog.ts imports: see SCREEN_SPEC.
  ],
  /** The Windows NT 4 controls and labels every screen is drawn with. */
  'mockup-kit': ['mockups/win/', 'mockups/labels.'],
  /** What the store loads before it reads stored data: the validator and the statistics. */
  'store-deps': ['wizard/store/persisted.', 'wizard/stats/outcome-stats.', 'lib/shape.'],
};

const EXCEPT: readonly string[] = [
  'wizard/components/store-notice-banner.', // in the root layout, on the start page
  'wizard/hooks/flow-route-id.', // the router's, on the start page
  'wizard/components/evidence-read.', // the event parser, loaded on "Read event"
];

/** The catalogue entry of a screen with a folder of its own: it goes with the catalogue, in the figure's group. */
const SCREEN_SPEC = /^mockups\/screens\/[a-z0-9-]+\/spec\./;

/** The group a module belongs to, or null (rolldown's `codeSplitting.groups[].name`). */
export function chunkGroup(moduleId: string): string | null {
  const path = moduleId.replaceAll('\\', '/');
  const at = path.lastIndexOf('/src/');
  if (at < 0 || path.includes('/node_modules/')) return null;
  const file = path.slice(at + '/src/'.length);
  if (file.includes('.test.') || EXCEPT.some((p) => file.startsWith(p))) return null;
  if (SCREEN_SPEC.test(file)) return 'mockup-figure';
  for (const [group, prefixes] of Object.entries(GROUPS)) {
    if (prefixes.some((p) => file.startsWith(p))) return group;
  }
  return null;
}

/**
 * The file name of a chunk (rolldown's `output.chunkFileNames`). Pages load
 * each flow on demand (src/content/load-flow.ts), so each flow is a chunk of
 * its own, left ungrouped; a flow folder's chunk would be named after its
 * index.ts, so it is named after the flow instead.
 */
export function chunkFileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const folder = /\/src\/content\/flows\/([a-z0-9-]+)\/index\.ts$/.exec((chunk.facadeModuleId ?? '').replaceAll('\\', '/'));
  return folder ? `assets/${folder[1]}-[hash].js` : 'assets/[name]-[hash].js';
}
