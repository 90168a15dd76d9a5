/**
 * Which way the last move through the browser's history went: the router
 * numbers its entries (`history.state.idx`), so comparing the entry shown now
 * with the one before tells Back (-1) from Forward (1). Fed by the flow
 * layout on every location change (before the pages' own effects run).
 */
let previous: number | undefined;
let current: number | undefined;

function readIndex(): number | undefined {
  const idx: unknown = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' && Number.isInteger(idx) ? idx : undefined;
}

/** Call on every location change. */
export function noteLocation(): void {
  previous = current;
  current = readIndex();
}

/** -1 after a move back, 1 after a move forward, 0 when unknown (first page of the visit, no router index). */
export function lastMoveDirection(): -1 | 0 | 1 {
  if (previous === undefined || current === undefined || previous === current) return 0;
  return current < previous ? -1 : 1;
}
