/**
 * Roles and rights of Exchange Server 5.5 Administrator's Permissions tab, per
 * object, as documented in KB Q168753 (see shared/reference/domain-facts.md
 * §1.6–1.7). Pure data: used by the mockups and by the content validator.
 */

export const EXCHANGE_OBJECTS = ['organization', 'site', 'configuration'] as const;
export type ExchangeObject = (typeof EXCHANGE_OBJECTS)[number];

export const RIGHTS = [
  'Add Child',
  'Modify User Attributes',
  'Modify Admin Attributes',
  'Delete',
  'Logon Rights',
  'Replication',
  'Modify Permissions',
  'Mailbox Owner',
  'Send As',
  'Search',
] as const;
export type Right = (typeof RIGHTS)[number];

export const ROLES = [
  'Admin',
  'Permissions Admin',
  'Service Account Admin',
  'View Only Admin',
  'User',
  'Send As',
  'Search',
] as const;
export type Role = (typeof ROLES)[number];

/** The label the Roles box shows when the ticked rights match no role. (Unverified label.) */
export const CUSTOM_ROLE_LABEL = 'Custom';

const ADMIN: Right[] = ['Add Child', 'Modify User Attributes', 'Modify Admin Attributes', 'Delete'];

type ObjectPermissions = {
  /** Roles offered in the Roles drop-down, in the order the list shows them. */
  roles: readonly Role[];
  /** Rights each offered role grants on this object. */
  rights: Partial<Record<Role, readonly Right[]>>;
};

export const OBJECT_PERMISSIONS: Record<ExchangeObject, ObjectPermissions> = {
  organization: {
    roles: ['Admin', 'Permissions Admin', 'Service Account Admin', 'User'],
    rights: {
      Admin: ADMIN,
      'Permissions Admin': [...ADMIN, 'Modify Permissions'],
      'Service Account Admin': [...ADMIN, 'Replication', 'Modify Permissions'],
      User: ['Modify User Attributes'],
    },
  },
  site: {
    roles: ['Admin', 'Permissions Admin', 'Send As', 'Service Account Admin', 'User', 'View Only Admin'],
    rights: {
      Admin: [...ADMIN, 'Logon Rights'],
      'Permissions Admin': [...ADMIN, 'Logon Rights', 'Modify Permissions'],
      'Send As': ['Send As'],
      'Service Account Admin': [
        ...ADMIN,
        'Send As',
        'Mailbox Owner',
        'Logon Rights',
        'Replication',
        'Modify Permissions',
      ],
      User: ['Modify User Attributes', 'Send As', 'Mailbox Owner'],
      'View Only Admin': ['Logon Rights'],
    },
  },
  configuration: {
    roles: ['Admin', 'Permissions Admin', 'Service Account Admin', 'Send As', 'User'],
    rights: {
      Admin: ADMIN,
      'Permissions Admin': [...ADMIN, 'Modify Permissions'],
      'Service Account Admin': [...ADMIN, 'Replication', 'Modify Permissions'],
      'Send As': ['Send As'],
      User: ['Modify User Attributes'],
    },
  },
};

/** Rights listed in the Rights check list of an object: every right some offered role grants. */
export function rightsListFor(object: ExchangeObject): Right[] {
  const granted = new Set<Right>();
  const perms = OBJECT_PERMISSIONS[object];
  for (const role of perms.roles) for (const r of perms.rights[role] ?? []) granted.add(r);
  return RIGHTS.filter((r) => granted.has(r));
}

/** Rights a role grants on an object; empty when the object does not offer that role. */
export function rightsFor(object: ExchangeObject, role: Role): readonly Right[] {
  return OBJECT_PERMISSIONS[object].rights[role] ?? [];
}

/**
 * The role whose rights equal the given set, or the custom label. With no
 * right at all the Roles box reads View Only Admin, on the Organization and
 * Configuration objects too, although their list does not offer that role
 * (KB Q192180).
 */
export function roleForRights(object: ExchangeObject, rights: readonly Right[]): string {
  if (rights.length === 0 && object !== 'site') return 'View Only Admin';
  const want = [...new Set(rights)].sort().join('|');
  for (const role of OBJECT_PERMISSIONS[object].roles) {
    const have = [...(OBJECT_PERMISSIONS[object].rights[role] ?? [])].sort().join('|');
    if (have === want) return role;
  }
  return CUSTOM_ROLE_LABEL;
}

/**
 * Generic names of the three container objects, for text about them. The
 * hierarchy itself shows the organization's and the site's own names (in the
 * mockups the samples ACME and HEADOFFICE); only Configuration appears under
 * that name.
 */
export const OBJECT_LABELS: Record<ExchangeObject, string> = {
  organization: 'Organization',
  site: 'Site',
  configuration: 'Configuration',
};
