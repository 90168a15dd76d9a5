/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// Tools › Options, Permissions tab (§1.4)
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
