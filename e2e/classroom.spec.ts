import { type Locator, type Page, expect, test } from '@playwright/test';

import { entryButton, firstHeading } from './flow-walk.ts';
import { choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * A class: the trainers' way in on the start page, classroom mode keeping
 * practice out of the helpdesk statistics, the reset between classes, test
 * results per learner that survive a reload, the whole fix as one test, and
 * the diagnosis quiz by keyboard.
 */

const STATS_KEY = 'kb-wizard:stats';
const stats = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STATS_KEY);

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

/** The clicks that grant Permissions Admin on one object, in order (written out, not read from the app). */
const grantClicks = (object: 'organization' | 'site' | 'configuration') => [
  `${object}-node`,
  'file-menu',
  'properties-command',
  'permissions-tab',
  'add-button',
  'show-users-button',
  'migration-account',
  'add-button',
  'ok-button',
  'migration-account',
  'roles-list',
  'permissions-admin-role',
  'ok-button',
];

async function clickThrough(page: Page, targets: readonly string[], total: number, from = 0): Promise<void> {
  const frame = page.getByTestId('practice-frame');
  for (const [i, target] of targets.entries()) {
    await expect(page.getByTestId('practice-position')).toContainText(`Action ${from + i + 1} of ${total}`);
    const control = frame.locator(`[data-target="${target}"]`);
    await (target === 'roles-list' ? control.getByRole('combobox') : control).click();
  }
}

/**
 * At 320 px (WCAG 1.4.10) the page never scrolls sideways; a wide table scrolls in its own box instead, so every
 * column is still there to scroll to.
 */
async function expectTableScrollsInItsBox(page: Page, table: Locator, where: string): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { page: pageWidth, window: windowWidth } = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(pageWidth, `${where}: the page is ${pageWidth} px wide in a ${windowWidth} px window`).toBeLessThanOrEqual(
    windowWidth,
  );
  // It says so, and a keyboard can scroll it: the box takes the focus, as a named region.
  await expect(table.locator('xpath=../preceding-sibling::p[@data-testid="table-scrolls"]')).toBeVisible();
  const box = await table.evaluate((t) => {
    const parent = t.parentElement!;
    return {
      overflow: getComputedStyle(parent).overflowX,
      scrolls: parent.scrollWidth > parent.clientWidth,
      focusable: parent.tabIndex === 0,
      region: parent.getAttribute('role') === 'region' && !!parent.getAttribute('aria-label'),
    };
  });
  expect(box, `${where}: the table scrolls in its own box`).toEqual({
    overflow: 'auto',
    scrolls: true,
    focusable: true,
    region: true,
  });
}

/** To "Probably not Q255888" in three answers. */
async function walkToAnOutcome(page: Page): Promise<void> {
  await choose(page, /No MSExchangeMig error at all/);
  await choose(page, /not created at all/);
  await choose(page, /Something else, or no message/);
  await expect(heading(page)).toContainText('Probably not Q255888');
}

