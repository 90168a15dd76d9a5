import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

/** An event as its article prints it: the screen draws whatever the content gives. */
const loggedEvent = z.object({
  id: z.string().regex(/^\d{1,5}$/, 'must be an event number'),
  source: z.string().min(1).max(40),
  type: z.enum(['Error', 'Warning', 'Information']),
  category: z.string().min(1).max(30),
  description: z.string().min(1).max(400),
});

/** Windows NT's Event Viewer: the Application log after a migration run, or the Event Detail of its error. */
export const spec = defineScreen({
  title: 'Windows NT: Event Viewer, Application log',
  targets: {
    'event-row': 'the selected error in the log',
    'event-id': 'the Event ID field',
    source: 'the Source field',
    type: 'the Type field',
    description: 'the Description',
    'close-button': 'the Close button',
  },
  state: z.object({
    /** The Application log list, or the Event Detail of the error. */
    view: z.enum(['log', 'detail']).optional(),
    /** The error the run logged, exactly as its article prints it. */
    event: loggedEvent,
    /** How many times the run logged it (once per failed account); default 1. */
    count: z.number().int().min(1).max(4).optional(),
  }),
});
