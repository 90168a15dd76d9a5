import { describe, expect, it } from 'vitest';

import { chunkGroup } from './chunk-groups.ts';

describe('chunkGroup', () => {
  it('puts the wizard pages, their components and the engine they use in one group', () => {
    expect(chunkGroup('/repo/src/app/routes/step-route.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/wizard/components/fix-step.tsx')).toBe('wizard');
    expect(chunkGroup('/repo/src/engine/walk.ts')).toBe('wizard');
  });

  it('groups the screen kit, the figure frame and the store helpers separately', () => {
    expect(chunkGroup('/repo/src/mockups/win/window.tsx')).toBe('mockup-kit');
    expect(chunkGroup('/repo/src/mockups/labels.ts')).toBe('mockup-kit');
    expect(chunkGroup('/repo/src/mockups/spotlight-callout.tsx')).toBe('mockup-figure');
    expect(chunkGroup('/repo/src/lib/shape.ts')).toBe('store-deps');
  });

  it('leaves out start-page files, on-demand files, screens, other pages, tests and packages', () => {
    for (const id of [
      '/repo/src/wizard/components/store-notice-banner.tsx',
      '/repo/src/wizard/hooks/flow-route-id.ts',
      '/repo/src/wizard/components/evidence-read.ts',
      '/repo/src/wizard/components/evidence-result.tsx',
      '/repo/src/engine/event-parse.ts',
      '/repo/src/mockups/screens/event-viewer.tsx',
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

  it('draws both Exchange Administrator main-window screens from one file', () => {
    expect(chunkGroup('/repo/src/mockups/screens/exchange-admin.tsx')).toBe('exchange-admin-screens');
    expect(chunkGroup('/repo/src/mockups/screens/exchange-mailbox-resources.tsx')).toBe('exchange-admin-screens');
  });

  it('reads Windows paths too', () => {
    expect(chunkGroup('C:\\repo\\src\\wizard\\hooks\\use-flow.ts')).toBe('wizard');
  });
});
