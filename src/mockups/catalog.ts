/**
 * The catalog of mockup screens: for each screen, its name, the controls a
 * step may spotlight (with the words used to announce them) and the shape of
 * its state. Pure TypeScript, no React: the content validator reads it to
 * check every mockup reference, and the screens take their props from it.
 */
import { z } from 'zod';

import { EXCHANGE_OBJECTS, OBJECT_PERMISSIONS, ROLES } from './exchange-permissions';
import { EXPANDABLE_NODES, HIERARCHY_NODES } from './exchange-hierarchy';

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
  /** Groups the Names list of Add Users and Groups shows for the domain (descriptions are ours). */
  ntGroups: [
    { name: 'Account Operators', description: 'Can manage user and group accounts' },
    { name: 'Administrators', description: 'Full control of the domain controllers' },
    { name: 'Backup Operators', description: 'Can back up and restore files' },
    { name: 'Domain Admins', description: 'Administrators of the domain' },
    { name: 'Domain Guests', description: 'Guest accounts of the domain' },
    { name: 'Domain Users', description: 'All user accounts of the domain' },
    { name: 'Everyone', description: 'All users' },
    { name: 'Print Operators', description: 'Can manage printers' },
    { name: 'Server Operators', description: 'Can manage servers' },
  ],
  /** Users listed after Show Users (descriptions are ours). */
  ntUsers: [
    { name: 'Administrator', description: 'Built-in administrator account' },
    { name: 'ExchService', description: 'Exchange service account' },
    { name: 'Guest', description: 'Built-in guest account' },
    { name: 'MigAdmin', description: 'Runs the MS Mail migration' },
  ],
  /** Date and time the failed migration ran, as NT 4 prints them. */
  eventDate: '3/14/00',
  eventTime: '2:31:07 PM',
} as const;

// ── Exchange Administrator main window ────────────────────────────────────
export const exchangeAdminState = z.object({
  /** The object selected in the hierarchy (left pane); default the organization. */
  selected: z.enum(HIERARCHY_NODES).optional(),
  /** Containers shown expanded; the selected object's containers are always expanded. */
  expanded: z.array(z.enum(EXPANDABLE_NODES)).optional(),
  /** A menu shown open. */
  menu: z.enum(['file', 'tools']).optional(),
});
export type ExchangeAdminState = z.infer<typeof exchangeAdminState>;

// ── Properties dialog of Organization / Site / Configuration ─────────────
const accountRow = z.object({ account: z.string().min(1), role: z.enum(ROLES) });

export const exchangePropertiesState = z
  .object({
    object: z.enum(EXCHANGE_OBJECTS),
    tab: z.enum(['general', 'permissions']).optional(),
    accounts: z.array(accountRow).optional(),
    selectedAccount: z.string().optional(),
    /** Show the Rights list (Tools › Options › "Display rights…"); default true. */
    showRights: z.boolean().optional(),
    /** Show the Roles drop-down opened, listing the roles this object offers. */
    rolesOpen: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    const offered: readonly string[] = OBJECT_PERMISSIONS[s.object].roles;
    (s.accounts ?? []).forEach((row, i) => {
      if (!offered.includes(row.role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', i, 'role'],
          message: `the ${s.object} object does not offer the role "${row.role}" (it offers ${offered.join(', ')})`,
        });
      }
    });
    if (s.selectedAccount !== undefined && !(s.accounts ?? []).some((a) => a.account === s.selectedAccount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectedAccount'],
        message: `"${s.selectedAccount}" is not in the accounts list`,
      });
    }
  });
export type ExchangePropertiesState = z.infer<typeof exchangePropertiesState>;

// ── Tools › Options, Permissions tab ──────────────────────────────────────
export const exchangeOptionsState = z.object({
  showPermissionsPage: z.boolean().optional(),
  displayRights: z.boolean().optional(),
});
export type ExchangeOptionsState = z.infer<typeof exchangeOptionsState>;

