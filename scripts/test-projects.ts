/**
 * Which unit tests run where (vite.config.ts's `test.projects`; checked by scripts/test-projects.test.ts).
 *
 * - `unit`: every `*.test.ts` in Node, sharing one module graph per worker (no isolation: importing the flows and
 *   the engine once per worker, not once per file, halved this project's CPU time).
 * - `dom`: components (`*.test.tsx`) and the few `*.test.ts` in DOM_TESTS, in jsdom, also shared per worker (jsdom is
 *   set up once per worker instead of about a second per file). `src/testing/setup-dom.ts` cleans up after each test.
 * - `dom-mocking`: the test files that replace a module with `vi.mock` (MOCKING_TESTS), each in a fresh module graph
 *   and a fresh jsdom, so that the replacement never reaches another file.
 */

/**
 * The *.test.ts files that need a DOM. A new pure test needs nothing here; one that fails in the unit project with
 * "localStorage is not defined" or "document is not defined" belongs on this list.
 */
export const DOM_TESTS = [
  'src/**/mockups/catalog.test.ts',
  'src/store/outcome-stats.test.ts',
  'src/store/actions.test.ts',
  'src/**/class/class-results.test.ts',
  'src/**/class/classroom.test.ts',
  'src/**/presenter/presenter.test.ts',
  'src/lib/clipboard.test.ts',
  'src/lib/first-page-scroll.test.ts',
  'src/**/export/open-as-case.test.ts',
  'src/**/trainer/practice-resume.test.ts',
  'src/mockups/practice-keys.test.ts',
];

/** The test files that call `vi.mock` (every one must be listed: scripts/test-projects.test.ts checks). */
export const MOCKING_TESTS = [
  'src/mockups/screen-slot.test.tsx',
  'src/mockups/mockup-figure-memo.test.tsx',
  'src/features/trainer/practised-flow.test.tsx',
];
