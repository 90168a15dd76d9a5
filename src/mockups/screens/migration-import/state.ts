/**
 * The state of the Migration Wizard's import page (zod; read by the content
 * validator and the tests only, see ../../catalog-schemas.ts).
 */
import { z } from 'zod';

export const migrationImportState = z.object({
  /** Information to Create Mailboxes (default selected, as the wizard offers it). */
  createMailboxes: z.boolean().optional(),
  /** Personal E-mail Messages (default selected). */
  messages: z.boolean().optional(),
  /** Personal Address Books (default selected). */
  addressBooks: z.boolean().optional(),
});
export type MigrationImportState = z.infer<typeof migrationImportState>;
