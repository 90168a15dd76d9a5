/**
 * Light summaries of every flow, for the start page. They are derived from
 * the flows at build time (scripts/build/flow-catalog.ts), so the start page
 * never loads the flows themselves.
 */
import { CATALOG as GENERATED } from 'virtual:flow-catalog';

export type FlowSummary = {
  readonly id: string;
  readonly kb: string;
  readonly title: string;
  readonly summary: string;
  readonly appliesTo: readonly string[];
  /** The guide's content revision and its date (YYYY-MM-DD), shown with the guide. */
  readonly revision: number;
  readonly revisionDate: string;
  readonly entries: readonly { id: string; label: string; description: string; start: string }[];
};

export const CATALOG: readonly FlowSummary[] = GENERATED;
