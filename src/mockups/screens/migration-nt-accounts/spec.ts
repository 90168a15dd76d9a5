import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

/** The Migration Wizard asking whether to create Windows NT accounts for the users it imports. */
export const spec = defineScreen({
  title: 'Migration Wizard: whether to create Windows NT accounts',
  targets: {
    'dont-create-accounts': "the “Don't Create Windows NT Accounts” option",
    'back-button': 'the < Back button',
    'next-button': 'the Next > button',
    'cancel-button': 'the Cancel button',
  },
  state: z.object({
    /** The option selected (default: create, as the page comes up in this drawing). */
    choice: z.enum(['create', 'dont-create']).optional(),
  }),
});
