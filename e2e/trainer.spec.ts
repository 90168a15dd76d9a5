import { type Locator, type Page, expect, test } from '@playwright/test';

import { choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Trainer mode on the fix steps (Show / Try / Test), presenter mode with its
 * audience window, and the flow map. The expected clicks are written out
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
    await expectNoAxeViolations(page, 'Try mode with a hint');

    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      // Every screen the step uses, operable, passes axe.
      if ([2, 4, 5, 7, 11].includes(i)) await expectNoAxeViolations(page, `Try mode, action ${i + 1}`);
      await clickable(page, target).click();
    }
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 2.');
    await expectNoAxeViolations(page, 'Try mode finished');
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
});
