/**
 * The start page's list of cases needs the guides' content (to say where
 * each case stands) and the store's actions: none of it is on a first
 * visit's load. It loads when there are cases to list; main.tsx starts that
 * before the first render when there are, so the list is there from the
 * first frame.
 */
import type * as CaseListExports from './case-list';

type CaseListModule = typeof CaseListExports;

let loaded: CaseListModule | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

export function loadCaseList(): Promise<void> {
  loading ??= import('./case-list').then(
    (m) => {
      loaded = m;
      listeners.forEach((l) => l());
    },
    () => {
      loading = undefined; // offline before it was cached: tried again on the next render
    },
  );
  return loading;
}

export function loadedCaseList(): CaseListModule | undefined {
  return loaded;
}

export function subscribeCaseList(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