test('classroom mode keeps practice out of the statistics, and the reset between classes changes nothing there', async ({
  page,
}) => {
  // Fake timers (flowing as usual until told): the moment after an outcome in which statistics would be written is run through at once.
  await page.clock.install();
  // A helpdesk case, counted as usual.
  await open(page);
  await entryButton(page, 'q255888', 'diagnose').click();
  await walkToAnOutcome(page);
  await expect.poll(() => stats(page)).toContain('not-this-symptoms');
  const before = await stats(page);

  // The trainer switches classroom mode on from the start page.
  await open(page);
  const entry = page.getByTestId('trainer-entry');
  await expect(entry.getByRole('link', { name: 'Presenter mode (KB Q255888)' })).toBeVisible();
  await expect(entry.getByRole('link', { name: /^Practise the fix/ }).first()).toBeVisible();
  await entry.getByRole('checkbox', { name: /Classroom mode/ }).check();
  await expectNoAxeViolations(await settled(page), 'start page with the trainer entry');

  // Practice: a case started over half-way (would count as abandoned) and one walked to an outcome.
  await entryButton(page, 'q255888', 'diagnose').click();
  await choose(page, /No MSExchangeMig error at all/);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await walkToAnOutcome(page);
  await page.clock.runFor(500);
  expect(await stats(page)).toBe(before);

  // Between classes: one action clears the practice case and the results; the statistics stay as they were.
  await open(page, 'class');
  await expect(heading(page)).toHaveText('Classroom');
  await expect(page.getByTestId('classroom-flag')).toBeChecked();
  await page.getByRole('button', { name: 'Reset for the next class' }).click();
  await expect(page.getByTestId('classroom-status')).toContainText('one practice case cleared');
  expect(await stats(page)).toBe(before);
  await expectNoAxeViolations(await settled(page), 'classroom after a reset');
  await open(page);
  await entryButton(page, 'q255888', 'diagnose').click();
  await expect(heading(page)).toHaveText(firstHeading('q255888'));
  await page.clock.runFor(500);
  expect(await stats(page)).toBe(before);

  // With classroom mode off again, the helpdesk counts as before.
  await open(page, 'class');
  await page.getByTestId('classroom-flag').uncheck();
  await open(page);
  await entryButton(page, 'q255888', 'diagnose').click();
  await walkToAnOutcome(page);
  await expect.poll(() => stats(page)).not.toBe(before);

  // The statistics on a 320 px screen: the table scrolls, the page does not.
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, 'stats');
  await expect(page.getByTestId('stats-outcomes')).toContainText('Probably not Q255888');
  await expectTableScrollsInItsBox(page, page.getByTestId('stats-outcomes'), 'statistics at 320 px');
});

