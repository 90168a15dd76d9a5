/**
 * The catalog of mockup screens: for each screen, its name, the controls a
 * step may spotlight (with the words used to announce them), its size and
 * the few state values it cannot be drawn without. Pure TypeScript, no React,
 * no validator library: the full state schemas are in catalog-schemas.ts,
 * which the content validator and the tests use.
 */
import type { ScreenState as SchemaState } from './catalog-schemas';
import { EXCHANGE_OBJECTS } from './exchange-permissions';
import { HIERARCHY_NODES } from './exchange-hierarchy';
import { RAW_PROPERTIES_SPEC } from './screens/exchange-raw-properties/spec';
import { MIGRATION_IMPORT_SPEC } from './screens/migration-import/spec';
import { MIGRATION_NT_ACCOUNTS_SPEC } from './screens/migration-nt-accounts/spec';
import { NOTEPAD_CSV_SPEC } from './screens/notepad-csv/spec';

/** Sample names used across screens, kept in one place. */
export const SAMPLE = {
  domain: 'ACMEDOM',
  organization: 'ACME',
  site: 'HEADOFFICE',
  server: 'EXCH01',
  serviceAccount: 'ACMEDOM\\ExchService',
  migrationAccount: 'ACMEDOM\\MigAdmin',
  /** The account created in User Manager, without the domain. */
  newUser: { username: 'MigAdmin', fullName: 'Migration Administrator', description: 'Runs the MS Mail migration' },
  postofficePath: '\\\\MAILSRV\\MAILDATA',
  postofficeAdmin: 'ADMIN',
  /** Mailboxes on the MS Mail postoffice being migrated. */
  msMailUsers: [
    { mailbox: 'ANNAB', name: 'Anna Berg' },
    { mailbox: 'BRUNOK', name: 'Bruno Keller' },
    { mailbox: 'CARLAM', name: 'Carla Moreau' },
    { mailbox: 'DAVIDW', name: 'David Wong' },
  ],
  /** Date and time the failed migration ran, as NT 4 prints them. */
  eventDate: '3/14/00',
  eventTime: '2:31:07 PM',
} as const;

export const MIGRATION_PAGES = ['source', 'postoffice', 'migrate-what', 'accounts'] as const;

export type ScreenSpec = {
  /** Accessible name of the figure, e.g. "Exchange Administrator: Organization Properties". */
  title: string;
  /** Controls a step may spotlight, with the phrase used in "Highlighted: …". */
  targets: Readonly<Record<string, string>>;
  /**
   * State fields checked when a figure is drawn (the content validator checks
   * the whole state against catalog-schemas.ts before anything ships): each
   * listed field, when present, must hold one of the values; `required` ones
   * must be present. These are the values a screen looks things up by.
   */
  choices?: Readonly<Record<string, readonly string[]>>;
  required?: readonly string[];
  /**
   * Size of the drawing in CSS px (its largest state): the box reserved while its code loads, so nothing
   * jumps. Once drawn, the screen is measured (fit-screen.tsx scales what it measures, not this).
   */
  size: { readonly width: number; readonly height: number };
};

