import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

/** Exchange Administrator's Tools › Options dialog, on its Permissions tab. */
export const spec = defineScreen({
  title: 'Exchange Administrator: Options dialog',
  targets: {
    'permissions-tab': 'the Permissions tab',
    'show-permissions-page': 'the “Show Permissions page for all objects” check box',
    'display-rights': 'the “Display rights for roles on Permissions page” check box',
    'ok-button': 'the OK button',
    'cancel-button': 'the Cancel button',
  },
  state: z.object({
    showPermissionsPage: z.boolean().optional(),
    displayRights: z.boolean().optional(),
  }),
});
