import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Locator, type Page, expect, test } from '@playwright/test';

import { E2E_BASE } from '../scripts/e2e-build.mjs';

/**
 * The app is served from a sub-path in end-to-end tests (see
 * playwright.config.ts), so in-app paths are written WITHOUT a leading
 * slash: `app(page, 't/q255888')`.
 */
export async function open(page: Page, path = ''): Promise<void> {
  await page.goto(path.replace(/^\//, ''));
}

/**
 * One page for a group of tests that only read what a page shows (labels, styles, axe): the group loads it once
 * instead of once per test. Call in `test.beforeAll` of a `test.describe` in serial mode (the group then runs in one
 * worker, in order; a failed test skips the rest, and a retry runs the group again on a new page). The page has the
 * project's address, window size and blocked service worker, as the `page` fixture has; close it in `afterAll`.
 */
export async function sharedPage(browser: Browser, path: string): Promise<Page> {
  const { baseURL, viewport, serviceWorkers } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, serviceWorkers });
  const page = await context.newPage();
  await open(page, path);
  return page;
}

/**
 * Goes to an in-app path (written as for `open`) inside the running app, as the browser's Back and Forward do: the
 * address changes and the router reads it (a popstate), with no page load. For a test that visits many addresses
 * and is not about loading them (each load starts the whole app again).
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  const href = new URL(`${E2E_BASE}${path.replace(/^\//, '')}`, page.url()).href;
  await page.evaluate((url) => {
    // An entry as the router writes its own (a key and its place in the history).
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    const state = { usr: null, key: Math.random().toString(36).slice(2, 10), idx };
    history.pushState(state, '', url);
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  }, href);
}

/**
 * Opens the served start page with the app's script held back: the
 * prerendered page is up, the app is not. The returned function lets the app
 * start.
 */
export async function openWithAppHeld(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('', { waitUntil: 'commit' });
  return release;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's minified build, from the copy @axe-core/playwright uses: the same rules as the unminified source that
 * package injects (`axe.source`), in 0.58 MB instead of 1.3 MB sent through the protocol and compiled at each
 * injection.
 */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

type Violation = { id: string; nodes: Array<{ target: unknown[] }> };

/**
 * Waits (at most 2 s) for the page's running animations and transitions that end to end. axe reads each colour as
 * it is at that instant: a button that has just changed state (its colours ease over 150 ms) measured half-way has a
 * contrast no one sees for longer than a blink, and a busy machine made the scan land there (e2e/mockups.spec.ts,
 * "Test me" at 1920×1080, once in a series of full runs). Endless animations are not waited for.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ending = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => undefined));
    return Promise.race([Promise.all(ending), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  });
}

/**
 * axe scan with WCAG 2.0–2.2 A/AA rules; expects zero violations.
 *
 * The app's pages have no frames, so axe runs in the page itself, injected
 * once per document: @axe-core/playwright's builder also opens a blank page
 * per scan to merge frame results, which costs several times the scan. A
 * page with frames is scanned by the builder.
 */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  await animationsSettled(page);
  let violations: Violation[];
  if (await page.locator('iframe, frame').count()) {
    violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    violations = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
      TAGS,
    );
  }
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export { WIZARD_STORE_KEY as STORE_KEY, WIZARD_STORE_VERSION as STORE_VERSION } from '../src/store/stored-format.ts';

/** Pick an option of the current question by (part of) its label, then Continue. */
export async function choose(page: Page, label: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await toNextStep(page, page.getByRole('button', { name: 'Continue', exact: true }));
}

/**
 * Click a control that moves to another step. The address bar follows the new step right after it is painted, and
 * focus moves to the new step's heading then too: wait for both, so that a Back, a reload or a copied address that
 * comes next starts from the step on screen, not from the one before, and so that focus the test moves next is not
 * taken back by the arrival.
 */
export async function toNextStep(page: Page, control: Locator): Promise<void> {
  const from = page.url();
  await control.click();
  await expect(page).not.toHaveURL(from);
  await expect(page.locator('[data-step-heading]')).toBeFocused();
}

/**
 * The start page's card of an article. Every card offers the same entries
 * ("Diagnose from the symptoms", "I know it is …: go to the fix"), so a test
 * that starts a guide picks the card first.
 */
export function articleCard(page: Page, kb: string): Locator {
  return page.getByRole('article').filter({ hasText: `Knowledge Base ${kb}` });
}

/** The step heading (h1). */
export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}
