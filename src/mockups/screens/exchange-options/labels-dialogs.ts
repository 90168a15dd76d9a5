/**
 * Labels of the two dialogs no walk through the wizard draws unless asked
 * (Tools › Options and Add Users and Groups), kept out of labels.ts, which
 * every screen loads. Same rules as labels.ts: exact strings from
 * shared/reference/domain-facts.md; `// unverified` where the source says so.
 */

// ── 3. Tools › Options, Permissions tab (§1.4) ────────────────────────────
export const EXCHANGE_OPTIONS_LABELS = {
  title: 'Options',
  tabs: { autoNaming: 'Auto Naming', permissions: 'Permissions' },
  showPermissionsPage: 'Show Permissions page for all objects',
  displayRights: 'Display rights for roles on Permissions page',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply', // unverified
  help: 'Help',
} as const;

// ── 4. Add Users and Groups (§2) ──────────────────────────────────────────
export const ADD_USERS_GROUPS_LABELS = {
  title: 'Add Users and Groups',
  listNamesFrom: 'List Names From:',
  names: 'Names:',
  add: 'Add',
  showUsers: 'Show Users',
  members: 'Members…',
  search: 'Search…', // unverified
  addNames: 'Add Names:',
  ok: 'OK',
  cancel: 'Cancel', // unverified
  help: 'Help', // unverified
} as const;
