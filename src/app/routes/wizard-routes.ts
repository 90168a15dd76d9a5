/**
 * The wizard's three routes (the flow's layout, its first page, a step), reached through this one module by the
 * router and by the start page's prefetch. Their code is one file already (the `wizard` chunk group); each lazily
 * imported module of a group gets a small file of its own that points into it, and one import here fetches one such
 * file instead of three (docs/performance.md).
 */
export * as flowLayout from './flow-layout';
export * as flowIndex from './flow-index-route';
export * as step from './step-route';
