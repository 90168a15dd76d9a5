import { mediaMatches, useMediaQuery } from './use-media-query';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asks for reduced motion now (for code that moves something once, outside rendering). */
export function prefersReducedMotion(): boolean {
  return mediaMatches(QUERY);
}

/** Whether the user asked for reduced motion (kept up to date while the page is open). */
export function useReducedMotion(): boolean {
  return useMediaQuery(QUERY);
}
