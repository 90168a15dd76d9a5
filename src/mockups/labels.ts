/**
 * Every on-screen label of the mockups, one constant object per screen, so a
 * correction is a one-line change. Strings are exact: they follow
 * shared/reference/domain-facts.md (and KB Q255888 for the event text).
 * Labels that source marks **unverified** carry an `// unverified` note.
 * A leading `&` before a letter marks a menu access key (drawn underlined).
 */
import { SAMPLE } from './catalog';
import type { HierarchyNode } from './exchange-hierarchy';

/** Title-bar buttons (their accessible names). */
export const TITLE_BAR_LABELS = {
  minimize: 'Minimize',
  maximize: 'Maximize',
  close: 'Close',
  help: 'Help',
} as const;

// ── 1. Exchange Administrator main window (§1.1–1.3) ─────────────────────
export const EXCHANGE_ADMIN_LABELS = {
  appTitle: 'Microsoft Exchange Administrator',
  /** Child window title: "<Server> in <Site> - <Object>". */
  childTitle: (server: string, site: string, object: string) => `${server} in ${site} - ${object}`,
  menus: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    tools: '&Tools',
    window: '&Window',
    help: '&Help',
  },
  fileMenu: {
    connect: 'Connect to Server…',
    close: 'Close', // unverified
    newMailbox: 'New Mailbox…',
    newOther: 'New Other',
    properties: 'Properties',
    propertiesShortcut: 'Alt+Enter', // unverified
    /** Only when started in raw mode, `admin /r` (KB Q186742; the shortcut from KB Q241472). */
    rawProperties: 'Raw Properties',
    rawPropertiesShortcut: 'Shift+Enter',
    exit: 'Exit', // unverified
  },
  toolsMenu: {
    directoryImport: 'Directory Import…',
    directoryExport: 'Directory Export…', // unverified
    extractAccounts: 'Extract Windows NT Account List…',
    moveMailbox: 'Move Mailbox…',
    options: 'Options…',
  },
  toolbar: {
    label: 'Toolbar',
    newMailbox: 'New Mailbox',
    properties: 'Properties',
    upOneLevel: 'Up One Level', // unverified
    help: 'Help',
  },
  hierarchyLabel: 'Hierarchy',
  contentsColumns: { displayName: 'Display Name' },
  nodes: {
    organization: SAMPLE.organization,
    'address-book-views': 'Address Book Views',
    folders: 'Folders',
    'public-folders': 'Public Folders',
    'system-folders': 'System Folders', // unverified
    'global-address-list': 'Global Address List',
    site: SAMPLE.site,
    configuration: 'Configuration',
    'add-ins': 'Add-Ins',
    addressing: 'Addressing',
    connections: 'Connections',
    'directory-replication': 'Directory Replication', // unverified
    monitors: 'Monitors', // unverified
    protocols: 'Protocols', // unverified
    servers: 'Servers',
    server: SAMPLE.server,
    recipients: 'Recipients',
  } satisfies Record<HierarchyNode, string>,
  /** Objects the contents pane lists besides sub-containers. */
  contents: {
    configuration: [
      'DS Site Configuration',
      'Information Store Site Configuration',
      'MTA Site Configuration', // unverified
      'Site Addressing', // unverified
    ],
    recipients: SAMPLE.msMailUsers.map((u) => u.name),
    addressing: ['Details Templates', 'E-mail Address Generators', 'One-Off Address Templates'],
  } satisfies Partial<Record<HierarchyNode, readonly string[]>>,
  statusReady: 'Ready', // unverified
  statusObjects: (n: number) => `${n} objects`, // unverified
} as const;

// ── 2. Properties dialog, Permissions tab (§1.5–1.7) ──────────────────────
export const EXCHANGE_PROPERTIES_LABELS = {
  /** Dialog title: "<object name> Properties". */
  title: (objectName: string) => `${objectName} Properties`,
  objectNames: {
    organization: SAMPLE.organization,
    site: SAMPLE.site,
    configuration: 'Configuration',
  },
  tabs: { general: 'General', permissions: 'Permissions' },
  inherited: 'Windows NT accounts with inherited permissions', // unverified
  accounts: 'Windows NT accounts with permissions',
  add: 'Add…',
  remove: 'Remove', // unverified
  roles: 'Roles',
  rights: 'Rights',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  help: 'Help',
  general: {
    displayName: 'Display name', // unverified
    directoryName: 'Directory name', // unverified
  },
} as const;

// ── 3 and 4 (Tools › Options; Add Users and Groups): labels-dialogs.ts, which only those screens load.

