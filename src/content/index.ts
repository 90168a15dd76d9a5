/**
 * The registry of troubleshooting flows: the default export of every file
 * under flows/ and of every flow folder's index.ts (tests excluded). Adding
 * an article means adding one data file, or one folder, there; the start
 * page's catalog is derived from it at build time (virtual:flow-catalog),
 * and the content tests validate it.
 *
 * This module imports every flow at once: tests, the validator and the
 * build use it. Pages load one flow at a time with ./load-flow.ts.
 */
import { looksLikeFlow } from './looks-like-flow';
import { type FlowPractice, withPractice } from './practice';
import type { Flow, RevisionNote } from './schema';

const modules = import.meta.glob<unknown>(['./flows/*.ts', './flows/*/index.ts', '!./flows/*.test.ts'], {
  eager: true,
  import: 'default',
});
/** A flow folder's change notes (its revisions.ts), which pages load apart from the flow. */
const revisions = import.meta.glob<readonly RevisionNote[]>('./flows/*/revisions.ts', {
  eager: true,
  import: 'default',
});

/** A flow folder's trainer moves (its trainer-moves.ts), which trainer mode loads apart from the flow. */
export const PRACTICE: Readonly<Record<string, FlowPractice>> = Object.fromEntries(
  Object.entries(import.meta.glob<FlowPractice>('./flows/*/trainer-moves.ts', { eager: true, import: 'default' })).map(
    ([file, practice]) => [file.split('/')[2]!, practice],
  ),
);

/** Every flow, with its change notes and trainer moves put back (the checks read them with the rest). */
export const FLOWS: readonly Flow[] = Object.keys(modules)
  .sort()
  .map((file) => modules[file])
  .filter(looksLikeFlow)
  .map((flow) => {
    const notes = revisions[`./flows/${flow.id}/revisions.ts`];
    return withPractice(notes ? { ...flow, revisions: [...notes] } : flow, PRACTICE[flow.id]);
  });

export function getFlow(id: string | undefined): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
