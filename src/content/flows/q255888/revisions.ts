/**
 * The change notes of every revision of this guide, oldest first: what people who began a case on an earlier
 * revision read. A file of its own, loaded only by the pages that show them (src/content/load-flow.ts).
 */
import type { RevisionNote } from '../../schema';

const REVISIONS: readonly RevisionNote[] = [
  {
    revision: 1,
    date: '2026-11-25',
    changes: ['First version: the symptoms, the diagnosis and the fix of KB Q255888.'],
  },
  {
    revision: 2,
    date: '2026-11-25',
    changes: [
      'Other known causes of failed MS Mail migrations, each with its own article.',
      '“Not sure” answers with a guide to checking, and pasted Event Viewer text.',
    ],
  },
  {
    revision: 3,
    date: '2026-12-03',
    changes: [
      'The result says how sure it is and names the answers that would settle it.',
      'Before naming an article about event 7026, 7034 or 4088, the guide asks for the Exchange Server version: those articles cover 5.5 only.',
      'The migration account must not hold Service Account Admin, even through a group, and needs the right to log on locally.',
      'The last step checks what an administrator can see at the server: the 10068 event and Mailbox Resources.',
      'Corrections against the sources, and our own advice marked as ours.',
    ],
  },
  {
    revision: 4,
    date: '2026-12-03',
    changes: [
      'Event 7017: the guide asks for the Exchange Server version, then the case goes on in the guide for KB Q186742 with both answers.',
    ],
  },
  {
    revision: 5,
    date: '2026-12-05',
    changes: [
      'Events 151 and 135 (“Could not migrate MMF file for account.”, KB Q199980) are a known cause of their own, after a check that the server runs Exchange Server 5.5; pasted, they are recognised.',
    ],
  },
  {
    revision: 6,
    date: '2026-12-06',
    changes: [
      'Before naming MS Mail names longer than 20 characters as the cause, the guide asks whether any are; that result says what to edit both for accounts the wizard creates and for existing accounts it matches.',
    ],
  },
  {
    revision: 7,
    date: '2026-12-06',
    changes: [
      'Event 147, which says the words of 7017, is an answer of its own under “Which migration error”, and the case goes on in the guide for KB Q186742, which explains it.',
      'Corrections against the sources: “Invalid server specified” comes from the Exchange 5.5 documentation, not an article; our own precautions and readings are marked as ours.',
    ],
  },
];

export default REVISIONS;
