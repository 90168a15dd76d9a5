/**
 * What pasted Event Viewer text settles in the Q186742 flow. Event ids,
 * sources and message texts are the literal strings of each article.
 * Event 7017 and event 147 share their description, so both are matched by
 * their event id only: the words alone cannot tell them apart.
 */
import { kb } from '../../authoring';
import type { EvidenceRule } from '../../schema';
import { Q } from './scenario';

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  {
    id: 'event-7017',
    label: 'Event 7017 from MSExchangeMig: “Could not log onto the Message Store for Account”',
    when: [{ eventId: 7017, source: 'MSExchangeMig', type: 'Error' }],
    answers: { 'app-log-event': 'event-7017' },
    source: kb(Q, 'Symptoms'),
  },
  {
    id: 'event-147',
    label: 'Event 147 from MSExchangeMig: the same words as 7017, a different article',
    when: [{ eventId: 147, source: 'MSExchangeMig', type: 'Error' }],
    answers: { 'app-log-event': 'event-147' },
    source: kb('Q152330', 'Summary'),
  },
  {
    id: 'event-7026',
    label: 'Event 7026 from MSExchangeMig: “Migration Aborted due to Mapi logon failure.”',
    when: [{ eventId: 7026, source: 'MSExchangeMig' }, { text: 'Migration Aborted due to Mapi logon failure' }],
    answers: { 'app-log-event': 'event-7026' },
    source: kb('Q242184', 'Symptoms'),
  },
  {
    id: 'event-162-178',
    label: 'Event 162 or 178 from MSExchangeMig: “Invalid Home-Server definition in user list file …”',
    when: [
      { eventId: 162, source: 'MSExchangeMig' },
      { eventId: 178, source: 'MSExchangeMig' },
      { text: 'Invalid Home-Server definition in user list file' },
    ],
    answers: { 'app-log-event': 'event-162-178' },
    source: kb('Q152321', 'Summary'),
  },
  {
    id: 'event-283',
    label: 'Event 283 from MSExchangeMIGDS: “Changes cannot be written to this directory object.”',
    // KB Q162833 prints the event with its source; KB Q154443 words the same error differently.
    when: [
      { eventId: 283, source: 'MSExchangeMIGDS' },
      { text: 'Changes cannot be written to this directory object' },
      { text: 'Changes could not be written to the Directory object' },
    ],
    answers: { 'app-log-event': 'event-283' },
    source: kb('Q162833', 'Summary'),
  },
  {
    id: 'event-7044',
    label: 'Event 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”',
    // KB Q255888's event has return code 80004005; with another code, that article does not explain it.
    when: [
      { eventId: 7044, source: 'MSExchangeMig', returnCode: '80004005' },
      { text: 'Internal failure communicating with MAPI Spooler', returnCode: '80004005' },
    ],
    answers: { 'app-log-event': 'event-7044' },
    source: kb('Q255888', 'Symptoms'),
  },
];
