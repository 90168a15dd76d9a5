/**
 * Where a fix step shows the trainer bar (after its Next button). The
 * trainer code loads as its own file, started as soon as the step page's
 * code runs (so it is normally there by the first paint); until then, or if
 * it cannot load, nothing shows there. This keeps the trainer out of the
 * step page's own files.
 */
import { useSyncExternalStore } from 'react';

import type { StepNode } from '@/content/schema';

import type { StepTrainer } from './step-trainer';

let trainer: { StepTrainer: typeof StepTrainer } | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(): void {
  loading ??= import('./step-trainer')
    .then((m) => {
      trainer = m;
      listeners.forEach((l) => l());
    })
    .catch(() => {
      // Offline before the file was cached: keep the guide, try again next time.
      loading = null;
    });
}
load();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

export function StepTrainerSlot(props: { flowId: string; step: StepNode }) {
  const ready = useSyncExternalStore(subscribe, () => trainer !== null, () => false);
  return ready && trainer ? <trainer.StepTrainer {...props} /> : null;
}
