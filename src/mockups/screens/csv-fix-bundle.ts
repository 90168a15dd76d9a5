/**
 * The screens of the .csv fix of KB Q186742's kind (Notepad with the user
 * list, Raw Properties, the Migration Wizard's import page and its Windows NT
 * account choice): a walk of that fix shows them all, so they are one file
 * (scripts/build/chunk-groups.ts, group `csv-fix-screens`), loaded through
 * this module (registry.ts, BUNDLED['csv-fix']).
 */
import type { AnyScreenComponent } from '../registry';
import { screenIdOf } from '../screen-spec';

const modules = import.meta.glob<AnyScreenComponent>(
  ['./exchange-raw-properties/screen.tsx', './migration-import/screen.tsx', './migration-nt-accounts/screen.tsx', './notepad-csv/screen.tsx'],
  { eager: true, import: 'Screen' },
);

export const SCREENS = Object.fromEntries(Object.entries(modules).map(([path, screen]) => [screenIdOf(`screens/${path.slice(2)}`), screen]));
