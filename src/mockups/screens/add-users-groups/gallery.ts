/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Groups only',
    state: {},
    target: 'show-users-button',
    description: `Add Users and Groups listing the groups of ${SAMPLE.domain}; users appear after Show Users.`,
  },
  {
    name: 'Users shown, account added',
    state: { showUsers: true, account: 'MigAdmin', selectedName: 'MigAdmin', addNames: [SAMPLE.migrationAccount] },
    target: 'add-names',
    description: `Show Users lists the accounts; MigAdmin is selected and Add has copied ${SAMPLE.migrationAccount} into Add Names.`,
  },
]);
