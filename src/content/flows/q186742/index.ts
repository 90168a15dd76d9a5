/**
 * KB Q186742: "XFOR: MS Mail Migration Fails With EventID 7017", as a
 * guided fix. The parts are in this folder: the symptom questions, the
 * outcomes (the article's cause and the look-alikes, each cited), the fix
 * steps with their trainer moves, and the evidence rules for pasted
 * events. Written in our own words; literal strings (event text, labels,
 * column names) exactly as the sources print them.
 */
import type { Flow } from '../../schema';
import { EVIDENCE_RULES } from './evidence-rules';
import { FIX_NODES } from './fix-steps';
import { DIAGNOSIS_OUTCOMES } from './outcomes';
import { SYMPTOM_QUESTIONS } from './questions';
import { Q } from './scenario';

export const q186742Flow: Flow = {
  id: 'q186742',
  revision: 4,
  revisionDate: '2026-12-06',
  title: 'Migration fails with event 7017 for a user who already has an Exchange mailbox',
  summary:
    'In a two-step migration from MS Mail to Exchange Server 5.0 or 5.5, moving a user’s mail and address books fails with event 7017: the user already had a mailbox under another alias.',
  audience:
    'Helpdesk staff and Exchange administrators running a two-step migration with the Microsoft Exchange Migration Wizard.',
  kb: {
    id: Q,
    title: 'XFOR: MS Mail Migration Fails With EventID 7017',
    appliesTo: ['Microsoft Exchange Server 5.0 and 5.5', 'Migrations from Microsoft Mail for PC Networks'],
    published: 'last modified 18 December 1999',
  },
  entries: [
    {
      id: 'diagnose',
      label: 'Diagnose from the symptoms',
      description: 'Answer a few questions about the migration error. About two minutes.',
      start: 'app-log-event',
    },
    {
      id: 'fix',
      label: 'I know it is Q186742: go to the fix',
      description: 'Skip the questions: edit the .csv file and run the second step again.',
      start: 'fix-csv-mode',
    },
  ],
  nodes: [...SYMPTOM_QUESTIONS, ...DIAGNOSIS_OUTCOMES, ...FIX_NODES],
  evidenceRules: [...EVIDENCE_RULES],
};

/** Every flow folder default-exports its flow from index.ts (see ../../index.ts). */
export default q186742Flow;
