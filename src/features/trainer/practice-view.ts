/** Where a trainer panel is on the page: brought into view when chosen, and the window's height it fits in. */
import { type RefObject, useEffect, useSyncExternalStore } from 'react';

/**
 * Scrolls the trainer section holding `ref` into view once, when it is first
 * drawn: after the frame in which the page around it has settled (Let me try
 * widens the step page), so Show me plays, and practice starts, in view.
 */
export function useReveal(ref: RefObject<HTMLElement | null>, on: boolean | undefined): void {
  useEffect(() => {
    if (!on) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const el = ref.current;
        const target = el?.closest<HTMLElement>('[data-testid="trainer-panel"]') ?? el;
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        target?.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ref, on]);
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's height, kept up to date. */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribeResize, () => window.innerHeight, () => 768);
}

