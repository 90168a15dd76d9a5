/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Permissions, Windows NT accounts with permissions, Add…, Roles, Rights',
    source: 'domain-facts §1.5 (from KB Q255888, KB Q161495 and the Exchange 5.5 documentation)',
  },
  { label: '<object> Properties (Site Properties), General', source: 'domain-facts §1.5 (KB Q161495)' },
  {
    label: 'The title for the Organization and Configuration objects',
    unverified: true,
    note: 'Drawn as “<object name> Properties”, like the Site’s.',
  },
  {
    label: 'OK, Cancel, Apply, Help',
    unverified: true,
    note: 'The standard buttons of an NT 4 property sheet (domain-facts §1.5).',
  },
  { label: 'The rights of each role, on each object', source: 'domain-facts §1.6 and §1.7' },
  { label: 'Windows NT accounts with inherited permissions', unverified: true },
  {
    label: 'Admin, as the role of an account just added',
    unverified: true,
    note: 'What the Roles list shows for a new account before a role is chosen is not in our sources; the pictures show Admin.',
  },
  { label: 'Remove', unverified: true },
  { label: 'Display name', unverified: true, note: 'On the General tab.' },
  { label: 'Directory name', unverified: true, note: 'On the General tab.' },
];
