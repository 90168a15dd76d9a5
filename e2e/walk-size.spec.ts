import { gzipSync } from 'node:zlib';

import { expect, test } from '@playwright/test';

import { walkMatchingPath } from './full-walk.ts';
import { open } from './support.ts';

/**
 * The JavaScript a whole walk of the matching path costs, in gzip bytes (the
 * same count as `npm run bench`'s "walk" figure: every script fetched from the
 * start page to "Resolved", at the benchmark's window size). A byte budget,
 * not a timing: it fails when the walk grows past its target unnoticed.
 */
const WALK_BUDGET_KB = 160;

test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });

test('a full walk of the matching path loads at most 160 KB of JavaScript (gzip)', async ({ page }) => {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || scripts.has(response.url())) return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSync(body, { level: 6 }).length),
    );
  });
  await open(page);
  await walkMatchingPath(page);
  await page.waitForLoadState('networkidle');

  const sizes = await Promise.all(scripts.values());
  const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
  const origin = new URL(page.url()).origin;
  expect(
    [...scripts.keys()].every((url) => url.startsWith(origin)),
    'only same-origin scripts',
  ).toBe(true);
  test
    .info()
    .annotations.push({ type: 'walk JavaScript', description: `${kb.toFixed(1)} KB gzip in ${sizes.length} files` });
  expect(kb, `walk JavaScript ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(WALK_BUDGET_KB);
});
