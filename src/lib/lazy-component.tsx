/**
 * A component whose code loads on demand: what React.lazy in a Suspense boundary did, without the boundary.
 *
 * React holds back the content of a Suspense boundary until 300 ms after its fallback was shown (it batches
 * reveals), so a part whose code arrived in 20 ms still appeared 300 ms late: the page a deep link or a reload
 * opens, the trainer, the how-to-check guide. This renders `fallback` until the code is in, then the component,
 * at once; and never the fallback when the code was loaded before (`preload()`). A failed load (offline, before
 * the service worker had it) reaches the nearest error boundary, as with React.lazy.
 */
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';

import { moduleSlot, useModuleSlot } from './module-slot';

export type LazyComponent<P> = ComponentType<P & { fallback?: ReactNode }> & {
  /** Start loading its code now (once). */
  preload: () => Promise<void>;
};

export function lazyComponent<M, P extends object>(
  importer: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  name = 'LazyComponent',
): LazyComponent<P> {
  let failure: unknown;
  const slot = moduleSlot(() =>
    importer().catch((error: unknown) => {
      failure = error;
      throw error;
    }),
  );

  function Lazy({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const module = useModuleSlot(slot);
    const [failed, setFailed] = useState<{ error: unknown }>();
    if (failed) throw failed.error;
    // Loading once is idempotent, so it starts in render (no commit's delay); a failure is noticed in an effect.
    if (!module) void slot.load();
    useEffect(() => {
      if (module) return;
      let live = true;
      void slot.load().then(() => {
        if (live && !slot.get()) setFailed({ error: failure ?? new Error(`${name} could not be loaded`) });
      });
      return () => {
        live = false;
      };
    }, [module]);
    if (!module) return <>{fallback}</>;
    const Component = pick(module);
    return <Component {...(props as P)} />;
  }
  Lazy.displayName = name;
  return Object.assign(Lazy, { preload: slot.load });
}