test('test results are kept per learner and survive a reload; the summary downloads as CSV', async ({ page }) => {
  // Let me try to its end, then straight into the test from the "Well done" panel.
  await open(page);
  await entryButton(page, 'q255888', 'fix').click();
  await choose(page, /does not hold Permissions Admin yet/);
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
  await page.getByTestId('trainer-bar').getByRole('button', { name: 'Let me try', exact: true }).click();
  await clickThrough(page, grantClicks('organization'), 13);
  await expect(page.getByTestId('try-summary')).toBeVisible();
  // In a case, its own Next button goes on: no link out of the case to practise the next step.
  await expect(page.getByRole('link', { name: /^Practise the next step/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Take the test' }).click();
  await expect(page.getByTestId('trainer-bar').getByRole('button', { name: 'Test me', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByTestId('practice-frame').locator('[data-target="site-node"]').click();
  await clickThrough(page, grantClicks('organization'), 13);
  await expect(page.getByTestId('overall-score')).toHaveText('Overall score: 98%');
  // The name can be typed after the test.
  await page.getByRole('textbox', { name: 'Learner’s name (optional)' }).fill('Ana Lopez');
  await expectNoAxeViolations(await settled(page), 'test results with a name');

  await open(page, 'class');
  await page.reload();
  const summary = page.getByTestId('results-summary');
  await expect(summary.locator('tbody tr')).toHaveCount(1);
  await expect(summary.locator('tr[data-learner="Ana Lopez"]')).toContainText('98%');
  await expectNoAxeViolations(await settled(page), 'classroom with results');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
  ]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^Ana Lopez,1,98,98,,,/);

  // On a 320 px screen, both tables of results scroll in their own boxes, every result's too once it is open.
  await page.setViewportSize({ width: 320, height: 700 });
  await expectTableScrollsInItsBox(page, summary, 'results by learner at 320 px');
  await page.locator('summary', { hasText: 'Every result (1)' }).click();
  const every = page.getByRole('table', { name: 'Every result, newest first' });
  await expect(every).toContainText('Ana Lopez');
  await expectTableScrollsInItsBox(page, every, 'every result, open, at 320 px');
});

test('Practise the fix goes on from the Organization object to the Site object, and on to the next step', async ({
  page,
}) => {
  await open(page, 't/q255888/class/practise');
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
  await clickThrough(page, grantClicks('organization'), 13);
  await expect(page.getByTestId('try-summary')).toBeVisible();
  await expectNoAxeViolations(await settled(page), 'end of Let me try, with the next step');
  await page.getByRole('link', { name: 'Practise the next step: Grant Permissions Admin on the Site object' }).click();
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
  await expect(page.getByTestId('trainer-panel')).toHaveAttribute('data-mode', 'try');
  // The page scrolls to the practice, and the focus goes with it, to its task (not the heading scrolled away).
  await expect(page.locator('[data-slot="practice-task"] :focus')).toHaveCount(1);
  await clickThrough(page, grantClicks('site'), 13);
  await expect(
    page.getByRole('link', { name: 'Practise the next step: Grant Permissions Admin on the Configuration object' }),
  ).toBeVisible();
});

test('the whole fix runs as one test over the Organization, Site and Configuration objects, saved for the learner', async ({
  page,
}) => {
  test.slow();
  await open(page, 't/q255888/class/fix-test');
  await expect(heading(page)).toHaveText('Test the whole fix');
  await expect(page.getByTestId('practice-position')).toContainText('Action 1 of 39');
  await expectNoAxeViolations(await settled(page), 'whole-fix test');
  await clickThrough(page, grantClicks('organization'), 39);
  await clickThrough(page, grantClicks('site'), 39, 13);
  await clickThrough(page, grantClicks('configuration'), 39, 26);
  await expect(page.getByTestId('overall-score')).toHaveText('Overall score: 100%');
  await expect(page.getByTestId('test-summary')).toContainText('right first time: 39 of 39');
  // At 320 px the score for each action is a list, each value named, with nothing off to the side to scroll to.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('table', { name: 'Score for each action' })).toBeHidden();
  const list = page.getByRole('list', { name: 'Score for each action' });
  await expect(list.getByRole('listitem')).toHaveCount(39);
  const last = list.getByRole('listitem').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toContainText('Score100%');
  const box = await last.getByText('100%').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(await settled(page), 'whole-fix test results at 320 px');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('table', { name: 'Score for each action' })).toBeVisible();
  await expect(list).toBeHidden();
  await page.getByRole('textbox', { name: 'Learner’s name (optional)' }).fill('Bo');
  await page.reload();
  await open(page, 'class');
  await expect(page.getByTestId('results-summary').locator('tr[data-learner="Bo"]')).toContainText('100%');
});

test('the diagnosis quiz works by keyboard, and its result is kept', async ({ page }) => {
  await open(page, 't/q255888/class/quiz?seed=42');
  await expect(heading(page)).toHaveText('Diagnosis quiz');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Your name (optional)' })).toBeFocused();
  await page.keyboard.type('Cy');
  await expectNoAxeViolations(await settled(page), 'quiz');
  let right = 0;
  for (let i = 1; i <= 5; i++) {
    const caseHeading = page.getByTestId('quiz-case').getByRole('heading', { level: 2 });
    await expect(caseHeading).toHaveText(`Case ${i} of 5`);
    // The next case takes the focus once it is painted: Tab from there (a Tab pressed before would start elsewhere).
    if (i > 1) await expect(caseHeading).toBeFocused();
    // Into the choices, then the arrow keys pick one (the second, on even cases).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    if (i % 2 === 0) await page.keyboard.press('ArrowDown');
    const picked = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check my answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    const feedback = page.getByTestId('quiz-feedback');
    await expect(feedback).toBeFocused();
    const marked = await page
      .locator('label', { hasText: '(the right answer)' })
      .locator('input')
      .getAttribute('value');
    if (marked === picked) {
      right++;
      await expect(feedback).toHaveText('Right.');
    } else await expect(feedback).toContainText('Not quite. It leads to:');
    if (i === 2) await expectNoAxeViolations(await settled(page), 'quiz feedback');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: i < 5 ? 'Next case' : 'See my result' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  const score = page.getByTestId('quiz-score');
  await expect(score).toBeFocused();
  await expect(score).toHaveText(`Your result: ${right} of 5 (${right * 20}%)`);
  await expectNoAxeViolations(await settled(page), 'quiz result');
  // Reloaded, the finished quiz shows its result again (kept for this tab), under the learner's name.
  await page.reload();
  await expect(score).toHaveText(`Your result: ${right} of 5 (${right * 20}%)`);
  await expect(page.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Cy');
  // The same seed gives the whole room the same quiz.
  await open(page, 'class');
  await expect(page.getByTestId('results-summary').locator('tr[data-learner="Cy"]')).toContainText(`${right * 20}%`);
});
