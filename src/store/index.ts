/**
 * The store: the cases this browser keeps (any number, each on one flow), in
 * localStorage, validated on the way in, shared between tabs. Everything
 * outside src/store imports it from here, and only from here (lint:
 * kbw/parts). The files behind it, by role:
 *
 * - state.ts: the zustand store, its persistence and the hooks that read it;
 *   notices and undo. The start page needs only this.
 * - actions.ts: what a step does to its case (answer, tick, note, go back,
 *   start over), through the engine. Loads with the wizard's pages.
 * - list-actions.ts: what is done to whole cases (open a hand-over as a case,
 *   rename, close, reopen, delete, the classroom's reset); load-case-actions.ts
 *   loads it for a page that only sometimes needs it.
 * - hand-over-case.ts: a case handed over to another guide (an outcome that
 *   another guide continues), and taken back; loaded on demand too.
 * - stored-format.ts (key, version, limits) and stored-schema.ts (the shape,
 *   its migrations and the loader that never crashes on bad data).
 * - load-on-demand.ts: the validator and the statistics load only when needed
 *   (docs/performance.md); outcome-stats.ts: the local statistics.
 * - case-content.ts: whether a case holds something, written once.
 *
 * Only named re-exports here (no `export *`): each name has one path. The
 * build keeps each file in the bundle of the page that uses it (this file is
 * free of side effects: see `moduleSideEffects` in vite.config.ts).
 */
export {
  type ListAction,
  type Replaced,
  type RestoreSource,
  type StorageHealth,
  type StoreNotice,
  type WizardState,
  caseById,
  dismissListAction,
  dismissNotice,
  dismissUndo,
  getWizardState,
  notePageView,
  rehydrateWizardStore,
  resetWizardStore,
  showNotice,
  useCaseById,
  useCaseValue,
  useCases,
  useListAction,
  useReplaced,
  useStorageHealth,
  useStoreNotice,
} from './state';
export { type CaseStart, type WizardActions, actions, getWizardActionsForTests, useWizardActions } from './actions';
export { NAME_MAX, caseActions } from './list-actions';
export { loadCaseActions, loadHandOver } from './load-case-actions';
export { answerPasted } from './paste-answers';
export { NOTE_MAX, WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './stored-format';
export {
  type LoadNotice,
  type LoadResult,
  type LogEntry,
  type Note,
  type EarlierPart,
  type StoredCase,
  type StoredSession,
  type WizardData,
  CASE_ID_PATTERN,
  EMPTY_DATA,
  isCaseId,
  loadPersisted,
  migrations,
  storedCaseSchema,
  storedSessionSchema,
} from './stored-schema';
// The statistics page reads them through `statistics()`: a module loaded on demand, never imported statically (a
// static import beside the store's import() made the bundler add a file that only re-exports it, on every walk).
export { statistics } from './load-on-demand';
export type { StatsEvent } from './outcome-stats';
export type { NamedRow, StatsRow } from './stats-table';
export { type ContentScope, hasContent, hasListedCases } from './case-content';
