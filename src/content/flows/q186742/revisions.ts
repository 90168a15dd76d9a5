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
  {
    revision: 2,
    date: '2026-12-06',
    changes: [
      'Event 7026 and any other migration error go on in the guide for KB Q255888, which asks the questions that tell their articles apart (for event 7026, the Exchange Server version first: its articles cover 5.5 only).',
      'Starting raw mode names the Exchange program folder; our own advice is marked as ours.',
    ],
  },
  {
    revision: 3,
    date: '2026-12-06',
    changes: [
      'Event 147: the guide now asks which Exchange Server version logged it. KB Q152330 explains it on 4.0 and 5.0; on 5.5, where that problem was corrected, the guide says it does not know the cause and where to look next. A case that stood on event 147 goes on at the new question.',
      '“No MSExchangeMig error at all” now goes on in the guide for KB Q255888, which knows failures that log no error.',
      'Event 7026’s result has a clearer title, and the texts that lead into the KB Q255888 guide no longer say where its button is.',
    ],
  },
  {
    revision: 4,
    date: '2026-12-06',
    changes: [
      'Event 283 from MSExchangeMIGDS: the guide asks which Exchange Server version logged it, then gives the steps of KB Q162833 and KB Q154443 (on 4.0 or 5.0) for a recipient that already exists, or says that the articles do not cover 5.5.',
    ],
  },
];

export default REVISIONS;
