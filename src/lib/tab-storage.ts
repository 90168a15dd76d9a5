/**
 * This tab's sessionStorage, never throwing: blocked, disabled or full, it keeps nothing and the page goes on. For
 * what a reload of this tab should find again (a quiz or a practice part-way through), and nothing else. Its own
 * calls, not safe-storage.ts's: that one is loaded on every first page load, this only by the pages that use it.
 */
export const tabStorage = {
  get(key: string): string | null {
    try {
      return globalThis.sessionStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      globalThis.sessionStorage?.setItem(key, value);
    } catch {
      /* not kept: a reload starts again */
    }
  },
  remove(key: string): void {
    try {
      globalThis.sessionStorage?.removeItem(key);
    } catch {
      /* nothing to do */
    }
  },
};
