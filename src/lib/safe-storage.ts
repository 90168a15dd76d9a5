/**
 * localStorage that never throws: private modes, disabled storage and full
 * quotas all behave as "nothing stored" instead of crashing the app.
 */

/** Why a write did not happen: the quota is used up, or storage is off (blocked, disabled, private mode). */
export type StorageFailure = 'full' | 'blocked';

function failureOf(error: unknown): StorageFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  // Firefox names it NS_ERROR_DOM_QUOTA_REACHED; old Safari's private mode gives a quota of 0.
  return /quota/i.test(name) || (error instanceof DOMException && (error.code === 22 || error.code === 1014))
    ? 'full'
    : 'blocked';
}

export const safeStorage = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    return safeStorage.trySet(key, value) === true;
  },
  /** Write, and say why not when the browser refuses. */
  trySet(key: string, value: string): true | StorageFailure {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return 'blocked';
      storage.setItem(key, value);
      return true;
    } catch (error) {
      return failureOf(error);
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      /* nothing to do */
    }
  },
  /** False when this page cannot use localStorage at all (disabled, blocked by policy). */
  available(): boolean {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return false;
      storage.getItem('kb-wizard');
      return true;
    } catch {
      return false;
    }
  },
};
