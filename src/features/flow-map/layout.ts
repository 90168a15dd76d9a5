/**
 * Lays out a flow's decision graph for the map: questions, fix steps and
 * outcomes as boxes in rows (each node one row below everything that leads
 * to it), every choice as an edge. The path taken so far is the map's spine:
 * its boxes share the first column, one under the other, so the path reads
 * as one straight line; the other nodes sit to its right, each near what
 * leads to it. Edges run in the gaps between rows and columns, never across a
 * box. Plain data out (pure, no DOM): the map draws it as SVG and lists it as
 * text. Loaded only when the map opens.
 */
import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import { choicesOf, indexNodes } from '@/engine/graph';

export const NODE_WIDTH = 264;
/** The map's type at 100 %: the kind line and the title (the map never draws them smaller). */
export const KIND_PX = 14;
export const TITLE_PX = 16;
export const LINE_HEIGHT = 21;
/** Room for the kind line above the title and the padding around. */
const NODE_CHROME = 40;
/** Characters per title line at TITLE_PX (a safe average for the sans-serif stack). */
const LINE_CHARS = 25;
const MAX_LINES = 5;
const GAP_X = 56;
const GAP_Y = 64;
const MARGIN = 16;
/** Above the first row: room for the map's "You are here" tag over a box. */
const TOP = 48;

