/**
 * Screens that load together, by bundle: the one list of them. The build
 * draws each bundle's screens into one file (scripts/build/screen-loaders.ts
 * writes its module, scripts/build/chunk-groups.ts groups its folders), and a
 * step that shows one of them loads them all: drawn from the same parts, they
 * compress better in one file than in several, and the walk that needs one
 * soon needs the others. Every screen not listed is a file of its own, loaded
 * when a step first shows it. To bundle a screen, add its folder's name here.
 */
export const SCREEN_BUNDLES = {
  /** What a walk through either article's fix shows (Event Viewer, Exchange Administrator and its dialogs, the Migration Wizard, User Manager). */
  walk: [
    'event-viewer',
    'exchange-admin',
    'exchange-mailbox-resources',
    'exchange-properties',
    'migration-wizard',
    'user-manager-new-user',
  ],
  /** The .csv fix of KB Q186742's kind (Notepad with the user list, Raw Properties, the wizard's import page and its Windows NT account choice). */
  'csv-fix': ['exchange-raw-properties', 'migration-import', 'migration-nt-accounts', 'notepad-csv'],
} as const satisfies Record<string, readonly string[]>;
