/**
 * Lays out a flow's decision graph with dagre (a maintained layered-graph
 * layout library): questions, fix steps and outcomes as boxes, every choice
 * as an edge. Plain data out, so the map draws it as SVG and lists it as
 * text. Imported only by the map route, with import(), so dagre never loads
 * before the map is opened.
 */
import dagre from '@dagrejs/dagre';

import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import { choicesOf, indexNodes } from '@/engine/graph';

export const NODE_WIDTH = 216;
const LINE_HEIGHT = 17;
/** Room for the kind line above the title and the padding around. */
const NODE_CHROME = 34;
/** Characters per title line at the map's 13 px type (a safe average). */
const LINE_CHARS = 27;
const MAX_LINES = 3;

export type MapNode = {
  readonly id: string;
  readonly kind: FlowNode['kind'];
  /** For outcomes: diagnosis, resolved, escalate… */
  readonly type?: string;
  readonly title: string;
  /** The title broken into lines that fit the box (the last one shortened with … when needed). */
  readonly lines: readonly string[];
  /** Centre of the box. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export type MapEdge = {
  readonly from: string;
  readonly to: string;
  /** The choice id and, for a question's option, its label. */
  readonly choice: string;
  readonly label?: string;
  readonly points: readonly { x: number; y: number }[];
};

export type FlowLayout = {
  readonly width: number;
  readonly height: number;
  /** In reading order: top to bottom, then left to right. */
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
};

/** Break a title into at most MAX_LINES lines of about LINE_CHARS characters. */
export function wrapTitle(title: string, chars = LINE_CHARS, max = MAX_LINES): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= chars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = `${last.slice(0, chars - 1).replace(/\s+\S*$/, '') || last.slice(0, chars - 1)}…`;
  return kept;
}

export function layoutFlow(flow: Flow): FlowLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const known = indexNodes(flow);
  const prepared = flow.nodes
    .filter((n) => known.get(n.id) === n)
    .map((n) => {
      const title = plainText(n.title);
      const lines = wrapTitle(title);
      return { node: n, title, lines, height: NODE_CHROME + lines.length * LINE_HEIGHT };
    });
  for (const p of prepared) g.setNode(p.node.id, { width: NODE_WIDTH, height: p.height });
  const edgeInfo = new Map<string, { from: string; to: string; choice: string; label?: string }>();
  for (const { node } of prepared) {
    for (const c of choicesOf(node)) {
      if (!known.has(c.next)) continue;
      const name = `${node.id}|${c.id}`;
      edgeInfo.set(name, {
        from: node.id,
        to: c.next,
        choice: c.id,
        ...(node.kind === 'question' && c.label ? { label: plainText(c.label) } : {}),
      });
      g.setEdge(node.id, c.next, {}, name);
    }
  }
  dagre.layout(g);

  const nodes: MapNode[] = prepared.map(({ node, title, lines, height }) => {
    const laid = g.node(node.id) as { x: number; y: number };
    return {
      id: node.id,
      kind: node.kind,
      ...(node.kind === 'outcome' ? { type: node.type } : {}),
      title,
      lines,
      x: laid.x,
      y: laid.y,
      width: NODE_WIDTH,
      height,
    };
  });
  nodes.sort((a, b) => a.y - b.y || a.x - b.x);
  const edges: MapEdge[] = g.edges().flatMap((e) => {
    const info = e.name ? edgeInfo.get(e.name) : undefined;
    if (!info) return [];
    const label = g.edge(e) as { points?: { x: number; y: number }[] };
    return [{ ...info, points: (label.points ?? []).map((p) => ({ x: p.x, y: p.y })) }];
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}
