/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'After choosing the .csv file',
    state: {},
    target: 'create-mailboxes',
    description:
      'The Migration Wizard page that comes up after the .csv file is chosen in the second step: Information to Create Mailboxes, Personal E-mail Messages and Personal Address Books are selected.',
  },
  {
    name: 'Information to Create Mailboxes cleared',
    state: { createMailboxes: false },
    target: 'next-button',
    description:
      'Information to Create Mailboxes is cleared, so the run imports into the existing mailboxes; Personal E-mail Messages and Personal Address Books stay selected. Next > goes on.',
  },
]);
