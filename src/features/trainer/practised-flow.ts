/**
 * A flow with its trainer moves, for the trainer's pages. A flow folder keeps its moves in trainer-moves.ts,
 * which a walk of the guide never loads: they load here, once per flow, when trainer mode, presenter mode or a
 * class page first needs them (a route's loader waits for them; the step page's trainer panel draws once they
 * are in; if they cannot be loaded, the page says so and offers to try again).
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

/** What a page that practises a flow has of it: the flow with its moves once they are in. */
export type Practised = {
  /** The flow with its trainer moves; undefined until they are in. */
  readonly flow?: Flow;
  /** They could not be loaded (offline, before the service worker had them): `retry` tries again. */
  readonly failed: boolean;
  readonly retry: () => void;
};

/** The flow with its trainer moves once they are in (their loading starts here), or that they could not be loaded. */
export function usePractisedFlow(flow: Flow): Practised {
  const practised = useSyncExternalStore(
    subscribe,
    () => ready.get(flow),
    () => undefined,
  );
  const [attempt, setAttempt] = useState<{ of: Flow; n: number; failed: boolean }>({ of: flow, n: 0, failed: false });
  const current = attempt.of === flow ? attempt : { of: flow, n: 0, failed: false };
  useEffect(() => {
    if (practised) return;
    let live = true;
    practisedFlow(flow).catch(() => {
      if (live) setAttempt((a) => ({ of: flow, n: a.of === flow ? a.n : 0, failed: true }));
    });
    return () => {
      live = false;
    };
  }, [flow, practised, current.n]);
  return {
    flow: practised,
    failed: !practised && current.failed,
    retry: () => setAttempt({ of: flow, n: current.n + 1, failed: false }),
  };
}
