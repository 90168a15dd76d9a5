/**
 * The statistics as the page shows them (src/app/routes/stats-route.tsx): one row per flow, kind and step, and the
 * same as CSV. Loaded with that page only (`statistics()` in load-on-demand.ts): a walk records statistics
 * (outcome-stats.ts) but never tabulates them. Pure.
 */
import type { StatsEvent } from './outcome-stats';

export type StatsRow = {
  flowId: string;
  kind: StatsEvent['kind'];
  node: string;
  count: number;
  first: number;
  last: number;
  /** For outcomes that name a cause: how many sessions reached each verdict level. */
  levels: Record<string, number>;
};

/**
 * One row per flow, kind and node, most frequent first. A session that reached an outcome is not abandoned, even
 * where an earlier version recorded it as both (it was deleted or closed after reaching a result).
 */
export function summarise(events: readonly StatsEvent[]): StatsRow[] {
  const rows = new Map<string, StatsRow>();
  const reached = new Set(events.filter((e) => e.kind === 'outcome').map((e) => e.session));
  for (const e of events) {
    // Abandoned after a result; or a result reached before the case came here (counted where it was reached).
    if ((e.kind === 'abandoned' && reached.has(e.session)) || e.elsewhere) continue;
    const key = `${e.flowId}\u0000${e.kind}\u0000${e.node}`;
    const row = rows.get(key);
    const r = row ?? { flowId: e.flowId, kind: e.kind, node: e.node, count: 0, first: e.at, last: e.at, levels: {} };
    r.count++;
    r.first = Math.min(r.first, e.at);
    r.last = Math.max(r.last, e.at);
    if (e.level) r.levels[e.level] = (r.levels[e.level] ?? 0) + 1;
    if (!row) rows.set(key, r);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.flowId.localeCompare(b.flowId) ||
      a.kind.localeCompare(b.kind) ||
      b.count - a.count ||
      a.node.localeCompare(b.node),
  );
}

/** A CSV field, quoted when needed; a leading formula character is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type NamedRow = StatsRow & { kb: string; title: string };

const LEVEL_ORDER = ['confirmed', 'likely', 'possible', 'ruled-out'];

/** "3 confirmed, 1 likely": how sure the verdicts of a row's sessions were (empty when none were recorded). */
export function levelsText(levels: Readonly<Record<string, number>>): string {
  return Object.entries(levels)
    .sort(([a], [b]) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b))
    .map(([level, n]) => `${n} ${level.replace('-', ' ')}`)
    .join(', ');
}

export function statsCsv(rows: readonly NamedRow[]): string {
  const header = ['KB', 'Event', 'Step id', 'Step', 'Count', 'How sure', 'First seen (UTC)', 'Last seen (UTC)'];
  const lines = rows.map((r) =>
    [
      r.kb,
      r.kind === 'outcome' ? 'Outcome reached' : 'Abandoned at',
      r.node,
      r.title,
      r.count,
      levelsText(r.levels ?? {}),
      new Date(r.first).toISOString(),
      new Date(r.last).toISOString(),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
