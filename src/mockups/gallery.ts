/**
 * Every screen in each of its meaningful states, for the /mockups gallery
 * (trainers and reviewers). Plain data in the same shape content uses, so
 * the gallery renders exactly what a step would.
 */
import type { MockupRef } from '@/content/schema';

import { SAMPLE, type ScreenId, type ScreenState, type ScreenTarget } from './catalog';
import type { LabelSource } from './label-sources';
import { RAW_PROPERTIES_LABEL_SOURCES } from './screens/exchange-raw-properties/sources';
import { MIGRATION_IMPORT_LABEL_SOURCES } from './screens/migration-import/sources';
import { MIGRATION_NT_ACCOUNTS_LABEL_SOURCES } from './screens/migration-nt-accounts/sources';
import { NOTEPAD_CSV_LABEL_SOURCES } from './screens/notepad-csv/sources';

type GalleryState<Id extends ScreenId> = {
  /** Heading for this state. */
  name: string;
  state: ScreenState<Id>;
  target?: ScreenTarget<Id>;
  description: string;
};

export type GallerySection = {
  screen: ScreenId;
  states: { name: string; mockup: MockupRef }[];
  /** The screen's labels with their sources, unverified ones marked (screens with a folder of their own). */
  labels?: readonly LabelSource[];
};

function section<Id extends ScreenId>(
  screen: Id,
  states: GalleryState<Id>[],
  labels?: readonly LabelSource[],
): GallerySection {
  return {
    screen,
    states: states.map((s) => ({
      name: s.name,
      mockup: { screen, state: s.state as Record<string, unknown>, target: s.target, description: s.description },
    })),
    ...(labels ? { labels } : {}),
  };
}

/** The errors the two articles print, as the Event Viewer pictures of their steps draw them. */
const EVENT_7044 = {
  id: '7044',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
} as const;
const EVENT_7017 = {
  id: '7017',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Could not log onto the Message Store for Account: <username>',
} as const;

const SERVICE = { account: SAMPLE.serviceAccount, role: 'Service Account Admin' } as const;
const MIG_ADMIN = { account: SAMPLE.migrationAccount, role: 'Admin' } as const;
const MIG_PERMISSIONS_ADMIN = { account: SAMPLE.migrationAccount, role: 'Permissions Admin' } as const;

