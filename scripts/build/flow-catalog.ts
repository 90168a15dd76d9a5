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
/** What the start page's search needs beyond the list (the articles' own titles, the events each guide knows, the names of its causes and fix steps): loaded with the search. */
export const FLOW_SEARCH_ID = 'virtual:flow-search';
const RESOLVED_SEARCH = `\0${FLOW_SEARCH_ID}`;

type FlowLike = {
  id: string;
  revision: number;
  revisionDate: string;
  title: string;
  summary: string;
  kb: { id: string; title: string; appliesTo: string[] };
  audience?: string;
  entries: Array<{ id: string; label: string; description: string; start: string }>;
  nodes: Array<{
    kind: string;
    id: string;
    type?: string;
    title: string;
    options?: Array<{ id: string; label: string }>;
    evidence?: Array<{ question: string; supports?: string[] }>;
  }>;
  evidenceRules?: Array<{
    label: string;
    when: Array<{ eventId?: number; text?: string; source?: string; returnCode?: string }>;
    source: { ref: string };
  }>;
};

type CatalogEvent = { id?: number; text: string; source?: string; own?: true; code?: string };

/**
 * The events a flow's evidence rules recognise, for the start page's search:
 * each event id with the event's words (the rule's literal text condition, else
 * the words its label quotes), the source the rule names ("MSExchangeMIGDS"
 * finds the guide), its return code when the rule asks for one (`code`:
 * "80004005" finds the guide), and `own` when the rule cites the flow's
 * own article (`kb`), so the search ranks the article an event belongs to first.
 * Small: a few dozen words per flow.
 */
export function catalogEvents(rules: FlowLike['evidenceRules'], kb?: string): CatalogEvent[] {
  const events: CatalogEvent[] = [];
  for (const rule of rules ?? []) {
    const quoted = /“([^”]+)”/.exec(rule.label)?.[1];
    const text = rule.when.find((m) => m.text)?.text ?? quoted ?? '';
    const ids = [...new Set(rule.when.flatMap((m) => (m.eventId === undefined ? [] : [m.eventId])))];
    const own = kb !== undefined && rule.source.ref === kb ? ({ own: true } as const) : {};
    const codes = [...new Set(rule.when.flatMap((m) => (m.returnCode ? [m.returnCode] : [])))];
    const code = codes.length ? { code: codes.join(', ') } : {};
    const sources = [...new Set(rule.when.flatMap((m) => (m.source ? [m.source] : [])))];
    const source = sources.length ? { source: sources.join(', ') } : {};
    if (!ids.length) events.push({ text, ...source, ...code, ...own });
    for (const id of ids) events.push({ id, text, ...source, ...code, ...own });
  }
  return events;
}

/** A title without the content's inline markup (`**Label**`, `` `text` ``). */
const plain = (text: string) => text.replace(/\*\*|`/g, '');

/**
 * The names of a flow's causes and fixes, for the start page's search: the
 * titles of its own cause (diagnosis outcomes), of its fix steps, and of the
 * other causes it tells apart (other-cause outcomes); and its symptoms, the
 * answers that support its own cause ("the mailboxes are empty"). A line each.
 */
export function catalogNames(nodes: FlowLike['nodes']): {
  causes: string[];
  fixes: string[];
  others: string[];
  symptoms: string[];
} {
  const titles = (keep: (n: FlowLike['nodes'][number]) => boolean) => [
    ...new Set(nodes.filter(keep).map((n) => plain(n.title))),
  ];
  const isDiagnosis = (n: FlowLike['nodes'][number]) => n.kind === 'outcome' && n.type === 'diagnosis';
  const symptoms = nodes.filter(isDiagnosis).flatMap((d) =>
    (d.evidence ?? []).flatMap((e) => {
      const options = nodes.find((n) => n.id === e.question)?.options ?? [];
      return options.filter((o) => e.supports?.includes(o.id)).map((o) => plain(o.label));
    }),
  );
  return {
    causes: titles(isDiagnosis),
    fixes: titles((n) => n.kind === 'step'),
    others: titles((n) => n.kind === 'outcome' && n.type === 'other-cause'),
    symptoms: [...new Set(symptoms)],
  };
}

export function flowCatalog(): Plugin {
  let src = '';
  return {
    name: 'kb-flow-catalog',
    configResolved(config) {
      src = join(config.root, 'src');
    },
    resolveId(id) {
      return id === FLOW_CATALOG_ID ? RESOLVED : id === FLOW_SEARCH_ID ? RESOLVED_SEARCH : undefined;
    },
    async load(id) {
      if (id !== RESOLVED && id !== RESOLVED_SEARCH) return undefined;
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
      if (id === RESOLVED_SEARCH) {
        const search = module.FLOWS.map((f) => ({
          id: f.id,
          kbTitle: f.kb.title,
          audience: f.audience ?? '',
          events: catalogEvents(f.evidenceRules, f.kb.id),
          ...catalogNames(f.nodes),
        }));
        return `export const SEARCH = ${JSON.stringify(search)};\n`;
      }
      const catalog = module.FLOWS.map((f) => ({
        id: f.id,
        kb: f.kb.id,
        title: f.title,
        summary: f.summary,
        appliesTo: f.kb.appliesTo,
        revision: f.revision,
        revisionDate: f.revisionDate,
        entries: f.entries.map((e) => ({ id: e.id, label: e.label, description: e.description, start: e.start })),
      }));
      return `export const CATALOG = ${JSON.stringify(catalog)};\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes(`${join('src', 'content')}`)) return;
      for (const id of [RESOLVED, RESOLVED_SEARCH]) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
