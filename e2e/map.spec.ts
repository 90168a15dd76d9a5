import { type Page, expect, test } from '@playwright/test';

import { planOf, walk } from './flow-walk.ts';
import { firstHeading } from './flow-walk.ts';
import { expectNoAxeViolations, heading, open } from './support.ts';

/**
 * The decision map on a projector: the path taken drawn straight, one
 * numbering in the graph and the list, type never under 14 CSS px at any
 * zoom, no label cut short.
 */

async function settled(page: Page): Promise<Page> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  return page;
}

/** The smallest type drawn in the map, in CSS px, at its current zoom. */
const smallestText = (page: Page) =>
  page.getByTestId('flow-map').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });

test.use({ viewport: { width: 1024, height: 768 } });

test('after a whole walk: the path straight down one column, numbered alike in graph and list, readable at every zoom', async ({
  page,
}) => {
  test.slow();
  // The walk through every fix step (a new account: all three grants).
  await walk(page, planOf('q255888'), planOf('q255888').longestFix);
  await page.getByRole('navigation', { name: 'This guide' }).getByRole('link', { name: 'Decision map' }).click();
  await expect(heading(page)).toHaveText('Decision map');
  const map = page.getByTestId('flow-map');
  const list = page.getByTestId('map-list');

  // Every node drawn and listed; none of their titles cut short.
  const count = await list.locator(':scope > li').count();
  expect(count).toBeGreaterThan(30);
  await expect(map.locator('[data-map-node]')).toHaveCount(count);
  expect(await map.locator('text').allTextContents()).not.toContainEqual(expect.stringContaining('…'));

  // The path: 16 boxes, all in one column, joined by straight vertical lines.
  const onPath = map.locator('[data-map-node][data-on-path]');
  await expect(onPath).toHaveCount(16);
  const xs = await onPath.evaluateAll((gs) => gs.map((g) => g.querySelector('rect')!.getAttribute('x')));
  expect(new Set(xs).size).toBe(1);
  const lines = await map
    .locator('[data-map-edge][data-on-path]')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d')!));
  expect(lines).toHaveLength(15);
  for (const d of lines) {
    const m = /^M([\d.]+) [\d.]+ ?L([\d.]+) [\d.]+$/.exec(d);
    expect(m, d).not.toBeNull();
    expect(m![1]).toBe(m![2]);
  }

  // One numbering: "1." in the graph is "step 1" in the list, and no "step 0".
  await expect(map.getByRole('link', { name: /^1\. Question: Application log event/ })).toHaveCount(1);
  await expect(map.getByRole('link', { name: /^16\. Outcome: Resolved: .*you are here/ })).toHaveCount(1);
  await expect(list.locator('[data-list-node="app-log-event"]')).toContainText('(step 1 of your path)');
  await expect(list.locator('[data-list-node="resolved"]')).toContainText('(step 16 of your path: you are here)');
  await expect(list).not.toContainText('step 0');

  // Type never under 14 px: at 100 % (the smallest) and larger for a projector.
  await expect(page.getByTestId('map-zoom')).toHaveText('100 %');
  await expect(page.getByRole('button', { name: 'Smaller' })).toBeDisabled();
  expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
  // The first view shows where you are.
  await expect(map.locator('[data-map-node="resolved"]')).toBeInViewport();
  await expectNoAxeViolations(await settled(page), 'map at 100 %');
  for (const zoom of ['125 %', '150 %', '200 %']) {
    await page.getByRole('button', { name: 'Larger' }).click();
    await expect(page.getByTestId('map-zoom')).toHaveText(zoom);
    expect(await smallestText(page)).toBeGreaterThanOrEqual((14 * parseFloat(zoom)) / 100 - 0.01);
  }
  await expect(map.locator('[data-map-node="resolved"]')).toBeInViewport();
  await expectNoAxeViolations(await settled(page), 'map at 200 %');
  await page.getByRole('button', { name: 'Go to the start' }).click();
  await expect(map.locator('[data-map-node="app-log-event"]')).toBeInViewport();

  // Keyboard: the first box of the path goes back to that question.
  await map.getByRole('link', { name: /^1\. Question: / }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(firstHeading('q255888'));
});

test('a fresh map: the first question is step 1 and in view', async ({ page }) => {
  await open(page, 't/q255888/map');
  await expect(heading(page)).toHaveText('Decision map');
  const map = page.getByTestId('flow-map');
  await expect(map.locator('[data-map-node][data-on-path]')).toHaveCount(1);
  await expect(map.getByRole('link', { name: /^1\. Question: Application log event .*you are here/ })).toBeInViewport();
  await expect(page.getByTestId('map-list').locator('[data-list-node="app-log-event"]')).toContainText(
    '(step 1 of your path: you are here)',
  );
  expect(await smallestText(page)).toBeGreaterThanOrEqual(14);

  // Every question, fix step and outcome in the list opens: the path's to the case, the others to what they say.
  const list = page.getByTestId('map-list');
  // An answer that quotes a message nests its quotes the other way (‘…’ inside “…”).
  const answers = await list.locator('li li').allTextContents();
  expect(answers.some((a) => a.includes('‘Internal failure communicating with MAPI Spooler’'))).toBe(true);
  for (const a of answers) expect(a).not.toMatch(/“[^”]*“/);
  const items = list.locator(':scope > li');
  expect(await items.count()).toBeGreaterThanOrEqual(30);
  for (const item of await items.all()) await expect(item.getByRole('link')).toHaveCount(1);
  expect(await list.locator('li[data-kind="outcome"]').count()).toBeGreaterThanOrEqual(20);
  await list.locator('[data-list-node="cause-7026-csv-proxy"]').getByRole('link').click();
  await expect(heading(page)).toHaveText(/^Event 7026 after editing the \.csv file/);
  await expect(page.getByTestId('offer-outcome').getByTestId('source')).toHaveText('Source: KB Q182665, Cause');
  await page.goBack();
  await expect(heading(page)).toHaveText('Decision map');
  await list.locator('[data-list-node="grant-site"]').getByRole('link').click();
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
  await expect(page.getByTestId('offer-step').getByRole('heading', { name: 'What this step says' })).toBeVisible();
  await page.goBack();
  await expect(heading(page)).toHaveText('Decision map');
});
