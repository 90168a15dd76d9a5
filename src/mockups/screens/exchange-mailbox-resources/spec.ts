import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

/** Exchange Administrator with Mailbox Resources of a server's Private Information Store selected. */
export const spec = defineScreen({
  title: 'Exchange Administrator: Mailbox Resources of the Private Information Store',
  targets: {
    'mailbox-resources-node': 'Mailbox Resources under the Private Information Store in the hierarchy',
    'contents-pane': 'the list of mailboxes with their size and number of items',
    'migrated-mailbox': 'a migrated mailbox in the list, with its size and number of items',
  },
  state: z.object({
    /** The sizes after a run that brought the mail across (default), or after the failed run. */
    run: z.enum(['after-fix', 'before-fix']).optional(),
  }),
});
