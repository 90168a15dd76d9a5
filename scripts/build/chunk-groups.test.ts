import { describe, expect, it } from 'vitest';

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { chunkFileName, chunkGroup, chunkPrefixes } from './chunk-groups.ts';

const SRC = join(import.meta.dirname, '../../src');
const FILES = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((f) =>
  relative(SRC, join(SRC, f)).replaceAll('\\', '/'),
);

describe('chunkGroup', () => {
  it('puts the wizard pages, their components and the engine they use in one group', () => {
    expect(chunkGroup('/repo/src/app/routes/step-route.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/features/wizard/components/fix-step.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/engine/walk.ts')).toBe('wizard');
    expect(chunkGroup('/repo/src/content/load-flow.ts')).toBe('wizard');
  });

  it('puts each flow folder in a file of its own, but for its trainer moves, change notes and tests', () => {
    expect(chunkGroup('/repo/src/content/flows/q255888/index.ts')).toBe('flow-q255888');
    expect(chunkGroup('/repo/src/content/flows/q255888/scenario.ts')).toBe('flow-q255888');
    expect(chunkGroup('/repo/src/content/flows/q186742/fix-steps.ts')).toBe('flow-q186742');
    expect(chunkGroup('/repo/src/content/flows/q255888/trainer-moves.ts')).toBeNull();
    expect(chunkGroup('/repo/src/content/flows/q255888/revisions.ts')).toBeNull();
    expect(chunkGroup('/repo/src/content/flows/q255888/q255888-fidelity.test.ts')).toBeNull();
    // Not a folder: a single-file flow is its own file anyway.
    expect(chunkGroup('/repo/src/content/flows/q999999.ts')).toBeNull();
  });

  it('groups the figure frame with the screen kit, and the store helpers separately', () => {
    // Only a screen imports the kit, and only a figure loads a screen: one file (and better compressed).
    expect(chunkGroup('/repo/src/mockups/win/window.tsx')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/mockups/labels.ts')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/mockups/spotlight-callout.tsx')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/lib/shape.ts')).toBe('store-deps');
    expect(chunkGroup('/repo/src/store/state.ts')).toBe('store');
    expect(chunkGroup('\0virtual:screen-catalog')).toBe('mockup-figure');
    expect(chunkGroup('\0virtual:screen-loaders')).toBe('mockup-figure');
    // A bundle of screens (src/mockups/screens/bundles.ts): its generated module and its folders, one file.
    expect(chunkGroup('\0virtual:screen-bundle/walk')).toBe('walk-screens');
    expect(chunkGroup('/repo/src/mockups/screens/event-viewer/screen.tsx')).toBe('walk-screens');
    expect(chunkGroup('/repo/src/mockups/win/wizard-frame.tsx')).toBe('walk-screens');
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/screen.tsx')).toBe('csv-fix-screens');
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/labels.ts')).toBe('csv-fix-screens');
    // What no step draws stays out of the screens' files.
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/spec.ts')).toBeNull();
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/sources.ts')).toBeNull();
    expect(chunkGroup('/repo/src/mockups/screens/exchange-admin/gallery.ts')).toBeNull();
  });

  it('puts the small shared start-page files and the libraries the start page runs on in one group', () => {
    expect(chunkGroup('/repo/src/lib/safe-storage.ts')).toBe('start');
    expect(chunkGroup('/repo/src/features/wizard/hooks/flow-route-id.ts')).toBe('start');
    expect(chunkGroup('/repo/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('start');
    expect(chunkGroup('/repo/node_modules/react-router/dist/development/index.mjs')).toBe('start');
    // The bundler's loader of lazily imported files, and "Open a saved case" (on the start page).
    expect(chunkGroup('\0vite/preload-helper.js')).toBe('start');
    expect(chunkGroup('/repo/src/features/wizard/export/session-file-import.tsx')).toBe('start');
    expect(chunkGroup('/repo/src/content/trainer.ts')).toBe('wizard');
  });

  it('leaves out the start page itself, on-demand files and screens, other pages, tests and other packages', () => {
    for (const id of [
      '/repo/src/features/wizard/components/store-notice-banner.tsx',
      '/repo/src/features/wizard/components/evidence-read.ts',
      '/repo/src/features/wizard/components/evidence-result.tsx',
      '/repo/src/engine/event-parse.ts',
      '/repo/src/mockups/screens/add-users-groups/screen.tsx',
      '/repo/src/app/routes/home-route.tsx',
      '/repo/src/app/routes/handover-route.tsx',
      '/repo/src/features/wizard/components/fix-step.test.tsx',
      '/repo/node_modules/zod/index.js',
      '/repo/node_modules/some-lib/src/features/wizard/components/x.js',
      '/repo/src/features/wizard/components/hand-over-panel.tsx',
    ]) {
      expect(chunkGroup(id), id).toBeNull();
    }
  });

  it('draws the screens a walk through the fix shows from one file', () => {
    expect(chunkGroup('/repo/src/mockups/screens/exchange-admin/screen.tsx')).toBe('walk-screens');
    expect(chunkGroup('/repo/src/mockups/screens/exchange-mailbox-resources/screen.tsx')).toBe('walk-screens');
    expect(chunkGroup('/repo/src/mockups/screens/event-viewer/labels.ts')).toBe('walk-screens');
  });

  it('names only files that exist (a renamed file would silently leave its group)', () => {
    for (const prefix of chunkPrefixes()) {
      expect(
        FILES.some((f) => f.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it('reads Windows paths too', () => {
    expect(chunkGroup('C:\\repo\\src\\features\\wizard\\hooks\\use-flow.ts')).toBe('wizard');
  });
});

describe('chunkFileName', () => {
  it('names a flow folder’s chunk after the flow, every other chunk after its module', () => {
    expect(chunkFileName({ name: 'index', facadeModuleId: '/repo/src/content/flows/q186742/index.ts' })).toBe(
      'assets/q186742-[hash].js',
    );
    expect(chunkFileName({ name: 'index', facadeModuleId: 'C:\\repo\\src\\content\\flows\\q186742\\index.ts' })).toBe(
      'assets/q186742-[hash].js',
    );
    expect(chunkFileName({ name: 'q255888', facadeModuleId: '/repo/src/content/flows/q255888.ts' })).toBe(
      'assets/[name]-[hash].js',
    );
    expect(chunkFileName({ name: 'wizard', facadeModuleId: null })).toBe('assets/[name]-[hash].js');
    expect(chunkFileName({ name: 'index', facadeModuleId: '/repo/src/main.tsx' })).toBe('assets/[name]-[hash].js');
  });
});
