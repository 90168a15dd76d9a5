import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { E2E_BASE, buildArgs, e2eDist, e2ePort } from './scripts/e2e-build.mjs';

/**
 * End-to-end tests run against the production build, served from a sub-path
 * (as on an intranet server), in real Chromium. The browser is
 * CHROMIUM_PATH, else Debian's headless shell, else Debian's /usr/bin/chromium,
 * else Playwright's own. `npm test` (scripts/test.mjs, through
 * scripts/find-browser.mjs) finds or installs one before it gets here.
 */
const PORT = e2ePort();
const DIST = e2eDist(PORT);

function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Two workers on two cores: while one waits for the page, the other runs.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Whole walks with an axe scan on every page take tens of seconds on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PW_REPORTER ? JSON.parse(process.env.PW_REPORTER) : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    // A trace (screencast and DOM snapshots at every action) cost about a fifth of the run's CPU when recorded for
    // every test and kept only for failures: it is recorded on a retry (CI retries once). A failure still writes
    // its page snapshot (error-context.md); rerun one test with `--trace on` to get its trace.
    trace: 'on-first-retry',
    // The service worker precaches the whole build on every first visit, and each test is a first visit: only the
    // specs about working offline let it run (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    // Uncompressed from the local server: `vite preview` compresses every response afresh, which cost it about 5
    // CPU-s a run for nothing a test looks at (the walk's byte budget compresses the scripts itself).
    extraHTTPHeaders: { 'Accept-Encoding': 'identity' },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // No GPU process: headless Chromium would draw with a software GPU, which cost about a tenth of the run's
        // CPU and is not what the tests look at (layout, text, colours are the same without it).
        launchOptions: executablePath ? { executablePath, args: ['--no-sandbox', '--disable-gpu'] } : {},
      },
    },
  ],
  webServer: {
    // Each port builds into its own folder, so parallel runs never share a build. `npm test` has built it already
    // (E2E_BUILT=1: the size budget measured that same build); run alone, Playwright builds it first.
    command: [
      ...(process.env.E2E_BUILT ? [] : [`node_modules/.bin/vite ${buildArgs(PORT).join(' ')}`]),
      `node_modules/.bin/vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    env: { BASE_PATH: E2E_BASE },
    reuseExistingServer: !!process.env.E2E_REUSE_SERVER,
    timeout: 180_000,
  },
});
