/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

/** The errors the two articles print, as the Event Viewer pictures of their steps draw them. */
const EVENT_7044 = {
  id: '7044',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
} as const;
const EVENT_7017 = {
  id: '7017',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Could not log onto the Message Store for Account: <username>',
} as const;

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Application log',
    state: { view: 'log', event: EVENT_7044, count: 3 },
    target: 'event-row',
    description: `The Application log on ${SAMPLE.server} after a migration of several users: one MSExchangeMig error 7044 per account, then the summary event 10068.`,
  },
  {
    name: 'Event Detail of event 7044',
    state: { view: 'detail', event: EVENT_7044 },
    target: 'description',
    description:
      'Event Detail: Event ID 7044, Source MSExchangeMig, Type Error, Category None. Description: Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
  },
  {
    name: 'Application log with event 7017',
    state: { view: 'log', event: EVENT_7017 },
    target: 'event-row',
    description: `The Application log on ${SAMPLE.server} after the second step of a two-step migration: an MSExchangeMig error 7017, then the summary event 10068.`,
  },
  {
    name: 'Event Detail of event 7017',
    state: { view: 'detail', event: EVENT_7017 },
    target: 'event-id',
    description:
      'Event Detail: Event ID 7017, Source MSExchangeMig, Type Error, Category None, Description “Could not log onto the Message Store for Account: <username>”.',
  },
]);