// ── Add Users and Groups ──────────────────────────────────────────────────
export const addUsersGroupsState = z
  .object({
    /** Users are listed under Names only after Show Users. */
    showUsers: z.boolean().optional(),
    /** The name selected in the Names list (a group, or a user once Show Users is on). */
    selectedName: z.string().min(1).optional(),
    /** Names already copied into Add Names, as DOMAIN\name. */
    addNames: z.array(z.string().min(1)).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.selectedName === undefined) return;
    const listed: string[] = [...SAMPLE.ntGroups, ...(s.showUsers ? SAMPLE.ntUsers : [])].map((n) => n.name);
    if (!listed.includes(s.selectedName)) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectedName'],
        message: `"${s.selectedName}" is not in the Names list${s.showUsers ? '' : ' (users appear only with showUsers)'}`,
      });
    }
  });
export type AddUsersGroupsState = z.infer<typeof addUsersGroupsState>;

// ── Event Viewer ──────────────────────────────────────────────────────────
export const eventViewerState = z.object({
  /** The Application log list, or the Event Detail of the 7044 event. */
  view: z.enum(['log', 'detail']).optional(),
});
export type EventViewerState = z.infer<typeof eventViewerState>;

// ── Exchange Migration Wizard ─────────────────────────────────────────────
export const MIGRATION_PAGES = ['source', 'postoffice', 'migrate-what', 'accounts'] as const;
export const migrationWizardState = z.object({
  page: z.enum(MIGRATION_PAGES).optional(),
  /** Postoffice page: fill in the path, account name and password. */
  filled: z.boolean().optional(),
  /** Account selection: the mailboxes selected; default none. */
  selectedAccounts: z.array(z.enum(SAMPLE.msMailUsers.map((u) => u.mailbox) as [string, ...string[]])).optional(),
});
export type MigrationWizardState = z.infer<typeof migrationWizardState>;

// ── User Manager for Domains, New User ────────────────────────────────────
const NT_USERNAME = /^[^"/\\[\]:;|=,+*?<>]{1,20}$/;
export const newUserState = z.object({
  /** Username (NT 4: up to 20 characters, none of " / \ [ ] : ; | = , + * ? < >). */
  username: z.string().regex(NT_USERNAME, 'must be 1–20 characters without " / \\ [ ] : ; | = , + * ? < >').optional(),
  fullName: z.string().optional(),
  description: z.string().optional(),
  /** Characters typed in Password and Confirm Password (shown as asterisks; NT 4 allows 14). */
  passwordLength: z.number().int().min(0).max(14).optional(),
  mustChange: z.boolean().optional(),
  cannotChange: z.boolean().optional(),
  neverExpires: z.boolean().optional(),
  disabled: z.boolean().optional(),
  /** After Add: the fields are cleared for the next user and Cancel reads Close. */
  added: z.boolean().optional(),
});
export type NewUserState = z.infer<typeof newUserState>;

export type ScreenSpec = {
  /** Accessible name of the figure, e.g. "Exchange Administrator: Organization Properties". */
  title: string;
  /** Controls a step may spotlight, with the phrase used in "Highlighted: …". */
  targets: Readonly<Record<string, string>>;
  /** Validates the `state` a content reference passes. */
  state: z.ZodType;
  /** Size of the drawing in CSS px (its largest state), reserved while it loads so nothing jumps. */
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
    },
    state: exchangeAdminState,
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
    state: exchangePropertiesState,
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
    state: exchangeOptionsState,
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
    state: addUsersGroupsState,
    size: { width: 440, height: 445 },
  },
  'event-viewer': {
    title: 'Windows NT: Event Viewer, Application log',
    targets: {
      'event-row': 'the event 7044 entry in the log',
      'event-id': 'the Event ID field',
      source: 'the Source field',
      type: 'the Type field',
      description: 'the Description',
      'close-button': 'the Close button',
    },
    state: eventViewerState,
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
    state: migrationWizardState,
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
    state: newUserState,
    size: { width: 520, height: 311 },
  },
} as const satisfies Record<string, ScreenSpec>;

export type ScreenId = keyof typeof SCREENS;
export const SCREEN_IDS = Object.keys(SCREENS) as ScreenId[];

/** The state a screen accepts, as the screen component receives it. */
export type ScreenState<Id extends ScreenId> = z.infer<(typeof SCREENS)[Id]['state']>;
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
