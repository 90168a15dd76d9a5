/**
 * The store's heavier helpers — the stored-data validator (stored-schema.ts) and the local
 * outcome statistics — are not needed to show the start page to a first-time
 * visitor, so they load on demand: both before the store starts when
 * something is stored; otherwise the statistics on the first action, and the
 * validator only once there is stored data to read that this tab did not
 * write (another tab's). This keeps the validator out of the first-load
 * JavaScript (scripts/size-budget.mjs) and out of a first visit's walk.
 */
import { afterNextPaint } from '@/lib/after-next-paint';
import { isClassroom } from '@/lib/classroom';

import type * as PersistedModule from './stored-schema';
import type * as StatsModule from './outcome-stats';
import type * as TableModule from './stats-table';

type Persisted = typeof PersistedModule;
type Stats = typeof StatsModule;

let persisted: Persisted | undefined;
let stats: Stats | undefined;
let loadingStats: Promise<void> | undefined;
let loading: Promise<void> | undefined;

/** The statistics module alone (what an action needs). */
function loadStats(): Promise<void> {
  loadingStats ??= import('./outcome-stats').then((s) => {
    stats = s;
  });
  return loadingStats;
}

/** The validator and the statistics (what reading stored data needs). */
export function loadStoreDeps(): Promise<void> {
  loading ??= Promise.all([import('./stored-schema'), loadStats()]).then(([p]) => {
    persisted = p;
  });
  return loading;
}

/** The validator module, once loaded. */
export function loadedPersisted(): Persisted | undefined {
  return persisted;
}

/** Statistics records waiting to be written, oldest first. */
const pending: ((s: Stats) => void)[] = [];
let scheduled = false;

/**
 * Record something in the local statistics, soon but never inside the click
 * that caused it: reading, checking and rewriting the stored events grows
 * with their number (up to 5,000), and the step the user asked for comes
 * first. Records are written in order once the next frame is painted (the
 * statistics module loaded by then), and at once when the page is left or
 * hidden.
 */
export function withStats(record: (s: Stats) => void): void {
  // Classroom mode (src/lib/classroom.ts): practice in class never counts in the helpdesk's statistics.
  if (isClassroom()) return;
  pending.push(record);
  if (scheduled) return;
  scheduled = true;
  afterNextPaint(() => {
    if (stats) flushStats();
    else void loadStats().then(flushStats);
  });
}

/**
 * The statistics module and its tables, for the page that shows them: loaded if need be, with every waiting record
 * written first, so that the page reads what the last click recorded.
 */
export function statistics(): Promise<Stats & typeof TableModule> {
  return Promise.all([loadStats(), import('./stats-table')]).then(([, table]) => {
    flushStats();
    return { ...stats!, ...table };
  });
}

/** Write every waiting statistics record now (the statistics module must be loaded for it). */
export function flushStats(): void {
  scheduled = false;
  if (!stats) return;
  for (let record = pending.shift(); record; record = pending.shift()) record(stats);
}

if (typeof window !== 'undefined') {
  // Leaving the page, or hiding it (a phone may close a hidden tab without another event).
  window.addEventListener('pagehide', flushStats);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushStats();
  });
}