export const GALLERY: readonly GallerySection[] = [
  section('exchange-admin', [
    {
      name: 'Organization selected',
      state: { selected: 'organization' },
      target: 'organization-node',
      description: `Exchange Administrator connected to ${SAMPLE.server}. The organization ${SAMPLE.organization} is selected at the top of the hierarchy; the contents pane lists its containers.`,
    },
    {
      name: 'File menu open on Properties',
      state: { selected: 'organization', menu: 'file' },
      target: 'properties-command',
      description: 'The File menu is open with the organization selected; Properties opens its Properties dialog.',
    },
    {
      name: 'Site selected',
      state: { selected: 'site' },
      target: 'site-node',
      description: `The site ${SAMPLE.site} is selected under the organization; it contains Configuration and Recipients.`,
    },
    {
      name: 'Configuration selected',
      state: { selected: 'configuration', expanded: ['organization', 'site', 'configuration'] },
      target: 'configuration-node',
      description: 'The Configuration container of the site is selected and expanded; the contents pane lists its containers and site objects.',
    },
    {
      name: 'Raw mode: a mailbox selected in Recipients',
      state: { selected: 'recipients', raw: true, recipient: 'Carla Moreau', recipientSelected: true },
      target: 'recipient-row',
      description:
        'Exchange Administrator started in raw mode (admin /r) with the Recipients container selected and the mailbox of Carla Moreau selected in the contents pane.',
    },
    {
      name: 'Raw mode: File menu open on Raw Properties',
      state: { selected: 'recipients', raw: true, recipient: 'Carla Moreau', recipientSelected: true, menu: 'file' },
      target: 'raw-properties-command',
      description:
        'In raw mode the File menu has a Raw Properties command after Properties; it opens the raw properties of the selected mailbox.',
    },
    {
      name: 'Tools menu open on Options',
      state: { selected: 'organization', menu: 'tools' },
      target: 'options-command',
      description: 'The Tools menu is open; Options opens the dialog that controls the Permissions tab.',
    },
  ]),
  section('exchange-properties', [
    {
      name: 'Organization, Permissions tab, before the change',
      state: { object: 'organization', accounts: [SERVICE], selectedAccount: SAMPLE.serviceAccount },
      target: 'permissions-tab',
      description: 'The Organization Properties dialog on its Permissions tab. Only the service account is listed, with the Service Account Admin role.',
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
      description: 'The Roles list is open, offering the roles of the Organization object; Permissions Admin is chosen for the migration account.',
    },
    {
      name: 'Site, Permissions Admin granted',
      state: { object: 'site', accounts: [SERVICE, MIG_PERMISSIONS_ADMIN], selectedAccount: SAMPLE.migrationAccount },
      target: 'rights-list',
      description: 'The Site Properties dialog: the migration account holds Permissions Admin, and the Rights list ticks the rights that role grants on the Site object.',
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
      description: 'The Permissions tab as it looks when “Display rights for roles on Permissions page” is off: roles only, no Rights list.',
    },
    {
      name: 'General tab',
      state: { object: 'organization', tab: 'general' },
      target: 'permissions-tab',
      description: 'The Organization Properties dialog on its General tab; the Permissions tab is next to it.',
    },
  ]),
  section('exchange-options', [
    {
      name: 'Permissions tab, both boxes clear',
      state: {},
      target: 'show-permissions-page',
      description: 'Tools › Options on the Permissions tab with both check boxes clear.',
    },
    {
      name: 'Permissions tab, both boxes selected',
      state: { showPermissionsPage: true, displayRights: true },
      target: 'display-rights',
      description: 'Both check boxes selected: every object shows a Permissions tab, and Permissions tabs show the Rights list.',
    },
  ]),
  section('add-users-groups', [
    {
      name: 'Groups only',
      state: {},
      target: 'show-users-button',
      description: `Add Users and Groups listing the groups of ${SAMPLE.domain}; users appear after Show Users.`,
    },
    {
      name: 'Users shown, account added',
      state: { showUsers: true, selectedName: 'MigAdmin', addNames: [SAMPLE.migrationAccount] },
      target: 'add-names',
      description: `Show Users lists the accounts; MigAdmin is selected and Add has copied ${SAMPLE.migrationAccount} into Add Names.`,
    },
  ]),
  section('event-viewer', [
    {
      name: 'Application log',
      state: { view: 'log', event: EVENT_7044, count: 3 },
      target: 'event-row',
      description: `The Application log on ${SAMPLE.server} after a migration of several users: one MSExchangeMig error 7044 per account, then the summary event 10068.`,
    },
    {
      name: 'Event Detail of event 7044',
      state: { view: 'detail', event: EVENT_7044 },
      target: 'description',
      description:
        'Event Detail: Event ID 7044, Source MSExchangeMig, Type Error, Category None. Description: Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
    },
    {
      name: 'Application log with event 7017',
      state: { view: 'log', event: EVENT_7017 },
      target: 'event-row',
      description: `The Application log on ${SAMPLE.server} after the second step of a two-step migration: an MSExchangeMig error 7017, then the summary event 10068.`,
    },
    {
      name: 'Event Detail of event 7017',
      state: { view: 'detail', event: EVENT_7017 },
      target: 'event-id',
      description:
        'Event Detail: Event ID 7017, Source MSExchangeMig, Type Error, Category None. Description: Could not log onto the Message Store for Account: <username>.',
    },
  ]),
  section('migration-wizard', [
    {
      name: 'Source choice',
      state: { page: 'source' },
      target: 'source-msmail',
      description: 'The Migration Wizard’s first choice: the system to migrate from, with Migrate from MS Mail for PC Networks selected.',
    },
    {
      name: 'Postoffice path and account',
      state: { page: 'postoffice' },
      target: 'postoffice-path',
      description: `The postoffice page: Path to MS Mail Postoffice (${SAMPLE.postofficePath}), the administrator’s Account Name (${SAMPLE.postofficeAdmin}) and Password.`,
    },
    {
      name: 'What to migrate',
      state: { page: 'migrate-what' },
      target: 'personal-messages',
      description: 'The Migration Information choices: Information to create mailboxes and Personal E-mail Messages are selected.',
    },
    {
      name: 'Account selection',
      state: { page: 'accounts', selectedAccounts: SAMPLE.msMailUsers.map((u) => u.mailbox) },
      target: 'accounts-list',
      description: 'Select Which Accounts You Would Like To Migrate: several accounts are selected for one run.',
    },
  ]),
  section('user-manager-new-user', [
    {
      name: 'Empty',
      state: {},
      target: 'username',
      description: 'The New User dialog of User Manager for Domains, empty, with User Must Change Password at Next Logon selected.',
    },
    {
      name: 'Filled in for the migration account',
      state: {
        username: SAMPLE.newUser.username,
        fullName: SAMPLE.newUser.fullName,
        description: SAMPLE.newUser.description,
        passwordLength: 10,
        mustChange: false,
      },
      target: 'add-button',
      description: `The New User dialog filled in for ${SAMPLE.newUser.username}, with User Must Change Password at Next Logon cleared and Account Disabled clear; Add creates the account.`,
    },
  ]),
  section('exchange-mailbox-resources', [
    {
      name: 'After the fix: the migrated mailboxes hold their messages',
      state: { run: 'after-fix' },
      target: 'migrated-mailbox',
      description: `Exchange Administrator with Mailbox Resources selected under ${SAMPLE.server}’s Private Information Store: each mailbox with its size in K and number of items. The tree path and “Mailbox Resources” are from KB Q188637; the column names and the numbers are our own illustration, not checked against a source, and the server’s other objects are left out.`,
    },
    {
      name: 'After the failed run: the mailboxes hold almost nothing',
      state: { run: 'before-fix' },
      target: 'contents-pane',
      description:
        'The same view after a run that hit Q255888: the migrated users’ mailboxes exist but hold almost nothing. Our own illustration: the sources do not show this view for that case.',
    },
  ]),
  section(
    'notepad-csv',
    [
      {
        name: 'As the first step wrote it',
        state: {},
        target: 'mode-value',
        description:
          'Notepad with users.csv, the user list file of a two-step migration: a first line naming the columns, then one line per MS Mail user. In the line of CARLAM, Mode reads Create and Common-Name reads CARLAM.',
      },
      {
        name: 'The Mode column',
        state: { selection: 'mode' },
        target: 'mode-column',
        description: 'The first line names the columns; Mode is the fifth. In the line of CARLAM, Create is selected.',
      },
      {
        name: 'Edit menu open on Delete',
        state: { selection: 'mode', menu: 'edit' },
        target: 'delete-command',
        description: 'With Create selected in the Mode field, the Edit menu is open on Delete.',
      },
      {
        name: 'Mode emptied, Common-Name selected',
        state: { mode: 'blank', selection: 'common-name' },
        target: 'common-name-value',
        description:
          'The Mode field of CARLAM is now empty (two commas side by side), and CARLAM is selected in its Common-Name field, ready to be typed over.',
      },
      {
        name: 'Both fields edited, File menu open on Save',
        state: { mode: 'blank', commonName: 'CMoreau', menu: 'file' },
        target: 'save-command',
        description:
          'The line of CARLAM with Mode empty and Common-Name CMoreau, the Directory Name of the existing mailbox; the File menu is open on Save.',
      },
    ],
    NOTEPAD_CSV_LABEL_SOURCES,
  ),
  section(
    'exchange-raw-properties',
    [
      {
        name: 'As it opens',
        state: {},
        target: 'directory-name-attribute',
        description:
          'The Raw Properties dialog of the mailbox of Carla Moreau: the Object attributes list on the left with List attributes of type set to All below it, the Attribute value and Edit value boxes on the right.',
      },
      {
        name: 'Directory Name selected',
        state: { selected: 'directory-name' },
        target: 'attribute-value',
        description:
          'Directory Name is selected under Object attributes; its value, CMoreau, shows under Attribute value and in Edit value.',
      },
      {
        name: 'Closing without a change',
        state: { selected: 'directory-name' },
        target: 'cancel-button',
        description: 'The value has been read; Cancel closes the dialog without changing anything.',
      },
      {
        name: 'Obj-Dist-Name selected',
        state: { selected: 'obj-dist-name' },
        target: 'attribute-value',
        description:
          'Obj-Dist-Name is selected: the mailbox’s distinguished name, which ends with its Directory Name (cn=CMoreau).',
      },
    ],
    RAW_PROPERTIES_LABEL_SOURCES,
  ),
  section(
    'migration-import',
    [
      {
        name: 'After choosing the .csv file',
        state: {},
        target: 'create-mailboxes',
        description:
          'The Migration Wizard page that comes up after the .csv file is chosen in the second step: Information to Create Mailboxes, Personal E-mail Messages and Personal Address Books are selected.',
      },
      {
        name: 'Information to Create Mailboxes cleared',
        state: { createMailboxes: false },
        target: 'next-button',
        description:
          'Information to Create Mailboxes is cleared, so the run imports into the existing mailboxes; Personal E-mail Messages and Personal Address Books stay selected. Next > goes on.',
      },
    ],
    MIGRATION_IMPORT_LABEL_SOURCES,
  ),
  section(
    'migration-nt-accounts',
    [
      {
        name: 'As the page comes up',
        state: {},
        target: 'dont-create-accounts',
        description:
          "The Migration Wizard asking about Windows NT accounts, with Create Windows NT Accounts selected. For users who already have a mailbox, choose Don't Create Windows NT Accounts.",
      },
      {
        name: "Don't Create Windows NT Accounts chosen",
        state: { choice: 'dont-create' },
        target: 'next-button',
        description: "Don't Create Windows NT Accounts is selected; Next > goes on.",
      },
    ],
    MIGRATION_NT_ACCOUNTS_LABEL_SOURCES,
  ),
];

