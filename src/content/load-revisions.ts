/**
 * A flow's change notes, for the pages that show them (a case begun on an older revision, the hand-over page).
 * A flow folder keeps them in its revisions.ts, apart from the flow, so that a walk loads neither them nor this.
 */
import type { Flow, RevisionNote } from './schema';

const REVISIONS = import.meta.glob<readonly RevisionNote[]>('./flows/*/revisions.ts', { import: 'default' });

/** The flow's own `revisions`, else its folder's revisions.ts; none when it has neither. */
export async function loadRevisions(flow: Flow): Promise<readonly RevisionNote[]> {
  const file = `./flows/${flow.id}/revisions.ts`;
  return flow.revisions ?? (Object.hasOwn(REVISIONS, file) ? await REVISIONS[file]!() : []);
}
