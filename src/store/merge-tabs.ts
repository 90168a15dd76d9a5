/**
 * Two tabs, one stored copy. Each tab holds the cases in memory and writes
 * them all back on every change; a browser may show one tab's write to
 * another a moment late, so a tab can write without having seen the other's
 * newest case. Merging instead of replacing keeps both: every case carries the
 * time it was last written (`written`), and a deleted case leaves its id and
 * the time of deletion (`deleted`), so a tab that still holds the case can
 * tell "the other tab never saw it" (keep it) from "the other tab deleted it"
 * (drop it). Pure: no storage, no clock.
 */

/** The stored cases as merging sees them (the stored format's `WizardData`, whatever a case holds). */
type Copy<Case> = {
  cases: Record<string, Case>;
  written: Record<string, number>;
  deleted: Record<string, number>;
};

/** Deleted ids kept, newest first: enough to outlast any tab's stale copy, small enough to store. */
export const DELETED_KEPT = 200;

/**
 * The cases of two copies, merged: for each id, the copy written last wins (on
 * a tie, `theirs`); a case deleted at or after its copy was written stays
 * deleted. Returns `theirs` itself when `mine` adds nothing to it, so the
 * caller can tell whether the merge needs writing back.
 */
export function mergeData<Case>(mine: Copy<Case>, theirs: Copy<Case>): Copy<Case> {
  const deleted = { ...theirs.deleted };
  for (const [id, at] of Object.entries(mine.deleted)) {
    if (!Object.hasOwn(deleted, id) || deleted[id]! < at) deleted[id] = at;
  }
  const cases: Record<string, Case> = {};
  const written: Record<string, number> = {};
  let changed = false;
  for (const id of new Set([...Object.keys(theirs.cases), ...Object.keys(mine.cases)])) {
    const theirsAt = Object.hasOwn(theirs.cases, id) ? writtenAt(theirs, id) : -Infinity;
    const mineAt = Object.hasOwn(mine.cases, id) ? writtenAt(mine, id) : -Infinity;
    const [c, at] = mineAt > theirsAt ? [mine.cases[id]!, mineAt] : [theirs.cases[id]!, theirsAt];
    const kept = !Object.hasOwn(deleted, id) || deleted[id]! < at;
    if (kept) {
      cases[id] = c;
      written[id] = at;
    }
    if (kept ? c !== theirs.cases[id] : Object.hasOwn(theirs.cases, id)) changed = true;
  }
  const pruned = pruneDeleted(deleted, cases);
  if (!changed && sameTimes(pruned, theirs.deleted)) return theirs;
  return { cases, written, deleted: pruned };
}

function sameTimes(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** When a case was last written (0 for one stored before the times were kept). */
function writtenAt(data: Copy<unknown>, id: string): number {
  return Object.hasOwn(data.written, id) ? data.written[id]! : 0;
}

/**
 * The deleted ids worth keeping: not those of cases held again (written after
 * their deletion), and only the newest DELETED_KEPT. Returns the same object
 * when nothing goes.
 */
export function pruneDeleted(deleted: Record<string, number>, cases: Record<string, unknown>): Record<string, number> {
  const ids = Object.keys(deleted);
  const held = ids.filter((id) => Object.hasOwn(cases, id));
  if (!held.length && ids.length <= DELETED_KEPT) return deleted;
  const kept = ids
    .filter((id) => !Object.hasOwn(cases, id))
    .sort((a, b) => deleted[b]! - deleted[a]! || (a < b ? -1 : 1))
    .slice(0, DELETED_KEPT);
  return Object.fromEntries(kept.map((id) => [id, deleted[id]!]));
}
