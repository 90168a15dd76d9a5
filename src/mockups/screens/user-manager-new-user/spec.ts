import { z } from 'zod';

import { defineScreen } from '../../screen-spec';

const NT_USERNAME = /^[^"/\\[\]:;|=,+*?<>]{1,20}$/;

/** User Manager for Domains' New User dialog. */
export const spec = defineScreen({
  title: 'User Manager for Domains: New User dialog',
  targets: {
    username: 'the Username box',
    'full-name': 'the Full Name box',
    description: 'the Description box',
    password: 'the Password box',
    'confirm-password': 'the Confirm Password box',
    'must-change': 'the “User Must Change Password at Next Logon” check box',
    'cannot-change': 'the “User Cannot Change Password” check box',
    'never-expires': 'the “Password Never Expires” check box',
    'account-disabled': 'the “Account Disabled” check box',
    'add-button': 'the Add button',
    'cancel-button': 'the Cancel button',
    'groups-button': 'the Groups button',
  },
  state: z.object({
    /** Username (NT 4: up to 20 characters, none of " / \ [ ] : ; | = , + * ? < >). */
    username: z
      .string()
      .regex(NT_USERNAME, 'must be 1–20 characters without " / \\ [ ] : ; | = , + * ? < >')
      .optional(),
    fullName: z.string().optional(),
    description: z.string().optional(),
    /** Characters typed in Password and Confirm Password (shown as asterisks; NT 4 allows 14). */
    passwordLength: z.number().int().min(0).max(14).optional(),
    /** Characters in Confirm Password, when not as many as in Password (the learner typing them in practice). */
    confirmLength: z.number().int().min(0).max(14).optional(),
    mustChange: z.boolean().optional(),
    cannotChange: z.boolean().optional(),
    neverExpires: z.boolean().optional(),
    disabled: z.boolean().optional(),
    /** After Add: the fields are cleared for the next user and Cancel reads Close. */
    added: z.boolean().optional(),
  }),
});
