import { describe, expect, it } from 'vitest';

import { join } from 'node:path';

import { SCREEN_BUNDLES } from '../../src/mockups/screens/bundles.ts';
import { bundleModule, bundleOf, loadersModule, screenFolders } from './screen-loaders.ts';

const SCREENS_DIR = join(import.meta.dirname, '../../src/mockups/screens');
const file = (s: string) => `/src/mockups/screens/${s}/screen.tsx`;

describe('screen loaders', () => {
  it('loads a bundled screen through its bundle and any other screen from its own folder', () => {
    const code = loadersModule(['a', 'b', 'c'], file, { pair: ['a', 'c'] });
    expect(code).toContain(`"a": () => import("virtual:screen-bundle/pair").then((m) => m.SCREENS["a"])`);
    expect(code).toContain(`"c": () => import("virtual:screen-bundle/pair").then((m) => m.SCREENS["c"])`);
    expect(code).toContain(`"b": () => import("/src/mockups/screens/b/screen.tsx").then((m) => m.Screen)`);
  });

  it('refuses a bundle that names a screen with no folder', () => {
    expect(() => loadersModule(['a'], file, { pair: ['a', 'gone'] })).toThrow(/no folder: gone/);
  });

  it('writes a bundle’s module with every screen of the bundle by id', () => {
    const code = bundleModule(['a', 'c'], file);
    expect(code).toContain('import { Screen as S1 } from "/src/mockups/screens/c/screen.tsx";');
    expect(code).toContain('"c": S1,');
  });

  it('lists only screen folders, and bundles each at most once', () => {
    const folders = screenFolders(SCREENS_DIR);
    const bundled = Object.values(SCREEN_BUNDLES).flat();
    expect(bundled.filter((s) => !folders.includes(s))).toEqual([]);
    expect(new Set(bundled).size).toBe(bundled.length);
    expect(bundleOf('notepad-csv')).toBe('csv-fix');
    expect(bundleOf('add-users-groups')).toBeUndefined();
  });
});
