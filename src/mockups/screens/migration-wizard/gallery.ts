/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Source choice',
    state: { page: 'source' },
    target: 'source-msmail',
    description:
      'The Migration Wizard’s first choice: the system to migrate from, with Migrate from MS Mail for PC Networks selected.',
  },
  {
    name: 'Postoffice path and account',
    state: { page: 'postoffice' },
    target: 'postoffice-path',
    description: `The postoffice page: Path to MS Mail Postoffice (${SAMPLE.postofficePath}), the administrator’s Account Name (${SAMPLE.postofficeAdmin}) and Password.`,
  },
  {
    name: 'What to migrate',
    state: { page: 'migrate-what' },
    target: 'personal-messages',
    description:
      'The Migration Information choices: Information to create mailboxes and Personal E-mail Messages are selected.',
  },
  {
    name: 'Account selection',
    state: { page: 'accounts', selectedAccounts: SAMPLE.msMailUsers.map((u) => u.mailbox) },
    target: 'accounts-list',
    description: 'Select Which Accounts You Would Like To Migrate: several accounts are selected for one run.',
  },
]);
