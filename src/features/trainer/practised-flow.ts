/**
 * A flow with its trainer moves, for the trainer's pages. A flow folder keeps its moves in trainer-moves.ts,
 * which a walk of the guide never loads: they load here, once per flow, when trainer mode, presenter mode or a
 * class page first needs them (a route's loader waits for them; the step page's trainer panel draws once they
 * are in).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

import { loadPractice } from '@/content/load-practice';
import { withPractice } from '@/content/practice';
import type { Flow } from '@/content/schema';

/** Each flow loaded so far, and each flow with its moves, to the flow with its moves. */
const ready = new WeakMap<Flow, Flow>();
const pending = new WeakMap<Flow, Promise<Flow>>();
const listeners = new Set<() => void>();

/** The flow with its trainer moves (loaded once; again after a failure, such as offline before it was cached). */
export function practisedFlow(flow: Flow): Promise<Flow> {
  const done = ready.get(flow);
  if (done) return Promise.resolve(done);
  let loading = pending.get(flow);
  if (!loading) {
    loading = loadPractice(flow.id).then((moves) => {
      const practised = withPractice(flow, moves);
      ready.set(flow, practised);
      ready.set(practised, practised);
      listeners.forEach((l) => l());
      return practised;
    });
    loading.catch(() => pending.delete(flow));
    pending.set(flow, loading);
  }
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The flow with its trainer moves once they are in (their loading starts here); undefined until then. A failed
 * load reaches the nearest error boundary, as a page's code that fails to load does.
 */
export function usePractisedFlow(flow: Flow): Flow | undefined {
  const practised = useSyncExternalStore(
    subscribe,
    () => ready.get(flow),
    () => undefined,
  );
  const [failed, setFailed] = useState<{ of: Flow; error: unknown }>();
  if (failed?.of === flow) throw failed.error;
  useEffect(() => {
    if (practised) return;
    let live = true;
    practisedFlow(flow).catch((error: unknown) => {
      if (live) setFailed({ of: flow, error });
    });
    return () => {
      live = false;
    };
  }, [flow, practised]);
  return practised;
}
