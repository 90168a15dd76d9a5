/** The catalog entry of the Notepad screen (see ScreenSpec in ../../catalog.ts). */
export const NOTEPAD_CSV_SPEC = {
  title: 'Windows NT: Notepad with the user list (.csv) file',
  targets: {
    'mode-column': 'the Mode column name in the first line',
    'mode-value': 'the Mode field of the user’s line',
    'common-name-value': 'the Common-Name field of the user’s line',
    'file-menu': 'the File menu',
    'save-command': 'the Save command on the File menu',
    'edit-menu': 'the Edit menu',
    'delete-command': 'the Delete command on the Edit menu',
  },
  choices: { mode: ['create', 'blank'], selection: ['mode', 'common-name'], menu: ['file', 'edit'] },
  size: { width: 600, height: 283 },
} as const;
