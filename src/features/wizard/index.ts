/**
 * The wizard's entry: what other features use of it (the flow and the case a
 * page shows, and how a step cites its source). The app's router composes the
 * wizard's pages directly (src/features/wizard/pages).
 */
export { SourceCitation } from './components/source-citation';
export { useOptionalCaseRef } from './hooks/use-case';
export { useFlow, useFlowSession } from './hooks/use-flow';
export { citation } from './transcript';
