/**
 * `virtual:screen-catalog`: the pages' light catalogue of mockup screens,
 * derived at build (and dev, and test) time from the screen folders
 * (src/mockups/screens/<id>/): each spec's title and targets, the size the
 * screen measures (size.json, written by e2e/screen-sizes.spec.ts), and the
 * few checks a page makes before drawing, read off the spec's zod schema: the
 * fields the screen cannot be drawn without must be there, and such a field
 * that is an enum must hold one of its values (a screen looks things up by
 * them; optional fields have defaults and are only compared). Adding a screen adds a
 * folder and nothing else; no page loads zod.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Plugin, runnerImport } from 'vite';

export const SCREEN_CATALOG_ID = 'virtual:screen-catalog';
const RESOLVED = `\0${SCREEN_CATALOG_ID}`;

/** The little of a zod 4 schema this reads: its kind, and what wraps or lists inside it. */
type ZodLike = {
  def: { type: string; innerType?: ZodLike; shape?: Record<string, ZodLike>; entries?: Record<string, string> };
};
type DefinitionLike = { title: string; targets: Record<string, string>; state: ZodLike };

export type LightSpec = {
  title: string;
  targets: Record<string, string>;
  size: { width: number; height: number };
  choices?: Record<string, string[]>;
  required?: string[];
};

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** A screen's light spec: its title, targets and size, and its state's required fields (with the values of required enums). */
export function lightSpec(definition: DefinitionLike, size: { width: number; height: number }): LightSpec {
  const choices: Record<string, string[]> = {};
  const required: string[] = [];
  for (const [field, schema] of Object.entries(definition.state.def.shape ?? {})) {
    let inner = schema;
    let optional = false;
    while (WRAPPERS.has(inner.def.type) && inner.def.innerType) {
      if (inner.def.type !== 'nullable' && inner.def.type !== 'readonly') optional = true;
      inner = inner.def.innerType;
    }
    if (optional) continue;
    required.push(field);
    // A field the screen cannot be drawn without is what it looks things up by: an enum's value is checked too.
    if (inner.def.type === 'enum' && inner.def.entries) choices[field] = Object.values(inner.def.entries);
  }
  return {
    title: definition.title,
    targets: definition.targets,
    size,
    ...(Object.keys(choices).length ? { choices } : {}),
    ...(required.length ? { required } : {}),
  };
}

/** A folder's measured size, or a placeholder (0 × 0: a screen not yet measured reserves no box). */
function sizeOf(folder: string): { width: number; height: number } {
  const file = join(folder, 'size.json');
  if (!existsSync(file)) return { width: 0, height: 0 };
  const { width, height } = JSON.parse(readFileSync(file, 'utf8')) as { width: number; height: number };
  return { width, height };
}

export function screenCatalog(): Plugin {
  let src = '';
  return {
    name: 'kb-screen-catalog',
    configResolved(config) {
      src = join(config.root, 'src');
    },
    resolveId(id) {
      return id === SCREEN_CATALOG_ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const screensDir = join(src, 'mockups', 'screens');
      for (const entry of readdirSync(screensDir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        for (const part of readdirSync(join(screensDir, entry.name)))
          this.addWatchFile(join(screensDir, entry.name, part));
      }
      const { module } = await runnerImport<{ SCREEN_DEFINITIONS: Record<string, DefinitionLike> }>(
        join(src, 'mockups', 'screen-definitions.ts'),
        { configFile: false, logLevel: 'error', resolve: { alias: { '@': src } } },
      );
      const catalog = Object.fromEntries(
        Object.entries(module.SCREEN_DEFINITIONS).map(([screen, d]) => [
          screen,
          lightSpec(d, sizeOf(join(screensDir, screen))),
        ]),
      );
      return `export const SCREEN_CATALOG = ${JSON.stringify(catalog)};\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes(join('src', 'mockups'))) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
