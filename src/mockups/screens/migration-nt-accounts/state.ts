/**
 * The state of the Migration Wizard's Windows NT account choice (zod; read
 * by the content validator and the tests only, see ../../catalog-schemas.ts).
 */
import { z } from 'zod';

export const migrationNtAccountsState = z.object({
  /** The option selected (default: create, as the page comes up in this drawing). */
  choice: z.enum(['create', 'dont-create']).optional(),
});
export type MigrationNtAccountsState = z.infer<typeof migrationNtAccountsState>;
