import { z } from 'zod';

import { SAMPLE } from '../../sample';
import { defineScreen } from '../../screen-spec';

/** The Microsoft Exchange Migration Wizard's pages from the source system to the accounts to migrate. */
export const spec = defineScreen({
  title: 'Microsoft Exchange Migration Wizard',
  targets: {
    'source-msmail': 'the “Migrate from MS Mail for PC Networks” option',
    'postoffice-path': 'the “Path to MS Mail Postoffice” box',
    'browse-button': 'the Browse… button',
    'account-name': 'the Account Name box',
    password: 'the Password box',
    'create-mailboxes': 'the “Information to create mailboxes” check box',
    'personal-messages': 'the “Personal E-mail Messages” check box',
    'accounts-list': 'the list of accounts to migrate',
    'select-all-button': 'the Select All button',
    'back-button': 'the < Back button',
    'next-button': 'the Next > button',
    'cancel-button': 'the Cancel button',
  },
  state: z.object({
    page: z.enum(['source', 'postoffice', 'migrate-what', 'accounts']).optional(),
    /** Postoffice page: fill in the path, account name and password. */
    filled: z.boolean().optional(),
    /** Account selection: the mailboxes selected; default none. */
    selectedAccounts: z.array(z.enum(SAMPLE.msMailUsers.map((u) => u.mailbox) as [string, ...string[]])).optional(),
  }),
});
