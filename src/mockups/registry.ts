/**
 * Screen id → its component, loaded on demand: the only bridge from content
 * (which names screens by id) to React. Every folder under screens/ with a
 * screen.tsx is a screen (found by the file, as flows are): a new screen is a
 * new folder. A step loads only the screens it shows.
 *
 * Screens that a walk shows together are bundled in one file
 * (scripts/build/chunk-groups.ts) and loaded through their bundle's module
 * (screens/*-bundle.ts): loaded one by one, each would cost one more small
 * file (the bundler's re-export of it from the bundle). BUNDLED says which
 * bundle holds which screens; registry.test.ts checks it against the bundles.
 *
 * Not React.lazy: a lazy screen suspends, its Suspense fallback is shown, and
 * React then holds the drawing back until 300 ms after that fallback appeared
 * (its fallback throttle) before committing it in one long task, which often
 * lands just as the reader clicks on. Here a screen is drawn as soon as its
 * code is in, and at once when it already is (screen-slot.tsx).
 */
import { SCREEN_IDS, type ScreenId } from './catalog';
import type { AnyScreenComponent } from './screen-component';

export type { AnyScreenComponent } from './screen-component';
type Bundle = Readonly<Record<string, AnyScreenComponent>>;

/** Every screen not in a bundle, one file each (the bundled ones are listed again here, as the bundler needs them literally). */
const ONE_BY_ONE = import.meta.glob<AnyScreenComponent>(
  [
    './screens/*/screen.tsx',
    '!./screens/{event-viewer,exchange-admin,exchange-mailbox-resources,exchange-properties,migration-wizard,user-manager-new-user}/screen.tsx',
    '!./screens/{exchange-raw-properties,migration-import,migration-nt-accounts,notepad-csv}/screen.tsx',
  ],
  { import: 'Screen' },
);


/** The bundles, and the screens in each. */
export const BUNDLED = {
  walk: ['event-viewer', 'exchange-admin', 'exchange-mailbox-resources', 'exchange-properties', 'migration-wizard', 'user-manager-new-user'],
  'csv-fix': ['exchange-raw-properties', 'migration-import', 'migration-nt-accounts', 'notepad-csv'],
} as const satisfies Record<string, readonly ScreenId[]>;

const BUNDLES: Record<keyof typeof BUNDLED, () => Promise<Bundle>> = {
  walk: () => import('./screens/walk-bundle').then((m) => m.SCREENS),
  'csv-fix': () => import('./screens/csv-fix-bundle').then((m) => m.SCREENS),
};

/** The loader of each screen, by id. */
export const SCREEN_LOADERS: Readonly<Record<ScreenId, () => Promise<AnyScreenComponent>>> = Object.fromEntries(
  SCREEN_IDS.map((id) => {
    const bundle = (Object.keys(BUNDLED) as (keyof typeof BUNDLED)[]).find((b) => (BUNDLED[b] as readonly string[]).includes(id));
    return [id, bundle ? () => BUNDLES[bundle]().then((screens) => screens[id]!) : ONE_BY_ONE[`./screens/${id}/screen.tsx`]!];
  }),
);

const loaded = new Map<ScreenId, AnyScreenComponent>();
const loading = new Map<ScreenId, Promise<AnyScreenComponent>>();

/** The screen's component if its code is already loaded. */
export function loadedScreen(id: ScreenId): AnyScreenComponent | undefined {
  return loaded.get(id);
}

/**
 * Loads the screen's code once; every caller shares the same promise. A
 * failed load (the network down on a first visit) is forgotten, so that a
 * later call tries again.
 */
export function loadScreen(id: ScreenId): Promise<AnyScreenComponent> {
  let promise = loading.get(id);
  if (!promise) {
    const load = Object.hasOwn(SCREEN_LOADERS, id) ? SCREEN_LOADERS[id]! : () => Promise.reject(new Error(`no screen "${id}"`));
    promise = load().then(
      (component) => {
        loaded.set(id, component);
        return component;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}
