import { describe, expect, it } from 'vitest';

import { chunkFileName, chunkGroup } from './chunk-groups.ts';

describe('chunkGroup', () => {
  it('puts the wizard pages, their components and the engine they use in one group', () => {
    expect(chunkGroup('/repo/src/app/routes/step-route.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/wizard/components/fix-step.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/engine/walk.ts')).toBe('wizard');
    expect(chunkGroup('/repo/src/content/load-flow.ts')).toBe('wizard');
    expect(chunkGroup('/repo/src/content/flows/q255888.ts')).toBeNull();
  });

  it('groups the screen kit, the figure frame and the store helpers separately', () => {
    expect(chunkGroup('/repo/src/mockups/win/window.tsx')).toBe('mockup-kit');
    expect(chunkGroup('/repo/src/mockups/labels.ts')).toBe('mockup-kit');
    expect(chunkGroup('/repo/src/mockups/spotlight-callout.tsx')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/lib/shape.ts')).toBe('store-deps');
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/spec.ts')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/notepad-csv.tsx')).toBeNull();
    expect(chunkGroup('/repo/src/mockups/screens/notepad-csv/sources.ts')).toBeNull();
  });

  it('leaves out start-page files, on-demand files, screens, other pages, tests and packages', () => {
    for (const id of [
      '/repo/src/wizard/components/store-notice-banner.tsx',
      '/repo/src/wizard/hooks/flow-route-id.ts',
      '/repo/src/wizard/components/evidence-read.ts',
      '/repo/src/engine/event-parse.ts',
      '/repo/src/mockups/screens/exchange-admin.tsx',
      '/repo/src/app/routes/home-route.tsx',
      '/repo/src/app/routes/handover-route.tsx',
      '/repo/src/wizard/store/store-core.ts',
      '/repo/src/wizard/components/fix-step.test.tsx',
      '/repo/node_modules/react/index.js',
      '/repo/node_modules/some-lib/src/wizard/components/x.js',
      '\0vite/preload-helper.js',
    ]) {
      expect(chunkGroup(id), id).toBeNull();
    }
  });

  it('reads Windows paths too', () => {
    expect(chunkGroup('C:\\repo\\src\\wizard\\hooks\\use-flow.ts')).toBe('wizard');
  });
});

describe('chunkFileName', () => {
  it('names a flow folder’s chunk after the flow, every other chunk after its module', () => {
    expect(chunkFileName({ name: 'index', facadeModuleId: '/repo/src/content/flows/q186742/index.ts' })).toBe('assets/q186742-[hash].js');
    expect(chunkFileName({ name: 'index', facadeModuleId: 'C:\\repo\\src\\content\\flows\\q186742\\index.ts' })).toBe('assets/q186742-[hash].js');
    expect(chunkFileName({ name: 'q255888', facadeModuleId: '/repo/src/content/flows/q255888.ts' })).toBe('assets/[name]-[hash].js');
    expect(chunkFileName({ name: 'wizard', facadeModuleId: null })).toBe('assets/[name]-[hash].js');
    expect(chunkFileName({ name: 'index', facadeModuleId: '/repo/src/main.tsx' })).toBe('assets/[name]-[hash].js');
  });
});
