/**
 * Labels of the Notepad screen (where each comes from: sources.ts). The column names
 * and their default values are exactly as KB Q150438 lists them; the sample
 * rows are ours. Notepad's own menus are drawn from memory of NT 4 and are
 * marked unverified.
 */
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
  migrateAddress: (network: string, postoffice: string, mailbox: string) =>
    `migrate:MS:${network}/${postoffice}/${mailbox}`,
} as const;
