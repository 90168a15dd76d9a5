/**
 * Screen id → its component, loaded on demand: the only bridge from content
 * (which names screens by id) to React. Every folder under screens/ with a
 * screen.tsx is a screen (found by the file, as flows are): a new screen is a
 * new folder. A step loads only the screens it shows.
 *
 * The loaders are written by the build from the folders
 * (scripts/build/screen-loaders.ts): a screen listed in screens/bundles.ts
 * loads with the rest of its bundle, any other one as a file of its own.
 *
 * Not React.lazy: a lazy screen suspends, its Suspense fallback is shown, and
 * React then holds the drawing back until 300 ms after that fallback appeared
 * (its fallback throttle) before committing it in one long task, which often
 * lands just as the reader clicks on. Here a screen is drawn as soon as its
 * code is in, and at once when it already is (screen-slot.tsx).
 */
import { SCREEN_LOADERS as LOADERS } from 'virtual:screen-loaders';

import type { ScreenId } from './catalog';
import type { AnyScreenComponent } from './screen-component';

export type { AnyScreenComponent } from './screen-component';

/** The loader of each screen, by id. */
export const SCREEN_LOADERS = LOADERS as Readonly<Record<ScreenId, () => Promise<AnyScreenComponent>>>;

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
    const load = Object.hasOwn(SCREEN_LOADERS, id)
      ? SCREEN_LOADERS[id]!
      : () => Promise.reject(new Error(`no screen "${id}"`));
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
