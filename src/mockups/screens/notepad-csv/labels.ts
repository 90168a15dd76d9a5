/**
 * Labels of the Notepad screen, and where each comes from. The column names
 * and their default values are exactly as KB Q150438 lists them; the sample
 * rows are ours. Notepad's own menus are drawn from memory of NT 4 and are
 * marked unverified.
 */
import type { LabelSource } from '../../label-sources';

export const NOTEPAD_CSV_LABELS = {
  /** Title bar: "<file name> - Notepad". */
  title: (fileName: string) => `${fileName} - Notepad`,
  menus: { file: '&File', edit: '&Edit', search: '&Search', help: '&Help' },
  fileMenu: {
    new: 'New',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    pageSetup: 'Page Setup…',
    print: 'Print',
    exit: 'Exit',
  },
  editMenu: {
    undo: 'Undo',
    undoShortcut: 'Ctrl+Z',
    cut: 'Cut',
    cutShortcut: 'Ctrl+X',
    copy: 'Copy',
    copyShortcut: 'Ctrl+C',
    paste: 'Paste',
    pasteShortcut: 'Ctrl+V',
    delete: 'Delete',
    deleteShortcut: 'Del',
    selectAll: 'Select All',
    timeDate: 'Time/Date',
    timeDateShortcut: 'F5',
  },
  /** Accessible name of the text area (ours; Notepad's edit area has no visible label). */
  text: 'Text of the file',
  /** The columns of the user list file, in the order KB Q150438 lists them, then Secondary-Proxy-Addresses (KB Q182665). */
  columns: [
    'SFS_UserName',
    'SFS_FullName',
    'MigrateUser',
    'Obj-Class',
    'Mode',
    'Common-Name',
    'Display-Name',
    'Given-Name',
    'Surname',
    'Home-Server',
    'Comment',
    'Assoc-NT-Account',
    'Secondary-Proxy-Addresses',
  ],
  /** Default values the wizard writes (KB Q150438). */
  values: { migrateUser: 'Y', objClass: 'Mailbox', mode: 'Create', homeServer: '~SERVER' },
  /** The address the 5.5 wizard adds so it can find the mailbox again (KB Q182665: `migrate:MS:NET/PO/USER`). */
  migrateAddress: (network: string, postoffice: string, mailbox: string) => `migrate:MS:${network}/${postoffice}/${mailbox}`,
} as const;

export const NOTEPAD_CSV_LABEL_SOURCES: readonly LabelSource[] = [
  {
    label: 'SFS_UserName, SFS_FullName, MigrateUser, Obj-Class, Mode, Common-Name, Display-Name, Given-Name, Surname, Home-Server, Comment, Assoc-NT-Account',
    source: 'KB Q150438, More Information',
    note: 'The columns in the order the article lists them. That the file starts with them as a header line is our drawing.',
  },
  {
    label: 'Y, Mailbox, Create, ~SERVER',
    source: 'KB Q150438, More Information',
    note: 'Default values of MigrateUser, Obj-Class, Mode and Home-Server. SFS_UserName and Common-Name hold the MS Mail mailbox name, SFS_FullName and Display-Name the full name.',
  },
  {
    label: 'Secondary-Proxy-Addresses, migrate:MS:NET/PO/USER',
    source: 'KB Q182665, Cause',
    note: 'The Exchange 5.5 wizard writes this address into the file. The column’s place at the end of the line is our drawing.',
  },
  { label: 'Mode left blank updates an existing mailbox', source: 'KB Q186742, Workaround, step 1' },
  {
    label: 'Sample rows (ANNAB, BRUNOK, CARLAM, DAVIDW), file name users.csv, network ACMENET, postoffice HEADPO',
    unverified: true,
    note: 'Our sample data, not from any source.',
  },
  { label: '<file name> - Notepad (title bar)', unverified: true },
  { label: 'Menus File, Edit, Search, Help and their commands (Save, Delete, …)', unverified: true },
  {
    label: 'Word wrap, commas and fixed-width type',
    unverified: true,
    note: 'Lines are drawn wrapped (as with Word Wrap on) so whole records fit; the plain comma layout without quotes is our drawing.',
  },
];
