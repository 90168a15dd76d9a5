import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { open } from './support.ts';

/**
 * A screen's size (src/mockups/screens/<id>/size.json) is measured, not typed:
 * the largest drawing of the screen over its gallery states, at the program's
 * own size, here in Chromium. Pages reserve that box while a screen's code
 * loads, so nothing jumps. When a screen changes, update the files with
 *
 *   UPDATE_SCREEN_SIZES=1 npx playwright test e2e/screen-sizes.spec.ts
 */
const SCREENS_DIR = join(import.meta.dirname, '../src/mockups/screens');

test('every screen folder’s size.json is the size the screen draws at', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, 'mockups');
  const figures = page.locator('[data-slot="mockup-figure"]');
  await expect(figures.first()).toBeVisible();
  await expect(page.locator('[data-slot="mockup-placeholder"]')).toHaveCount(0);
  const drawn = await page.evaluate(() => {
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const figure of document.querySelectorAll<HTMLElement>('[data-slot="mockup-figure"][data-screen]')) {
      const screen = figure.querySelector<HTMLElement>('[data-slot="win-screen"]');
      if (!screen) continue;
      const id = figure.dataset.screen!;
      // Layout size, before the figure's scaling (a CSS transform).
      const size = sizes[id] ?? { width: 0, height: 0 };
      sizes[id] = {
        width: Math.max(size.width, screen.offsetWidth),
        height: Math.max(size.height, screen.offsetHeight),
      };
    }
    return sizes;
  });
  const folders = readdirSync(SCREENS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect(Object.keys(drawn).sort(), 'every screen folder is drawn in the gallery').toEqual(folders.sort());
  if (process.env.UPDATE_SCREEN_SIZES) {
    for (const [id, size] of Object.entries(drawn))
      writeFileSync(join(SCREENS_DIR, id, 'size.json'), `${JSON.stringify(size, null, 2)}\n`);
    return;
  }
  const stored = Object.fromEntries(
    folders.map((id) => [id, JSON.parse(readFileSync(join(SCREENS_DIR, id, 'size.json'), 'utf8')) as unknown]),
  );
  expect(
    stored,
    'size.json files are stale: run UPDATE_SCREEN_SIZES=1 npx playwright test e2e/screen-sizes.spec.ts',
  ).toEqual(drawn);
});
