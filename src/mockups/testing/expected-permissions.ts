/**
 * Roles and rights per object exactly as domain-facts §1.7 lists them (from
 * KB Q168753), written out independently of exchange-permissions.ts so the
 * tests compare the app's data and screens against the source, not against
 * themselves.
 */
const ADMIN = ['Add Child', 'Modify User Attributes', 'Modify Admin Attributes', 'Delete'];

export const EXPECTED: Record<'organization' | 'site' | 'configuration', Record<string, string[]>> = {
  organization: {
    Admin: ADMIN,
    'Permissions Admin': [...ADMIN, 'Modify Permissions'],
    'Service Account Admin': [...ADMIN, 'Replication', 'Modify Permissions'],
    User: ['Modify User Attributes'],
  },
  site: {
    Admin: [...ADMIN, 'Logon Rights'],
    'Permissions Admin': [...ADMIN, 'Logon Rights', 'Modify Permissions'],
    'Service Account Admin': [
      'Add Child',
      'Modify User Attributes',
      'Modify Admin Attributes',
      'Delete',
      'Send As',
      'Mailbox Owner',
      'Logon Rights',
      'Replication',
      'Modify Permissions',
    ],
    'View Only Admin': ['Logon Rights'],
    User: ['Modify User Attributes', 'Send As', 'Mailbox Owner'],
    'Send As': ['Send As'],
  },
  configuration: {
    Admin: ADMIN,
    'Permissions Admin': [...ADMIN, 'Modify Permissions'],
    'Service Account Admin': [...ADMIN, 'Replication', 'Modify Permissions'],
    'Send As': ['Send As'],
    User: ['Modify User Attributes'],
  },
};

/** Roles the object does NOT offer (§1.7: View Only Admin is missing on Organization and Configuration). */
export const NOT_OFFERED: Record<'organization' | 'site' | 'configuration', string[]> = {
  organization: ['View Only Admin', 'Send As', 'Search'],
  site: ['Search'],
  configuration: ['View Only Admin', 'Search'],
};

export const sorted = (xs: readonly string[]) => [...xs].sort();
