/**
 * The state of the Notepad screen (zod; read by the content validator and
 * the tests only, see ../../catalog-schemas.ts).
 */
import { z } from 'zod';

import { SAMPLE } from '../../catalog';

const MAILBOXES = SAMPLE.msMailUsers.map((u) => u.mailbox) as [string, ...string[]];

export const notepadCsvState = z.object({
  /** The file's name as the title bar shows it (a .csv name). */
  fileName: z
    .string()
    .regex(/^[^\\/:*?"<>|,\r\n]{1,60}\.csv$/i, 'must be a file name ending in .csv')
    .optional(),
  /** The MS Mail mailbox whose line the step works on (default CARLAM). */
  user: z.enum(MAILBOXES).optional(),
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
});
export type NotepadCsvState = z.infer<typeof notepadCsvState>;
