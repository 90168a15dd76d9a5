/**
 * Flows for the app at run time, one chunk per flow, loaded when a page of
 * that flow opens: a walk of one article never downloads the others.
 * (FLOWS in ./index.ts imports every flow at once, for the tests, the
 * content validator and the build-time catalog.)
 *
 * A flow's file, or folder, is named after its id (flows/<id>.ts or
 * flows/<id>/index.ts); content.test.ts checks that every flow loads by it.
 * Every flow at once: ./load-all-flows.ts.
 */
import type { Flow } from './schema';

const LOADERS = import.meta.glob<unknown>(['./flows/*.ts', './flows/*/index.ts', '!./flows/*.test.ts'], {
  import: 'default',
});

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

/** The flow with this id, or undefined when there is none (any string is safe to pass). */
export async function loadFlow(id: string | undefined): Promise<Flow | undefined> {
  // Only the files the glob found are loaded, so no id can reach anything else.
  const file = id && [`./flows/${id}.ts`, `./flows/${id}/index.ts`].find((f) => Object.hasOwn(LOADERS, f));
  if (!file) return undefined;
  const flow = await LOADERS[file]!();
  return looksLikeFlow(flow) && flow.id === id ? flow : undefined;
}
