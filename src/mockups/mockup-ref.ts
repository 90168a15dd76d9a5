/**
 * What a page asks a figure to show: a screen by id, in a state, optionally
 * spotlighting one control, with its text alternative. The content's
 * `mockupRefSchema` (src/content/schema.ts) describes the same shape for the
 * flows' data; the mockups own the type, so they import nothing from content.
 */
export type MockupRef = {
  screen: string;
  state?: Record<string, unknown>;
  target?: string;
  description: string;
};
