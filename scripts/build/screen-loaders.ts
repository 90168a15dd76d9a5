/**
 * `virtual:screen-loaders`: how each mockup screen's code is loaded, written
 * at build (and dev, and test) time from the screen folders
 * (src/mockups/screens/<id>/screen.tsx) and the one list of bundles
 * (src/mockups/screens/bundles.ts). A bundled screen loads through its
 * bundle's module, `virtual:screen-bundle/<name>`, which imports every screen
 * of that bundle (scripts/build/chunk-groups.ts puts them in one file); any
 * other screen is a file of its own. Adding a screen adds a folder and nothing
 * else; bundling it adds its name to the list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from 'vite';

import { SCREEN_BUNDLES } from '../../src/mockups/screens/bundles.ts';

export const SCREEN_LOADERS_ID = 'virtual:screen-loaders';
export const SCREEN_BUNDLE_PREFIX = 'virtual:screen-bundle/';

/** The screen folders under a screens directory (those with a screen.tsx), sorted. */
export function screenFolders(screensDir: string): string[] {
  return readdirSync(screensDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(screensDir, e.name, 'screen.tsx')))
    .map((e) => e.name)
    .sort();
}

/** The bundle that holds a screen, if any. */
export function bundleOf(
  screen: string,
  bundles: Readonly<Record<string, readonly string[]>> = SCREEN_BUNDLES,
): string | undefined {
  return Object.keys(bundles).find((b) => bundles[b]!.includes(screen));
}

/** The loaders module: one loader per screen folder. `file` gives a folder's screen.tsx as an import specifier. */
export function loadersModule(
  screens: readonly string[],
  file: (screen: string) => string,
  bundles: Readonly<Record<string, readonly string[]>> = SCREEN_BUNDLES,
): string {
  const missing = Object.values(bundles)
    .flat()
    .filter((s) => !screens.includes(s));
  if (missing.length)
    throw new Error(`src/mockups/screens/bundles.ts names screens with no folder: ${missing.join(', ')}`);
  const lines = screens.map((s) => {
    const bundle = bundleOf(s, bundles);
    const load = bundle
      ? `import(${JSON.stringify(SCREEN_BUNDLE_PREFIX + bundle)}).then((m) => m.SCREENS[${JSON.stringify(s)}])`
      : `import(${JSON.stringify(file(s))}).then((m) => m.Screen)`;
    return `  ${JSON.stringify(s)}: () => ${load},`;
  });
  return `export const SCREEN_LOADERS = {\n${lines.join('\n')}\n};\n`;
}

/** A bundle's module: its screens, by id. */
export function bundleModule(screens: readonly string[], file: (screen: string) => string): string {
  const imports = screens.map((s, i) => `import { Screen as S${i} } from ${JSON.stringify(file(s))};`);
  const entries = screens.map((s, i) => `  ${JSON.stringify(s)}: S${i},`);
  return `${imports.join('\n')}\nexport const SCREENS = {\n${entries.join('\n')}\n};\n`;
}

export function screenLoaders(): Plugin {
  let screensDir = '';
  const file = (screen: string) => join(screensDir, screen, 'screen.tsx').replaceAll('\\', '/');
  return {
    name: 'kb-screen-loaders',
    configResolved(config) {
      screensDir = join(config.root, 'src', 'mockups', 'screens');
    },
    resolveId(id) {
      return id === SCREEN_LOADERS_ID || id.startsWith(SCREEN_BUNDLE_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${SCREEN_LOADERS_ID}`) {
        // Each screen file, as screen-catalog.ts watches them (a folder itself cannot be watched this way: in the
        // unit tests' module runner a watched folder is taken for an import, and no screen could load).
        const screens = screenFolders(screensDir);
        for (const s of screens) this.addWatchFile(file(s));
        return loadersModule(screens, file);
      }
      if (id.startsWith(`\0${SCREEN_BUNDLE_PREFIX}`)) {
        const name = id.slice(`\0${SCREEN_BUNDLE_PREFIX}`.length) as keyof typeof SCREEN_BUNDLES;
        if (!Object.hasOwn(SCREEN_BUNDLES, name)) throw new Error(`no screen bundle "${name}"`);
        return bundleModule(SCREEN_BUNDLES[name], file);
      }
      return undefined;
    },
  };
}
