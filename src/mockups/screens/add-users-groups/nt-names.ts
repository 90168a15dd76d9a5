/**
 * The names Add Users and Groups lists for the sample domain (catalog.ts
 * SAMPLE.domain). Kept apart from the catalog, which every step's pictures
 * load: only that dialog and the checks of its state need them.
 */
/**
 * Groups the Names list of Add Users and Groups shows for the domain. The
 * names are NT 4's built-in groups; which are local and which global
 * follows KB Q101471 (NT domains: Administrators, Backup Operators,
 * Server Operators, Account Operators and Print Operators are local) and
 * the NT 4 group guides (Domain Admins, Domain Users and Domain Guests are
 * global); Everyone is a special identity. The descriptions are ours, not
 * the programs' (the gallery says so).
 */
export const NT_GROUPS = [
  { name: 'Account Operators', scope: 'local', description: 'Can manage user and group accounts' },
  { name: 'Administrators', scope: 'local', description: 'Full control of the domain controllers' },
  { name: 'Backup Operators', scope: 'local', description: 'Can back up and restore files' },
  { name: 'Domain Admins', scope: 'global', description: 'Administrators of the domain' },
  { name: 'Domain Guests', scope: 'global', description: 'Guest accounts of the domain' },
  { name: 'Domain Users', scope: 'global', description: 'All user accounts of the domain' },
  { name: 'Everyone', scope: 'special', description: 'All users' },
  { name: 'Print Operators', scope: 'local', description: 'Can manage printers' },
  { name: 'Server Operators', scope: 'local', description: 'Can manage servers' },
] as const;

/** Users listed after Show Users (descriptions are ours). */
export const NT_USERS = [
  { name: 'Administrator', description: 'Built-in administrator account' },
  { name: 'ExchService', description: 'Exchange service account' },
  { name: 'Guest', description: 'Built-in guest account' },
  { name: 'MigAdmin', description: 'Runs the MS Mail migration' },
] as const;
