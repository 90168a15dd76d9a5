/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Permissions tab, both boxes clear',
    state: {},
    target: 'show-permissions-page',
    description: 'Tools › Options on the Permissions tab with both check boxes clear.',
  },
  {
    name: 'Permissions tab, both boxes selected',
    state: { showPermissionsPage: true, displayRights: true },
    target: 'display-rights',
    description:
      'Both check boxes selected: every object shows a Permissions tab, and Permissions tabs show the Rights list.',
  },
]);
