/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
import type { HierarchyNode } from '../../exchange-hierarchy';
import { SAMPLE } from '../../sample';

// Exchange Administrator main window (§1.1–1.3)
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
