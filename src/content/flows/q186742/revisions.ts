/**
 * The change notes of every revision of this guide, oldest first: what people who began a case on an earlier
 * revision read. A file of its own, loaded only by the pages that show them (src/content/load-flow.ts).
 */
import type { RevisionNote } from '../../schema';

const REVISIONS: readonly RevisionNote[] = [
  {
    revision: 1,
    date: '2026-12-03',
    changes: ['First version: the symptoms, the look-alike errors and the four-part fix of KB Q186742.'],
  },
];

export default REVISIONS;