/**
 * What in the screens is ours rather than the programs', as the gallery page
 * says it. Every label that labels.ts marks `// unverified` is listed under
 * its screen (gallery.test.ts keeps the two in step).
 */
export const OURS = {
  samples:
    'The names (the ACME organization, the HEADOFFICE site, the EXCH01 server, the ACMEDOM domain, the MigAdmin and ExchService accounts, the MS Mail users), the dates and times, and the descriptions of the groups and users in Add Users and Groups are samples we made up.',
  drawings:
    'The icons and the Migration Wizard’s picture are our own drawings in the Windows NT 4 style, not copies of the originals.',
  unverified: [
    {
      screen: 'exchange-admin',
      labels: [
        'Close',
        'Exit',
        'Alt+Enter',
        'Directory Export…',
        'Up One Level',
        'System Folders',
        'Directory Replication',
        'Monitors',
        'Protocols',
        'MTA Site Configuration',
        'Site Addressing',
        'Ready',
        '… objects',
      ],
    },
    {
      screen: 'exchange-properties',
      labels: ['Windows NT accounts with inherited permissions', 'Remove', 'Display name', 'Directory name'],
    },
    { screen: 'exchange-options', labels: ['Apply'] },
    { screen: 'add-users-groups', labels: ['Search…', 'Cancel', 'Help'] },
    { screen: 'event-viewer', labels: ['View', 'Options', 'Help', 'Close', 'Previous', 'Next', 'N/A'] },
    {
      screen: 'migration-wizard',
      labels: [
        'Migration Wizard',
        'Migrate from MS Mail for AppleTalk Networks',
        'Migrate from Lotus cc:Mail',
        'Migrate from Lotus Notes',
        'Migrate from Novell GroupWise',
      ],
    },
    { screen: 'user-manager-new-user', labels: ['Cancel', 'Close', 'Help'] },
    { screen: 'exchange-mailbox-resources', labels: ['Mailbox', 'Total K', 'Total no. Items'] },
  ] satisfies { screen: ScreenId; labels: string[] }[],
} as const;
