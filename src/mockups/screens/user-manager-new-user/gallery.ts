/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

/** The account the fix of KB Q255888 creates (ours, as the content gives it to its steps). */
const NEW_USER = {
  username: 'MigAdmin',
  fullName: 'Migration Administrator',
  description: 'Runs the MS Mail migration',
} as const;

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Empty',
    state: {},
    target: 'username',
    description:
      'The New User dialog of User Manager for Domains, empty, with User Must Change Password at Next Logon selected.',
  },
  {
    name: 'Filled in for the migration account',
    state: {
      username: NEW_USER.username,
      fullName: NEW_USER.fullName,
      description: NEW_USER.description,
      passwordLength: 10,
      mustChange: false,
    },
    target: 'add-button',
    description: `The New User dialog filled in for ${NEW_USER.username}, with User Must Change Password at Next Logon cleared and Account Disabled clear; Add creates the account.`,
  },
]);
