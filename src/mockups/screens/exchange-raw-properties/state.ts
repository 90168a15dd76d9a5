/**
 * The state of the Raw Properties screen (zod; read by the content
 * validator and the tests only, see ../../catalog-schemas.ts).
 */
import { z } from 'zod';

import { RAW_ATTRIBUTES } from './attributes';

/** A directory name: what Exchange 5.x allows is not in our sources; this keeps it one plain line. */
const NAME = /^[^\r\n/=]{1,64}$/;

export const rawPropertiesState = z.object({
  /** The mailbox's display name (the dialog's title and its Display Name value). */
  displayName: z.string().regex(NAME, 'must be 1–64 characters on one line, without / or =').optional(),
  /** The mailbox's Directory Name, the value KB Q186742 step 2 checks. */
  directoryName: z.string().regex(NAME, 'must be 1–64 characters on one line, without / or =').optional(),
  /** The attribute selected in Object attributes; its value shows on the right. */
  selected: z.enum(RAW_ATTRIBUTES).optional(),
});
export type RawPropertiesState = z.infer<typeof rawPropertiesState>;
