/**
 * Where the end-to-end tests' production build lives, shared by
 * playwright.config.ts and scripts/test.mjs (plain Node, so it can import
 * this and not the TypeScript config).
 *
 * The app is built once per port into `.e2e-dist/<port>`, for the sub-path
 * E2E_BASE (as on an intranet server). `npm test` builds it before anything
 * needs it and measures the first-load budget on that same build;
 * Playwright then only serves it (E2E_BUILT=1). Run alone, Playwright
 * builds it first.
 */
export const E2E_BASE = '/kb-wizard/';

/** The build folder for a port. */
export const e2eDist = (port) => `.e2e-dist/${port}`;

/** The port the end-to-end tests serve on: E2E_PORT, else 4173. */
export const e2ePort = () => Number(process.env.E2E_PORT ?? 4173);

/** The build command for a port (run from the project's root). */
export function buildArgs(port) {
  return ['build', '--logLevel', 'warn', '--outDir', e2eDist(port), '--emptyOutDir'];
}

/** The environment the build runs with. */
export const buildEnv = () => ({ ...process.env, BASE_PATH: E2E_BASE });