export type MapNode = {
  readonly id: string;
  readonly kind: FlowNode['kind'];
  /** For outcomes: diagnosis, resolved, escalate… */
  readonly type?: string;
  readonly title: string;
  /** The title broken into lines that fit the box (the last one shortened with … only past MAX_LINES). */
  readonly lines: readonly string[];
  /** Centre of the box. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Row and column in the grid (column 0 is the path's). */
  readonly rank: number;
  readonly column: number;
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

/** Break a title into at most `max` lines of about `chars` characters. */
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

/**
 * @param path the ids of the path taken, in order (the map's spine); ids not
 *   in the flow, repeats and steps that do not follow each other are ignored.
 */
export function layoutFlow(flow: Flow, path: readonly string[] = []): FlowLayout {
  const known = indexNodes(flow);
  const nodes = flow.nodes.filter((n) => known.get(n.id) === n);
  const next = new Map(
    nodes.map((n) => [n.id, [...new Set(choicesOf(n).map((c) => c.next))].filter((t) => known.has(t))]),
  );
  const preds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const [from, tos] of next) for (const to of tos) preds.get(to)!.push(from);

  // Rows: the longest way from a start (a depth-first order that ignores any loop).
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const t of next.get(id)!) if (!state.has(t)) visit(t);
    state.set(id, 'done');
    order.push(id);
  };
  for (const e of flow.entries) if (known.has(e.start) && !state.has(e.start)) visit(e.start);
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  order.reverse();
  const position = new Map(order.map((id, i) => [id, i]));
  const rank = new Map<string, number>();
  for (const id of order) {
    const r = Math.max(
      -1,
      ...preds
        .get(id)!
        .filter((p) => position.get(p)! < position.get(id)!)
        .map((p) => rank.get(p)!),
    );
    rank.set(id, r + 1);
  }

  // The spine: the path's nodes, as long as each leads to the next.
  const spine: string[] = [];
  for (const id of path) {
    if (!known.has(id) || spine.includes(id)) break;
    const prev = spine.at(-1);
    if (prev !== undefined && !next.get(prev)!.includes(id)) break;
    spine.push(id);
  }
  const onSpine = new Set(spine);
  const spineEnd = spine.length ? rank.get(spine.at(-1)!)! : -1;

  // Columns, row by row: the spine in column 0; the rest right of it, near what leads to them, in flow order.
  const column = new Map<string, number>();
  const rows = new Map<number, string[]>();
  for (const n of nodes) rows.set(rank.get(n.id)!, [...(rows.get(rank.get(n.id)!) ?? []), n.id]);
  const rowIds = [...rows.keys()].sort((a, b) => a - b);
  const flowIndex = new Map(nodes.map((n, i) => [n.id, i]));
  for (const r of rowIds) {
    const ids = rows.get(r)!;
    for (const id of ids) if (onSpine.has(id)) column.set(id, 0);
    // Column 0 stays free below a spine box until the path ends, so its line runs straight.
    const first = r <= spineEnd ? 1 : 0;
    const wanted = (id: string) => {
      const cols = preds.get(id)!.flatMap((p) => (column.has(p) ? [column.get(p)!] : []));
      return cols.length ? Math.max(first, cols.reduce((a, b) => a + b, 0) / cols.length) : first;
    };
    const rest = ids
      .filter((id) => !onSpine.has(id))
      .map((id) => ({ id, want: wanted(id) }))
      .sort((a, b) => a.want - b.want || flowIndex.get(a.id)! - flowIndex.get(b.id)!);
    let at = first - 1;
    for (const { id, want } of rest) {
      at = Math.max(at + 1, Math.round(want));
      if (r <= spineEnd && at === 0) at = 1;
      column.set(id, at);
    }
  }

  // Geometry.
  const prepared = new Map(
    nodes.map((n) => {
      const title = plainText(n.title);
      const lines = wrapTitle(title);
      return [n.id, { node: n, title, lines, height: NODE_CHROME + lines.length * LINE_HEIGHT }];
    }),
  );
  const rowHeight = new Map(rowIds.map((r) => [r, Math.max(...rows.get(r)!.map((id) => prepared.get(id)!.height))]));
  const rowTop = new Map<number, number>();
  let y = TOP;
  for (const r of rowIds) {
    rowTop.set(r, y);
    y += rowHeight.get(r)! + GAP_Y;
  }
  const height = Math.ceil(y - GAP_Y + MARGIN);
  const columns = Math.max(...column.values()) + 1;
  const width = Math.ceil(2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * GAP_X);
  const colX = (c: number) => MARGIN + c * (NODE_WIDTH + GAP_X) + NODE_WIDTH / 2;

  const laid: MapNode[] = nodes.map((n) => {
    const p = prepared.get(n.id)!;
    const r = rank.get(n.id)!;
    return {
      id: n.id,
      kind: n.kind,
      ...(n.kind === 'outcome' ? { type: n.type } : {}),
      title: p.title,
      lines: p.lines,
      x: colX(column.get(n.id)!),
      y: rowTop.get(r)! + p.height / 2,
      width: NODE_WIDTH,
      height: p.height,
      rank: r,
      column: column.get(n.id)!,
    };
  });
  const byId = new Map(laid.map((n) => [n.id, n]));
  const occupied = new Set(laid.map((n) => `${n.rank}:${n.column}`));
  const freeBetween = (col: number, fromRank: number, toRank: number) => {
    for (let r = fromRank + 1; r < toRank; r++) if (occupied.has(`${r}:${col}`)) return false;
    return true;
  };
  // The channel below a row (halfway to the next row), and each edge's lane in it, so lines sharing a channel stay apart.
  const channelY = (r: number) => rowTop.get(r)! + rowHeight.get(r)! + GAP_Y / 2;
  const lanes = new Map<string, number>();
  const lane = (key: string) => {
    const n = lanes.get(key) ?? 0;
    lanes.set(key, n + 1);
    return ((n % 5) - 2) * 6;
  };

  const edges: MapEdge[] = [];
  const drawn = new Map<string, MapEdge['points']>();
  for (const n of nodes) {
    for (const c of choicesOf(n)) {
      const s = byId.get(n.id);
      const t = byId.get(c.next);
      if (!s || !t) continue;
      const pair = `${s.id}>${t.id}`;
      let points = drawn.get(pair);
      if (!points) {
        const sx = s.x;
        const tx = t.x;
        const sy = s.y + s.height / 2;
        const ty = t.y - t.height / 2;
        const above = rowIds[rowIds.indexOf(t.rank) - 1] ?? s.rank;
        if (sx === tx && freeBetween(s.column, s.rank, t.rank)) {
          points = [
            { x: sx, y: sy },
            { x: tx, y: ty },
          ];
        } else if (freeBetween(s.column, s.rank, t.rank)) {
          // Down the source's column, then across in the channel above the target.
          const cy = channelY(above) + lane(`c${above}`);
          points = [
            { x: sx, y: sy },
            { x: sx, y: cy },
            { x: tx, y: cy },
            { x: tx, y: ty },
          ];
        } else if (freeBetween(t.column, s.rank, t.rank)) {
          // Across in the channel below the source, then down the target's column.
          const cy = channelY(s.rank) + lane(`c${s.rank}`);
          points = [
            { x: sx, y: sy },
            { x: sx, y: cy },
            { x: tx, y: cy },
            { x: tx, y: ty },
          ];
        } else {
          // Across below the source, down the gap beside the target's column, across above the target.
          const side = tx > sx ? -1 : 1;
          const gx = tx + side * (NODE_WIDTH / 2 + GAP_X / 2) + lane(`g${t.column}:${side}`);
          const c1 = channelY(s.rank) + lane(`c${s.rank}`);
          const c2 = channelY(above) + lane(`c${above}`);
          points = [
            { x: sx, y: sy },
            { x: sx, y: c1 },
            { x: gx, y: c1 },
            { x: gx, y: c2 },
            { x: tx, y: c2 },
            { x: tx, y: ty },
          ];
        }
        drawn.set(pair, points);
      }
      edges.push({
        from: s.id,
        to: t.id,
        choice: c.id,
        ...(n.kind === 'question' && c.label ? { label: plainText(c.label) } : {}),
        points,
      });
    }
  }
  laid.sort((a, b) => a.rank - b.rank || a.column - b.column);
  return { width, height, nodes: laid, edges };
}
