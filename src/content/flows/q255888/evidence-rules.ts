/**
 * What pasted Event Viewer text settles, for KB Q255888: each rule's
 * conditions (event id, source, return code or the article's literal text)
 * and the answers they imply.
 */
import { kb } from '../../authoring';
import type { EvidenceRule } from '../../schema';
import { DOC_MIGRATION, Q } from './scenario';

// What pasted Event Viewer text settles. Event ids, sources and message
// texts are the literal strings of each article.
export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  {
    id: 'event-7044',
    label: 'Event 7044 from MSExchangeMig with return code 80004005',
    // The description alone, as the article prints it, is enough too.
    when: [
      { eventId: 7044, source: 'MSExchangeMig', returnCode: '80004005' },
      { text: 'Internal failure communicating with MAPI Spooler', returnCode: '80004005' },
    ],
    answers: { 'app-log-event': 'event-7044' },
    source: kb(Q, 'Symptoms'),
  },
  {
    id: 'event-7026',
    label: 'Event 7026 from MSExchangeMig: “Migration Aborted due to Mapi logon failure.”',
    when: [{ eventId: 7026, source: 'MSExchangeMig' }, { text: 'Migration Aborted due to Mapi logon failure' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-7026' },
    source: kb('Q242184', 'Symptoms'),
  },
  {
    id: 'event-7017',
    label: 'Event 7017 from MSExchangeMig: “Could not log onto the Message Store for Account”',
    when: [{ eventId: 7017, source: 'MSExchangeMig' }, { text: 'Could not log onto the Message Store for Account' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-7017' },
    source: kb('Q186742', 'Symptoms'),
  },
  {
    id: 'event-147',
    label: 'Event 147 from MSExchangeMig: the words of 7017, KB Q152330',
    when: [{ eventId: 147, source: 'MSExchangeMig' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-147' },
    source: kb('Q152330', 'Summary'),
  },
  {
    id: 'event-7000-7007',
    label: 'Event 7000 or 7007 from MSExchangeMig: a PAB or MMF file could not be migrated',
    when: [
      { eventId: 7000, source: 'MSExchangeMig' },
      { eventId: 7007, source: 'MSExchangeMig' },
      { text: 'Could not migrate PAB file for account' },
      { text: 'Could not migrate MMF file for account' },
    ],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-7000-7007' },
    source: kb('Q168606', 'Symptoms'),
  },
  {
    id: 'event-151-135',
    label: 'Event 151 or 135 from MSExchangeMig: “Could not migrate MMF file for account.”',
    // The same words as events 7000 and 7007 (KB Q168606): by the event id when there is one, and a choice of the
    // two when only the message was pasted.
    when: [
      { eventId: 151, source: 'MSExchangeMig' },
      { eventId: 135, source: 'MSExchangeMig' },
      { text: 'Could not migrate MMF file for account' },
    ],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-151-135' },
    source: kb('Q199980', 'Symptoms'),
  },
  {
    id: 'event-7034',
    label: 'Event 7034 from MSExchangeMig: “User … not found in the postoffice …”',
    // Q169130 prints the description as "User <mailbox> not found in the postoffice <postoffice>."
    when: [{ eventId: 7034, source: 'MSExchangeMig' }, { text: 'not found in the postoffice' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-7034' },
    source: kb('Q169130', 'Symptoms'),
  },
  {
    id: 'event-145',
    label: 'Event 145 from MSExchangeMig, or the message “The address book is unavailable”',
    when: [
      { eventId: 145, source: 'MSExchangeMig' },
      { text: 'Error Configuring the profile for Account' },
      { text: 'The address book is unavailable' },
    ],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-145' },
    source: kb('Q164849', 'Symptoms'),
  },
  {
    id: 'event-4088',
    label: 'Event 4088 from MSExchangeMig: “An error occurred accessing a message in folder …”',
    when: [{ eventId: 4088, source: 'MSExchangeMig' }, { text: 'An error occurred accessing a message in folder' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'event-4088' },
    source: kb('Q234733', 'Symptoms'),
  },
  {
    id: 'invalid-server',
    label: 'The message “Invalid server specified”',
    when: [{ text: 'Invalid server specified' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'invalid-server' },
    source: kb(DOC_MIGRATION, 'Documentation'),
  },
  {
    id: 'access-violation',
    label: 'An access violation in the Migration Wizard (Mailmig.exe)',
    when: [{ text: 'access violation' }],
    answers: { 'app-log-event': 'other-event', 'which-event': 'access-violation' },
    source: kb('Q176397', 'Symptoms'),
  },
];
