/**
 * A flow with its trainer moves, for the trainer's pages. A flow folder keeps its moves in trainer-moves.ts,
 * which a walk of the guide never loads: they load here, once per flow, when trainer mode, presenter mode or a
 * class page first needs them (a route's loader waits for them; the step page's trainer panel draws once they
 * are in; if they cannot be loaded, the page says so and offers to try again). Each flow's moves are a module slot
 * (lib/module-slot.ts), as other parts loaded on demand are.
 */
import { useEffect, useState } from 'react';

import { loadPractice } from '@/content/load-practice';
import { withPractice } from '@/content/practice';
import type { Flow } from '@/content/schema';
import { type ModuleSlot, moduleSlot, useModuleSlot } from '@/lib/module-slot';

/** Each flow's slot; a flow with its moves is known by the slot that made it (presenter mode's loader passes it on). */
const slots = new WeakMap<Flow, ModuleSlot<Flow>>();

function slotOf(flow: Flow): ModuleSlot<Flow> {
  let slot = slots.get(flow);
  if (!slot) {
    const made: ModuleSlot<Flow> = moduleSlot(async () => {
      const practised = withPractice(flow, await loadPractice(flow.id));
      slots.set(practised, made);
      return practised;
    });
    slots.set(flow, (slot = made));
  }
  return slot;
}

/** The flow with its trainer moves (loaded once; again after a failure, such as offline before it was cached). */
export async function practisedFlow(flow: Flow): Promise<Flow> {
  const slot = slotOf(flow);
  await slot.load();
  const practised = slot.get();
  if (!practised) throw new Error(`The trainer moves of ${flow.id} could not be loaded`);
  return practised;
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
  const slot = slotOf(flow);
  const practised = useModuleSlot(slot);
  /** The slot whose last load failed (a slot loads again after a failure: `retry` clears this, and so loads). */
  const [failedOf, setFailedOf] = useState<ModuleSlot<Flow>>();
  useEffect(() => {
    if (practised || failedOf === slot) return;
    let live = true;
    void slot.load().then(() => {
      if (live && !slot.get()) setFailedOf(slot);
    });
    return () => {
      live = false;
    };
  }, [slot, practised, failedOf]);
  return { flow: practised, failed: !practised && failedOf === slot, retry: () => setFailedOf(undefined) };
}
