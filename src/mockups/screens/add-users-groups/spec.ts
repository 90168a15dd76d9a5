import { z } from 'zod';

import { defineScreen } from '../../screen-spec';
import { NT_GROUPS, NT_USERS } from './nt-names';

/** Windows NT's Add Users and Groups dialog, as the Permissions tab's Add… opens it. */
export const spec = defineScreen({
  title: 'Windows NT: Add Users and Groups dialog',
  targets: {
    'list-names-from': 'the List Names From box',
    'names-list': 'the Names list',
    'migration-account': 'the migration account in the Names list',
    'add-button': 'the Add button',
    'show-users-button': 'the Show Users button',
    'members-button': 'the Members… button',
    'search-button': 'the Search… button',
    'add-names': 'the Add Names box',
    'ok-button': 'the OK button',
    'cancel-button': 'the Cancel button',
  },
  state: z
    .object({
      /** Users are listed under Names only after Show Users. */
      showUsers: z.boolean().optional(),
      /** The account the steps work with (a user in the Names list): the control `migration-account`. */
      account: z.string().min(1).optional(),
      /** The name selected in the Names list (a group, or a user once Show Users is on). */
      selectedName: z.string().min(1).optional(),
      /** Names already copied into Add Names, as DOMAIN\name. */
      addNames: z.array(z.string().min(1)).optional(),
    })
    .superRefine((s, ctx) => {
      const listed: string[] = [...NT_GROUPS, ...(s.showUsers ? NT_USERS : [])].map((n) => n.name);
      if (s.selectedName !== undefined && !listed.includes(s.selectedName)) {
        ctx.addIssue({
          code: 'custom',
          path: ['selectedName'],
          message: `"${s.selectedName}" is not in the Names list${s.showUsers ? '' : ' (users appear only with showUsers)'}`,
        });
      }
      if (s.account !== undefined && !NT_USERS.some((u) => u.name === s.account)) {
        ctx.addIssue({ code: 'custom', path: ['account'], message: `"${s.account}" is not a user of the domain` });
      }
    }),
});