export const SCREENS = {
  'exchange-admin': {
    title: 'Exchange Administrator: main window',
    targets: {
      'organization-node': 'the Organization object in the hierarchy',
      'site-node': 'the Site object in the hierarchy',
      'configuration-node': 'the Configuration container in the hierarchy',
      'recipients-node': 'the Recipients container in the hierarchy',
      'contents-pane': 'the contents pane',
      'file-menu': 'the File menu',
      'tools-menu': 'the Tools menu',
      'properties-command': 'the Properties command on the File menu',
      'options-command': 'the Options command on the Tools menu',
      'properties-button': 'the Properties button on the toolbar',
      'site-item': 'the Site object in the contents pane',
      'configuration-item': 'the Configuration container in the contents pane',
      'recipient-row': 'the mailbox in the contents pane',
      'raw-properties-command': 'the Raw Properties command on the File menu',
    },
    choices: { selected: HIERARCHY_NODES, menu: ['file', 'tools'] },
    size: { width: 640, height: 420 },
  },
  'exchange-properties': {
    title: 'Exchange Administrator: Properties dialog',
    targets: {
      'general-tab': 'the General tab',
      'permissions-tab': 'the Permissions tab',
      'accounts-list': 'the “Windows NT accounts with permissions” list',
      'migration-account': 'the migration account in the “Windows NT accounts with permissions” list',
      'add-button': 'the Add… button',
      'remove-button': 'the Remove button',
      'roles-list': 'the Roles list',
      'permissions-admin-role': 'Permissions Admin in the open Roles list',
      'rights-list': 'the Rights list',
      'ok-button': 'the OK button',
      'cancel-button': 'the Cancel button',
      'apply-button': 'the Apply button',
      'help-button': 'the Help button',
    },
    choices: { object: EXCHANGE_OBJECTS, tab: ['general', 'permissions'] },
    required: ['object'],
    size: { width: 420, height: 465 },
  },
  'exchange-options': {
    title: 'Exchange Administrator: Options dialog',
    targets: {
      'permissions-tab': 'the Permissions tab',
      'show-permissions-page': 'the “Show Permissions page for all objects” check box',
      'display-rights': 'the “Display rights for roles on Permissions page” check box',
      'ok-button': 'the OK button',
      'cancel-button': 'the Cancel button',
    },
    size: { width: 400, height: 239 },
  },
  'add-users-groups': {
    title: 'Windows NT: Add Users and Groups dialog',
    targets: {
      'list-names-from': 'the List Names From box',
      'names-list': 'the Names list',
      'migration-account': 'the migration account (MigAdmin) in the Names list',
      'add-button': 'the Add button',
      'show-users-button': 'the Show Users button',
      'members-button': 'the Members… button',
      'search-button': 'the Search… button',
      'add-names': 'the Add Names box',
      'ok-button': 'the OK button',
      'cancel-button': 'the Cancel button',
    },
    size: { width: 440, height: 445 },
  },
  'event-viewer': {
    title: 'Windows NT: Event Viewer, Application log',
    targets: {
      'event-row': 'the selected error in the log',
      'event-id': 'the Event ID field',
      source: 'the Source field',
      type: 'the Type field',
      description: 'the Description',
      'close-button': 'the Close button',
    },
    choices: { view: ['log', 'detail'] },
    required: ['event'],
    size: { width: 600, height: 348 },
  },
  'migration-wizard': {
    title: 'Microsoft Exchange Migration Wizard',
    targets: {
      'source-msmail': 'the “Migrate from MS Mail for PC Networks” option',
      'postoffice-path': 'the “Path to MS Mail Postoffice” box',
      'browse-button': 'the Browse… button',
      'account-name': 'the Account Name box',
      password: 'the Password box',
      'create-mailboxes': 'the “Information to create mailboxes” check box',
      'personal-messages': 'the “Personal E-mail Messages” check box',
      'accounts-list': 'the list of accounts to migrate',
      'select-all-button': 'the Select All button',
      'back-button': 'the < Back button',
      'next-button': 'the Next > button',
      'cancel-button': 'the Cancel button',
    },
    choices: { page: MIGRATION_PAGES },
    size: { width: 520, height: 359 },
  },
  'user-manager-new-user': {
    title: 'User Manager for Domains: New User dialog',
    targets: {
      username: 'the Username box',
      'full-name': 'the Full Name box',
      description: 'the Description box',
      password: 'the Password box',
      'confirm-password': 'the Confirm Password box',
      'must-change': 'the “User Must Change Password at Next Logon” check box',
      'cannot-change': 'the “User Cannot Change Password” check box',
      'never-expires': 'the “Password Never Expires” check box',
      'account-disabled': 'the “Account Disabled” check box',
      'add-button': 'the Add button',
      'cancel-button': 'the Cancel button',
      'groups-button': 'the Groups button',
    },
    size: { width: 520, height: 311 },
  },
  'exchange-mailbox-resources': {
    title: 'Exchange Administrator: Mailbox Resources of the Private Information Store',
    targets: {
      'mailbox-resources-node': 'Mailbox Resources under the Private Information Store in the hierarchy',
      'contents-pane': 'the list of mailboxes with their size and number of items',
      'migrated-mailbox': 'a migrated mailbox in the list, with its size and number of items',
    },
    choices: { run: ['after-fix', 'before-fix'] },
    size: { width: 640, height: 440 },
  },
  // Screens with a folder of their own (screens/<id>/spec.ts).
  'notepad-csv': NOTEPAD_CSV_SPEC,
  'exchange-raw-properties': RAW_PROPERTIES_SPEC,
  'migration-import': MIGRATION_IMPORT_SPEC,
  'migration-nt-accounts': MIGRATION_NT_ACCOUNTS_SPEC,
} as const satisfies Record<string, ScreenSpec>;

export type ScreenId = keyof typeof SCREENS;
export const SCREEN_IDS = Object.keys(SCREENS) as ScreenId[];

/** The state a screen accepts, as the screen component receives it. */
export type ScreenState<Id extends ScreenId> = SchemaState<Id>;
/** The ids of the controls a screen can spotlight. */
export type ScreenTarget<Id extends ScreenId> = keyof (typeof SCREENS)[Id]['targets'] & string;

export function isScreenId(id: string): id is ScreenId {
  return Object.hasOwn(SCREENS, id);
}

export function targetLabel(screen: string, target: string | undefined): string | undefined {
  if (!target || !isScreenId(screen)) return undefined;
  const targets: Readonly<Record<string, string>> = SCREENS[screen].targets;
  return Object.hasOwn(targets, target) ? targets[target] : undefined;
}

/**
 * The render-time check of a state (see ScreenSpec.choices): the first
 * problem as `{ path, message }`, or undefined when the screen can draw it.
 */
export function stateProblem(screen: ScreenId, state: unknown): { path: string; message: string } | undefined {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return { path: '', message: 'expected an object' };
  const spec: ScreenSpec = SCREENS[screen];
  const values = state as Record<string, unknown>;
  for (const field of spec.required ?? []) {
    if (values[field] === undefined) return { path: field, message: 'required' };
  }
  for (const [field, allowed] of Object.entries(spec.choices ?? {})) {
    const value = values[field];
    if (value !== undefined && !(typeof value === 'string' && allowed.includes(value))) {
      return { path: field, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` };
    }
  }
  return undefined;
}