// ── 5. Event Viewer (§3.2; event text from KB Q255888) ────────────────────
export const EVENT_VIEWER_LABELS = {
  title: (computer: string) => `Event Viewer - Application Log on \\\\${computer}`,
  menus: { log: '&Log', view: '&View', options: '&Options', help: '&Help' }, // unverified apart from Log
  columns: {
    date: 'Date',
    time: 'Time',
    source: 'Source',
    category: 'Category',
    event: 'Event',
    user: 'User',
    computer: 'Computer',
  },
  types: { error: 'Error', information: 'Information' },
  detail: {
    title: 'Event Detail',
    date: 'Date:',
    time: 'Time:',
    user: 'User:',
    computer: 'Computer:',
    eventId: 'Event ID:',
    source: 'Source:',
    type: 'Type:',
    category: 'Category:',
    description: 'Description:',
    data: 'Data:',
    bytes: 'Bytes',
    words: 'Words',
    close: 'Close', // unverified
    previous: 'Previous', // unverified
    next: 'Next', // unverified
    help: 'Help', // unverified
  },
  /** The User column of a service's event (MSExchangeMig logs none). */
  noUser: 'N/A', // unverified
  /** The Migration Wizard's summary event at the end of every run (KB Q255888's log). */
  event10068: { id: '10068', source: 'MSExchangeMig', type: 'Information', category: 'None' },
} as const;

// ── 6. Migration Wizard (§3.1) ────────────────────────────────────────────
export const MIGRATION_WIZARD_LABELS = {
  title: 'Migration Wizard', // unverified
  sources: {
    msMailPc: 'Migrate from MS Mail for PC Networks',
    msMailAppleTalk: 'Migrate from MS Mail for AppleTalk Networks', // unverified
    ccMail: 'Migrate from Lotus cc:Mail', // unverified
    notes: 'Migrate from Lotus Notes', // unverified
    groupWise: 'Migrate from Novell GroupWise', // unverified
  },
  postofficePath: 'Path to MS Mail Postoffice',
  browse: 'Browse…',
  accountName: 'Account Name',
  password: 'Password',
  migrate: {
    createMailboxes: 'Information to create mailboxes',
    messages: 'Personal E-mail Messages',
    sharedFolders: 'Shared Folders',
    pabs: 'Personal Address Books',
    schedule: 'Schedule Information',
  },
  accountsHeading: 'Select Which Accounts You Would Like To Migrate',
  selectAll: 'Select All',
  back: '< Back',
  next: 'Next >',
  cancel: 'Cancel',
  help: 'Help',
} as const;

// ── 7. User Manager for Domains, New User (§4) ────────────────────────────
export const NEW_USER_LABELS = {
  title: 'New User',
  username: 'Username',
  fullName: 'Full Name',
  description: 'Description',
  password: 'Password',
  confirmPassword: 'Confirm Password',
  mustChange: 'User Must Change Password at Next Logon',
  cannotChange: 'User Cannot Change Password',
  neverExpires: 'Password Never Expires',
  disabled: 'Account Disabled',
  add: 'Add',
  cancel: 'Cancel', // unverified
  close: 'Close', // unverified: Cancel reads Close once a user was added
  help: 'Help', // unverified
  groups: 'Groups',
  profile: 'Profile',
  hours: 'Hours',
  logonTo: 'Logon To',
  account: 'Account',
  dialin: 'Dialin',
} as const;

// ── 8. Exchange Administrator, Private Information Store › Mailbox Resources ─
// The path (Configuration › Servers › <server> › Private Information Store ›
// Mailbox Resources), "Mailbox Resources", "Private Information Store" and the
// View › Columns are from KB Q188637 (Exchange Server 5.5 SP1/SP2, read in
// jeffpar/kbarchive; not yet in shared/reference/kb), which also names a
// "Deleted Items K" column that is not shown by default. The columns drawn
// are from memory (unverified); the server's other objects are not drawn.
export const MAILBOX_RESOURCES_LABELS = {
  privateStore: 'Private Information Store',
  mailboxResources: 'Mailbox Resources',
  columns: {
    mailbox: 'Mailbox', // unverified
    totalK: 'Total K', // unverified
    totalItems: 'Total no. Items', // unverified
  },
} as const;
// ── Screens with a folder of their own ────────────────────────────────────
// Their labels live in the folder (screens/<id>/labels.ts) with the notes on
// where each comes from (screens/<id>/sources.ts): notepad-csv,
// exchange-raw-properties, migration-import, migration-nt-accounts. They are
// not re-exported here, because this module loads with every screen.
