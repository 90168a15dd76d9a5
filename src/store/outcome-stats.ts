/**
 * Local outcome statistics for a helpdesk lead: which outcomes sessions
 * reached and where sessions were abandoned (started over, closed or deleted
 * before reaching any outcome). A session that reached an outcome is never
 * also counted as abandoned. Kept only in this browser, under their own key,
 * apart from the sessions themselves. Reading never throws: unreadable data
 * counts as no data.
 */
import { safeStorage } from '@/lib/safe-storage';
import { type Infer, array, literal, number, object, optional, safeParse, string } from '@/lib/shape';

export const STATS_KEY = 'kb-wizard:stats';
export const STATS_VERSION = 1;
/** Oldest events are dropped beyond this many, so storage never fills up. */
export const STATS_MAX_EVENTS = 5_000;

const statsEventSchema = object({
  at: number,
  kind: literal('outcome', 'abandoned'),
  flowId: string,
  /** The outcome reached, or the node the session was on when it was abandoned. */
  node: string,
  session: string,
  /** For an outcome that names a cause: how sure its verdict was (confirmed, likely, possible), last seen. */
  level: optional(string),
  /**
   * Reached before the case came to this browser (a hand-over file or a share link): kept so that it is not counted
   * when the case goes on here, and not counted itself (the browser it was reached in counts it).
   */
  elsewhere: optional(literal(true)),
});

const statsSchema = object({
  version: literal(STATS_VERSION),
  events: array(statsEventSchema),
});

export type StatsEvent = Infer<typeof statsEventSchema>;

export function readStats(): StatsEvent[] {
  const raw = safeStorage.get(STATS_KEY);
  if (raw === null) return [];
  try {
    const parsed = safeParse(statsSchema, JSON.parse(raw));
    return parsed.ok ? parsed.data.events : [];
  } catch {
    return [];
  }
}

function writeStats(events: StatsEvent[]): void {
  const kept = events.length > STATS_MAX_EVENTS ? events.slice(events.length - STATS_MAX_EVENTS) : events;
  safeStorage.set(STATS_KEY, JSON.stringify({ version: STATS_VERSION, events: kept }));
}

/**
 * Count outcomes reached by a session, once per session and outcome. `levels`
 * gives how sure the verdict on an outcome is; when a session's verdict
 * changes (an open answer given later), its event keeps the latest.
 * `elsewhere`: the case arrived with them (see the event's `elsewhere`).
 */
export function recordOutcomes(
  flowId: string,
  session: string,
  outcomes: readonly string[],
  at: number,
  levels: Readonly<Record<string, string>> = {},
  elsewhere = false,
): void {
  if (!outcomes.length) return;
  const events = readStats();
  let changed = false;
  const updated = events.map((e) => {
    const level = e.kind === 'outcome' && e.session === session ? levels[e.node] : undefined;
    if (!level || level === e.level) return e;
    changed = true;
    return { ...e, level };
  });
  const seen = new Set(events.filter((e) => e.kind === 'outcome' && e.session === session).map((e) => e.node));
  const fresh = outcomes.filter((o) => !seen.has(o));
  if (!fresh.length && !changed) return;
  writeStats([
    ...updated,
    ...fresh.map((node) => ({
      at,
      kind: 'outcome' as const,
      flowId,
      node,
      session,
      ...(levels[node] ? { level: levels[node] } : {}),
      ...(elsewhere ? { elsewhere: true as const } : {}),
    })),
  ]);
}

/** A session set aside before it reached any outcome: counted once, where it stood. One that reached an outcome is not. */
export function recordAbandoned(flowId: string, session: string, node: string, at: number): void {
  const events = readStats();
  if (events.some((e) => e.session === session)) return;
  writeStats([...events, { at, kind: 'abandoned', flowId, node, session }]);
}

/** Undo of "start over": the session was not abandoned after all. */
export function forgetAbandoned(session: string): void {
  const events = readStats();
  const kept = events.filter((e) => !(e.kind === 'abandoned' && e.session === session));
  if (kept.length !== events.length) writeStats(kept);
}

export function eraseStats(): void {
  safeStorage.remove(STATS_KEY);
}
