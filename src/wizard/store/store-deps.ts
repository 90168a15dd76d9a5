/**
 * The store's heavier helpers — the stored-data validator (persisted.ts) and the local
 * outcome statistics — are not needed to show the start page to a first-time
 * visitor, so they load on demand: before the store starts when something is
 * stored, otherwise on the first action (see wizard-store.ts). This keeps the
 * validator out of the first-load JavaScript (scripts/size-budget.mjs).
 */
import type * as PersistedModule from './persisted';
import type * as StatsModule from '@/wizard/stats/outcome-stats';

type Persisted = typeof PersistedModule;
type Stats = typeof StatsModule;

let persisted: Persisted | undefined;
let stats: Stats | undefined;
let loading: Promise<void> | undefined;

export function loadStoreDeps(): Promise<void> {
  loading ??= Promise.all([import('./persisted'), import('@/wizard/stats/outcome-stats')]).then(([p, s]) => {
    persisted = p;
    stats = s;
  });
  return loading;
}

/** The validator module, once loaded. */
export function loadedPersisted(): Persisted | undefined {
  return persisted;
}

/** Run `use` with the statistics module: now if it is loaded, else as soon as it is. */
export function withStats(record: (s: Stats) => void): void {
  if (stats) record(stats);
  else void loadStoreDeps().then(() => record(stats!));
}
