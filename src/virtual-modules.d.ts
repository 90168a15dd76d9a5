/** Modules generated at build time by plugins in scripts/build/. */
declare module 'virtual:flow-catalog' {
  export const CATALOG: ReadonlyArray<{
    id: string;
    kb: string;
    title: string;
    summary: string;
    appliesTo: string[];
    revision: number;
    revisionDate: string;
    entries: Array<{ id: string; label: string; description: string; start: string }>;
  }>;
}
