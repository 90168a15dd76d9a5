/**
 * The screens of the .csv fix of KB Q186742's kind (Notepad with the user
 * list, Raw Properties, the Migration Wizard's import page and its Windows NT
 * account choice): a walk of that fix shows them all, so they are one file
 * (scripts/build/chunk-groups.ts, group `csv-fix-screens`), loaded through
 * this module (registry.ts, BUNDLED['csv-fix']).
 */
import type { AnyScreenComponent } from '../screen-component';
import { Screen as RawProperties } from './exchange-raw-properties/screen';
import { Screen as MigrationImport } from './migration-import/screen';
import { Screen as NtAccounts } from './migration-nt-accounts/screen';
import { Screen as NotepadCsv } from './notepad-csv/screen';

// Each screen takes its own state (checked by its spec); the registry passes it on as it comes.
export const SCREENS = {
  'exchange-raw-properties': RawProperties,
  'migration-import': MigrationImport,
  'migration-nt-accounts': NtAccounts,
  'notepad-csv': NotepadCsv,
} as unknown as Readonly<Record<string, AnyScreenComponent>>;
