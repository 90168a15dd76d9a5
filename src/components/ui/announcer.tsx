import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app. `announce()` can be called from
 * anywhere; the region lives in the root layout so it exists before any
 * message is set (screen readers ignore regions inserted with their text).
 */
let message = '';
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // Re-announce the same text by clearing first.
  message = message === text ? `${text}\u00a0` : text;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function LiveAnnouncer() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  );
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
      {text}
    </div>
  );
}
