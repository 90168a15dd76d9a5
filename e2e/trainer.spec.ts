import { type Locator, type Page, expect, test } from '@playwright/test';

import { choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Trainer mode on the fix steps (Show / Try / Test). The expected clicks are written out
 * here (not read from the app), so a wrong expectation in the content fails.
 */

/** The clicks that grant Permissions Admin on the Organization object, in order. */
const ORGANIZATION_CLICKS = [
  'organization-node',
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
] as const;

/** Through the "go to the fix" entry with an existing account: the Organization step. */
async function toOrganizationStep(page: Page): Promise<void> {
  await open(page, '');
  await page.getByRole('button', { name: 'I know it is Q255888: go to the fix' }).click();
  await expect(heading(page)).toHaveText('Which Windows NT account will run the migration?');
  await choose(page, /does not hold Permissions Admin yet/);
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
}

/** Let colour transitions (buttons switching state) finish, so axe measures the final colours. */
async function settled(page: Page): Promise<Page> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))),
  );
  return page;
}

function trainerBar(page: Page): Locator {
  return page.getByTestId('trainer-bar');
}

async function chooseMode(page: Page, name: 'Guide' | 'Show me' | 'Let me try' | 'Test me'): Promise<void> {
  await trainerBar(page).getByRole('button', { name, exact: true }).click();
  await expect(trainerBar(page).getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

function frame(page: Page): Locator {
  return page.getByTestId('practice-frame');
}

function control(page: Page, target: string): Locator {
  return frame(page).locator(`[data-target="${target}"]`);
}

/** The element a click on a target lands on (the clickable part of a drop-down is its field). */
function clickable(page: Page, target: string): Locator {
  return target === 'roles-list' ? control(page, target).getByRole('combobox') : control(page, target);
}

async function expectPosition(page: Page, n: number, total = ORGANIZATION_CLICKS.length): Promise<void> {
  await expect(page.getByTestId('practice-position')).toContainText(`Action ${n} of ${total}`);
}

/** Tab (forwards only) until the focused element is the control, then press the key. */
async function reachByKeyboard(page: Page, target: string, key: 'Enter' | 'Space'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.closest('[data-target]')?.getAttribute('data-target') ?? null;
    });
    if (at === target) {
      await page.keyboard.press(key);
      return;
    }
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test.describe('trainer mode on a fix step', () => {
  test('Try: operating the mockup completes the Organization step; a wrong click gets a hint', async ({ page }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    await expectPosition(page, 1);
    await expect(page.getByTestId('hint-area').getByText('Hint:')).toHaveCount(0);

    // One deliberate wrong click: the Site object instead of the Organization.
    await control(page, 'site-node').click();
    await expect(page.getByTestId('hint-area')).toContainText('Not that one.');
    await expect(page.getByTestId('hint-area')).toContainText('Hint: Click the Organization object in the hierarchy on the left.');
    await expectPosition(page, 1);
    // A second wrong click escalates to the spotlight.
    await control(page, 'file-menu').click();
    await expect(control(page, 'organization-node')).toHaveAttribute('data-highlighted', '');
    await expect(page.getByTestId('hint-area')).toContainText('Highlighted: the Organization object in the hierarchy');
    await expectNoAxeViolations(await settled(page), 'Try mode with a hint');

    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      // Every screen the step uses, operable, passes axe.
      if ([2, 4, 5, 7, 11].includes(i)) await expectNoAxeViolations(await settled(page), `Try mode, action ${i + 1}`);
      await clickable(page, target).click();
    }
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 2.');
    await expectNoAxeViolations(await settled(page), 'Try mode finished');
  });

  test('Try: the same with the keyboard alone, and focus is never trapped', async ({ page }) => {
    await toOrganizationStep(page);
    await trainerBar(page).getByRole('button', { name: 'Let me try', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectPosition(page, 1);
    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      await reachByKeyboard(page, target, i % 2 ? 'Space' : 'Enter');
    }
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 0.');
    // No trap: from inside the practice screen, Tab leads out of it to the rest of the page.
    await page.getByRole('button', { name: 'Practise again' }).click();
    await expectPosition(page, 1);
    await control(page, 'organization-node').focus();
    let left = false;
    for (let i = 0; i < 60 && !left; i++) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => !document.activeElement?.closest('[data-testid="practice-frame"]'));
    }
    expect(left).toBe(true);
  });

  test('Show plays the step to the end, with pause, step and replay; axe passes while it plays', async ({ page }) => {
    test.slow();
    await toOrganizationStep(page);
    await chooseMode(page, 'Show me');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText(`Step 1 of ${ORGANIZATION_CLICKS.length}: Click the Organization object`);
    await expect(page.locator('[data-slot="practice-pointer"]')).toBeVisible();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expectNoAxeViolations(await settled(page), 'Show mode');
    // Step by hand: to the result of step 1, then to step 2.
    const step = page.getByRole('button', { name: 'Next step' });
    await step.click();
    await step.click();
    await expect(caption).toContainText('Step 2 of 13: Open the File menu.');
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect(caption).toContainText('Step 1 of 13');
    await expect(page.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(caption).toContainText('Step 7 of 13', { timeout: 20_000 });
    await expect(caption).toHaveAttribute('data-finished', '', { timeout: 40_000 });
    await expect(caption).toContainText('Finished: all 13 steps shown.');
    await page.getByRole('button', { name: 'Replay' }).click();
    await expect(caption).toContainText('Step 1 of 13');
  });

  test('Show with reduced motion goes step by step, without playing by itself', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await toOrganizationStep(page);
    await chooseMode(page, 'Show me');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText('Step 1 of 13');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
    await page.waitForTimeout(1500);
    await expect(caption).toContainText('Step 1 of 13');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).toContainText('The Organization object is selected');
    for (let i = 0; i < 2 * 13 - 1; i++) await page.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).toHaveAttribute('data-finished', '');
  });

  test('Test counts the wrong clicks and scores each action and the whole step', async ({ page }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Test me');
    await expectNoAxeViolations(await settled(page), 'Test mode');
    // No hint, ever.
    await expect(page.getByTestId('hint-area')).toHaveCount(0);
    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      if (i === 0) {
        await control(page, 'site-node').click();
        await control(page, 'configuration-node').click();
        await expect(page.getByTestId('practice-position')).toContainText('Wrong actions on this one: 2');
      }
      if (i === 4) await control(page, 'remove-button').click();
      await clickable(page, target).click();
    }
    await expect(page.getByTestId('overall-score')).toHaveText(/Overall score: \d+%/);
    await expect(page.getByTestId('test-summary')).toContainText('Wrong actions: 3 · right first time: 11 of 13');
    // 100 − 2 × 25 on the first action, 100 − 25 on the fifth, 100 elsewhere: (50 + 75 + 11 × 100) / 13 = 94.
    await expect(page.getByTestId('overall-score')).toHaveText('Overall score: 94%');
    const rows = page.getByTestId('test-summary').locator('xpath=..').locator('tbody tr');
    await expect(rows).toHaveCount(13);
    await expect(rows.nth(0).locator('td').nth(2)).toHaveText('2');
    await expect(rows.nth(0).locator('td').nth(4)).toHaveText('50%');
    await expect(rows.nth(4).locator('td').nth(2)).toHaveText('1');
    await expectNoAxeViolations(await settled(page), 'Test results');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^test-q255888-grant-organization-.*\.csv$/);
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8')).toContain('overall');
  });
});

// Presenter mode, its audience window and the decision map: e2e/presenter.spec.ts, e2e/audience.spec.ts, e2e/map.spec.ts.
