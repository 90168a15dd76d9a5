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
  revision: 7,
  revisionDate: '2026-12-06',
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
