import { z } from 'zod';

import { SAMPLE } from '../../sample';
import { defineScreen } from '../../screen-spec';

const MAILBOXES = SAMPLE.msMailUsers.map((u) => u.mailbox) as [string, ...string[]];

/** Windows NT 4 Notepad with the user list (.csv) file of a two-step migration. */
export const spec = defineScreen({
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
  state: z.object({
    /** The file's name as the title bar shows it (a .csv name). */
    fileName: z
      .string()
      .regex(/^[^\\/:*?"<>|,\r\n]{1,60}\.csv$/i, 'must be a file name ending in .csv')
      .optional(),
    /** The MS Mail mailbox whose line the step works on. */
    user: z.enum(MAILBOXES),
    /** That line's Mode field: the wizard's `Create`, or blank (KB Q186742 step 1). */
    mode: z.enum(['create', 'blank']).optional(),
    /** That line's Common-Name field (default: the MS Mail mailbox name, as the wizard writes it). */
    commonName: z
      .string()
      .regex(/^[^,\r\n]{1,64}$/, 'must be 1–64 characters without commas or line breaks')
      .optional(),
    /** A field drawn selected (highlighted text). */
    selection: z.enum(['mode', 'common-name']).optional(),
    /** A menu drawn open. */
    menu: z.enum(['file', 'edit']).optional(),
  }),
});
