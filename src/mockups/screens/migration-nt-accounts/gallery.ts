/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'As the page comes up',
    state: {},
    target: 'dont-create-accounts',
    description:
      "The Migration Wizard asking about Windows NT accounts, with Create Windows NT Accounts selected. For users who already have a mailbox, choose Don't Create Windows NT Accounts.",
  },
  {
    name: "Don't Create Windows NT Accounts chosen",
    state: { choice: 'dont-create' },
    target: 'next-button',
    description: "Don't Create Windows NT Accounts is selected; Next > goes on.",
  },
]);
