/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

const SERVICE = { account: SAMPLE.serviceAccount, role: 'Service Account Admin' } as const;
const MIG_ADMIN = { account: SAMPLE.migrationAccount, role: 'Admin' } as const;
const MIG_PERMISSIONS_ADMIN = { account: SAMPLE.migrationAccount, role: 'Permissions Admin' } as const;

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Organization, Permissions tab, before the change',
    state: { object: 'organization', accounts: [SERVICE], selectedAccount: SAMPLE.serviceAccount },
    target: 'permissions-tab',
    description:
      'The Organization Properties dialog on its Permissions tab. Only the service account is listed, with the Service Account Admin role.',
  },
  {
    name: 'Organization, account added',
    state: { object: 'organization', accounts: [SERVICE, MIG_ADMIN], selectedAccount: SAMPLE.migrationAccount },
    target: 'add-button',
    description: 'The migration account has been added with Add… and appears in the list.',
  },
  {
    name: 'Organization, choosing Permissions Admin',
    state: {
      object: 'organization',
      accounts: [SERVICE, MIG_PERMISSIONS_ADMIN],
      selectedAccount: SAMPLE.migrationAccount,
      rolesOpen: true,
    },
    target: 'roles-list',
    description:
      'The Roles list is open, offering the roles of the Organization object; Permissions Admin is chosen for the migration account.',
  },
  {
    name: 'Site, Permissions Admin granted',
    state: { object: 'site', accounts: [SERVICE, MIG_PERMISSIONS_ADMIN], selectedAccount: SAMPLE.migrationAccount },
    target: 'rights-list',
    description:
      'The Site Properties dialog: the migration account holds Permissions Admin, and the Rights list ticks the rights that role grants on the Site object.',
  },
  {
    name: 'Site, Roles list open',
    state: {
      object: 'site',
      accounts: [SERVICE, MIG_PERMISSIONS_ADMIN],
      selectedAccount: SAMPLE.migrationAccount,
      rolesOpen: true,
    },
    target: 'roles-list',
    description: 'The Roles list of the Site object, which also offers View Only Admin and Send As.',
  },
  {
    name: 'Configuration, Permissions Admin granted',
    state: {
      object: 'configuration',
      accounts: [SERVICE, MIG_PERMISSIONS_ADMIN],
      selectedAccount: SAMPLE.migrationAccount,
    },
    target: 'ok-button',
    description: 'The Configuration Properties dialog with Permissions Admin granted; OK saves the change.',
  },
  {
    name: 'Without the Rights list',
    state: {
      object: 'organization',
      accounts: [SERVICE],
      selectedAccount: SAMPLE.serviceAccount,
      showRights: false,
    },
    description:
      'The Permissions tab as it looks when “Display rights for roles on Permissions page” is off: roles only, no Rights list.',
  },
  {
    name: 'General tab',
    state: { object: 'organization', tab: 'general' },
    target: 'permissions-tab',
    description: 'The Organization Properties dialog on its General tab; the Permissions tab is next to it.',
  },
]);
