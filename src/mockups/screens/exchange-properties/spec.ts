import { z } from 'zod';

import { EXCHANGE_OBJECTS, OBJECT_PERMISSIONS, ROLES } from '../../exchange-permissions';
import { defineScreen } from '../../screen-spec';

const accountRow = z.object({ account: z.string().min(1), role: z.enum(ROLES) });

/** The Properties dialog of the Organization, Site or Configuration object, on its General or Permissions tab. */
export const spec = defineScreen({
  title: 'Exchange Administrator: Properties dialog',
  targets: {
    'general-tab': 'the General tab',
    'permissions-tab': 'the Permissions tab',
    'accounts-list': 'the “Windows NT accounts with permissions” list',
    'migration-account': 'the migration account in the “Windows NT accounts with permissions” list',
    'add-button': 'the Add… button',
    'remove-button': 'the Remove button',
    'roles-list': 'the Roles list',
    'permissions-admin-role': 'Permissions Admin in the open Roles list',
    'rights-list': 'the Rights list',
    'ok-button': 'the OK button',
    'cancel-button': 'the Cancel button',
    'apply-button': 'the Apply button',
    'help-button': 'the Help button',
  },
  state: z
    .object({
      object: z.enum(EXCHANGE_OBJECTS),
      tab: z.enum(['general', 'permissions']).optional(),
      accounts: z.array(accountRow).optional(),
      selectedAccount: z.string().optional(),
      /** Show the Rights list (Tools › Options › "Display rights…"); default true. */
      showRights: z.boolean().optional(),
      /** Show the Roles drop-down opened, listing the roles this object offers. */
      rolesOpen: z.boolean().optional(),
    })
    .superRefine((s, ctx) => {
      const offered: readonly string[] = OBJECT_PERMISSIONS[s.object].roles;
      (s.accounts ?? []).forEach((row, i) => {
        if (!offered.includes(row.role)) {
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', i, 'role'],
            message: `the ${s.object} object does not offer the role "${row.role}" (it offers ${offered.join(', ')})`,
          });
        }
      });
      if (s.selectedAccount !== undefined && !(s.accounts ?? []).some((a) => a.account === s.selectedAccount)) {
        ctx.addIssue({
          code: 'custom',
          path: ['selectedAccount'],
          message: `"${s.selectedAccount}" is not in the accounts list`,
        });
      }
    }),
});
