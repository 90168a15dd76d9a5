/**
 * `virtual:flow-catalog`: the start page's light list of flows, derived at
 * build (and dev, and test) time from the flow files and folders. The start
 * page imports this instead of the flows, so it stays small, and an author
 * adding a KB article adds one data file (or one folder with an index.ts)
 * under src/content/flows/ and nothing else.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Plugin, runnerImport } from 'vite';

export const FLOW_CATALOG_ID = 'virtual:flow-catalog';
const RESOLVED = `\0${FLOW_CATALOG_ID}`;

type FlowLike = {
  id: string;
  revision: number;
  revisions: Array<{ revision: number; date: string }>;
  title: string;
  summary: string;
  kb: { id: string; appliesTo: string[] };
  entries: Array<{ id: string; label: string; description: string; start: string }>;
};

export function flowCatalog(): Plugin {
  let src = '';
  return {
    name: 'kb-flow-catalog',
    configResolved(config) {
      src = join(config.root, 'src');
    },
    resolveId(id) {
      return id === FLOW_CATALOG_ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const flowsDir = join(src, 'content', 'flows');
      // Flow files and flow folders (flows/<id>/index.ts and its parts).
      for (const entry of readdirSync(flowsDir, { withFileTypes: true })) {
        const path = join(flowsDir, entry.name);
        if (entry.isDirectory()) for (const part of readdirSync(path)) this.addWatchFile(join(path, part));
        else this.addWatchFile(path);
      }
      const { module } = await runnerImport<{ FLOWS: readonly FlowLike[] }>(join(src, 'content', 'index.ts'), {
        configFile: false,
        logLevel: 'error',
        resolve: { alias: { '@': src } },
      });
      const catalog = module.FLOWS.map((f) => ({
        id: f.id,
        kb: f.kb.id,
        title: f.title,
        summary: f.summary,
        appliesTo: f.kb.appliesTo,
        revision: f.revision,
        revisionDate: f.revisions.find((r) => r.revision === f.revision)?.date ?? '',
        entries: f.entries.map((e) => ({ id: e.id, label: e.label, description: e.description, start: e.start })),
      }));
      return `export const CATALOG = ${JSON.stringify(catalog)};\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes(`${join('src', 'content')}`)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
