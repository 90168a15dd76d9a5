/**
 * The screens a walk through either article's fix shows, bundled as one file
 * (scripts/build/chunk-groups.ts, group `walk-screens`) and loaded through this
 * module (registry.ts, BUNDLED.walk).
 */
import type { AnyScreenComponent } from '../registry';
import { screenIdOf } from '../screen-spec';

const modules = import.meta.glob<AnyScreenComponent>(
  [
    './event-viewer/screen.tsx',
    './exchange-admin/screen.tsx',
    './exchange-mailbox-resources/screen.tsx',
    './exchange-properties/screen.tsx',
    './migration-wizard/screen.tsx',
    './user-manager-new-user/screen.tsx',
  ],
  { eager: true, import: 'Screen' },
);

export const SCREENS = Object.fromEntries(Object.entries(modules).map(([path, screen]) => [screenIdOf(`screens/${path.slice(2)}`), screen]));
