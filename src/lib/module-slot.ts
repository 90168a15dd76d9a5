/**
 * A module loaded on demand that a component can render from as soon as it
 * is in, with no Suspense fallback frame when it was loaded beforehand (as
 * main.tsx does for what the first page needs). Until then, `undefined`.
 */
import { useSyncExternalStore } from 'react';

export type ModuleSlot<T> = {
  /** Start loading (once; again after a failure, such as offline before it was cached). */
  load: () => Promise<void>;
  get: () => T | undefined;
  subscribe: (listener: () => void) => () => void;
};

export function moduleSlot<T>(importer: () => Promise<T>): ModuleSlot<T> {
  let value: T | undefined;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => {
          value = m;
          listeners.forEach((l) => l());
        },
        () => {
          loading = undefined;
        },
      )),
    get: () => value,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The slot's module once it is loaded (never during the build's prerender). */
export function useModuleSlot<T>(slot: ModuleSlot<T>): T | undefined {
  return useSyncExternalStore(slot.subscribe, slot.get, () => undefined);
}
