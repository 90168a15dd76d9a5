/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'New User, Username, Full Name, Description, Password, Confirm Password',
    source: 'domain-facts §4',
  },
  {
    label:
      'User Must Change Password at Next Logon, User Cannot Change Password, Password Never Expires, Account Disabled',
    source: 'domain-facts §4',
  },
  { label: 'Add, Groups, Profile, Hours, Logon To, Account, Dialin', source: 'domain-facts §4' },
  { label: 'Cancel', unverified: true },
  { label: 'Close', unverified: true, note: 'Cancel reads Close once a user was added.' },
  { label: 'Help', unverified: true },
];
