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

declare module 'virtual:screen-catalog' {
  /** Every screen folder's light spec, by screen id (see src/mockups/screen-spec.ts). */
  export const SCREEN_CATALOG: Readonly<
    Record<
      string,
      {
        readonly title: string;
        readonly targets: Readonly<Record<string, string>>;
        readonly size: { readonly width: number; readonly height: number };
        readonly choices?: Readonly<Record<string, readonly string[]>>;
        readonly required?: readonly string[];
      }
    >
  >;
}

declare module 'virtual:screen-loaders' {
  /** How each screen folder's component is loaded, by screen id (scripts/build/screen-loaders.ts). */
  export const SCREEN_LOADERS: Readonly<Record<string, () => Promise<unknown>>>;
}

declare module 'virtual:flow-search' {
  /**
   * Per flow: the article's own title, whom the guide is for, the events its evidence rules know (an id, the event's
   * words, its source, its return code when the rule asks for one, `own` when the rule cites the flow's own article), the titles
   * of its own cause, its fix steps and the other causes it tells apart, and its symptoms (the answers that support
   * its own cause) (scripts/build/flow-catalog.ts).
   */
  export const SEARCH: ReadonlyArray<{
    id: string;
    kbTitle: string;
    audience: string;
    events: Array<{ id?: number; text: string; source?: string; code?: string; own?: true }>;
    causes: string[];
    fixes: string[];
    others: string[];
    symptoms: string[];
  }>;
}
