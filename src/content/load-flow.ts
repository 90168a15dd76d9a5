/**
 * Flows for the app at run time, one chunk per flow, loaded when a page of
 * that flow opens: a walk of one article never downloads the others.
 * (FLOWS in ./index.ts imports every flow at once, for the tests, the
 * content validator and the build-time catalog; ./load-all-flows.ts loads
 * every flow on demand for the pages that name them all.)
 *
 * A flow's file, or folder, is named after its id (flows/<id>.ts or
 * flows/<id>/index.ts); content.test.ts checks that every flow loads by it.
 */
import type { Flow } from './schema';

const LOADERS = import.meta.glob<Flow | undefined>(['./flows/*.ts', './flows/*/index.ts', '!./flows/*.test.ts'], {
  import: 'default',
});

/**
 * The flow with this id, or undefined when there is none (any string is safe to pass). Ids are lower case, and
 * an address may carry the KB number as it is usually written: "Q255888" finds q255888.
 */
export async function loadFlow(id: string | undefined): Promise<Flow | undefined> {
  const key = id?.toLowerCase();
  // Only the files the glob found are loaded, so no id can reach anything else.
  const file = key && [`./flows/${key}.ts`, `./flows/${key}/index.ts`].find((f) => Object.hasOwn(LOADERS, f));
  if (!file) return undefined;
  const flow = await LOADERS[file]!();
  // The content tests validate every flow; this only guards against a file filed under the wrong name.
  return flow?.id === key ? flow : undefined;
}
