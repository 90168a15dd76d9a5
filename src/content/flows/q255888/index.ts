/**
 * KB Q255888: "XFOR: Migration from MS Mail to Exchange Server Does Not Work".
 * Symptoms, cause and fix as data, written in our own words. Literal strings
 * (event text, role names, on-screen labels) match the article and
 * shared/reference/domain-facts.md exactly. The parts are in this folder: the
 * symptom questions, the outcomes (the article's cause and the other known
 * causes, each cited), the fix steps with their trainer moves, and the
 * evidence rules for pasted events.
 */
import type { Flow } from '../../schema';
import { EVIDENCE_RULES } from './evidence-rules';
import { FIX_NODES } from './fix-steps';
import { DIAGNOSIS_OUTCOMES } from './outcomes';
import { SYMPTOM_QUESTIONS } from './questions';
import { Q } from './scenario';

export const q255888Flow: Flow = {
  id: 'q255888',
  revision: 4,
  revisions: [
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
  ],
  title: 'Mail is not migrated when several MS Mail users are moved to Exchange at once',
  summary:
    'Migrating more than one user from an MS Mail postoffice creates the accounts and mailboxes in Exchange Server 5.0 or 5.5, but their messages may not be migrated. Migrating users one at a time works.',
  audience: 'Helpdesk staff and Exchange administrators running the Microsoft Exchange Migration Wizard.',
  kb: {
    id: Q,
    title: 'XFOR: Migration from MS Mail to Exchange Server Does Not Work',
    appliesTo: ['Microsoft Exchange Server 5.0 and 5.5', 'Microsoft Mail for PC Networks 3.2, 3.2a and 3.5'],
    published: '23 October 2000',
  },
  entries: [
    {
      id: 'diagnose',
      label: 'Diagnose from the symptoms',
      description: 'Answer a few questions about what you see. About two minutes.',
      start: 'app-log-event',
    },
    {
      id: 'fix',
      label: 'I know it is Q255888: go to the fix',
      description: 'Skip the questions and grant the right permissions.',
      start: 'fix-account',
    },
  ],
  nodes: [...SYMPTOM_QUESTIONS, ...DIAGNOSIS_OUTCOMES, ...FIX_NODES],
  evidenceRules: [...EVIDENCE_RULES],
};

/** Every flow folder default-exports its flow from index.ts (see ../../index.ts). */
export default q255888Flow;
