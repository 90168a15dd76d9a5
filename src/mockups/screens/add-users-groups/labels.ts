/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// Add Users and Groups (§2)
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
