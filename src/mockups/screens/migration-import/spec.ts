import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

/** The Migration Wizard page after the .csv file is chosen in the second step of a two-step migration. */
export const spec = defineScreen({
  title: 'Migration Wizard, second step: what to import from the .csv file',
  targets: {
    'create-mailboxes': 'the “Information to Create Mailboxes” check box',
    'personal-messages': 'the “Personal E-mail Messages” check box',
    'back-button': 'the < Back button',
    'next-button': 'the Next > button',
    'cancel-button': 'the Cancel button',
  },
  state: z.object({
    /** Information to Create Mailboxes (default selected, as the wizard offers it). */
    createMailboxes: z.boolean().optional(),
    /** Personal E-mail Messages (default selected). */
    messages: z.boolean().optional(),
    /** Personal Address Books (default selected). */
    addressBooks: z.boolean().optional(),
  }),
});
