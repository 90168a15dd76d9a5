import type { Flow } from './schema';

/** A module export that looks like a flow (the validator checks the rest). */
export function looksLikeFlow(value: unknown): value is Flow {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    Array.isArray((value as { nodes?: unknown }).nodes) &&
    Array.isArray((value as { entries?: unknown }).entries)
  );
}
