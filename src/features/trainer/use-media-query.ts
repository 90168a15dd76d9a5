import { useSyncExternalStore } from 'react';

/** One subscription function per query, so that React keeps its subscription from one render to the next. */
const subscribers = new Map<string, (onChange: () => void) => () => void>();

function subscriber(query: string): (onChange: () => void) => () => void {
  let subscribe = subscribers.get(query);
  if (!subscribe) {
    subscribe = (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const mq = window.matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    };
    subscribers.set(query, subscribe);
  }
  return subscribe;
}

/** Whether a media query matches now (false where there is no window or no matchMedia). */
export function mediaMatches(query: string): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;
}

/** Whether a media query matches, kept up to date while the page is open (false when rendered without a window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    subscriber(query),
    () => mediaMatches(query),
    () => false,
  );
}
