import { type Locator, type Page, expect, test } from '@playwright/test';

import { answerRadio, entryButton, firstHeading, symptomAnswers } from './flow-walk.ts';
import { E2E_BASE } from '../scripts/e2e-build.mjs';
import { STORE_KEY, choose, expectNoAxeViolations, heading, open, toNextStep } from './support.ts';

test.describe('the Q255888 wizard', () => {
  test('a required tick blocks the step with a message that links to the box', async ({ page }) => {
    await open(page);
    await entryButton(page, 'q255888', 'fix').click();
    await choose(page, /does not hold Permissions Admin yet/);
    await page.getByRole('button', { name: 'Next: the Site object' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Tick what you have done' });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await alert.getByRole('link').click();
    await expect(page.getByRole('checkbox', { name: /Organization object/ })).toBeFocused();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
  });

  for (const [name, answers, ruledOut] of [
    [
      'another event id',
      [
        [/Which error does the Application log/, /A different MSExchangeMig error/],
        [/Which error did the migration report/, /Another error, not listed here/],
      ],
      /A different MSExchangeMig error/,
    ],
    [
      'a single user fails too',
      [
        [/Which error/, /Event ID 7044/],
        [/what do you find/, /mailboxes are empty/],
        [/How many users/, /More than one user/],
        [/do that user’s messages arrive/, /a single user fails the same way/],
      ],
      /a single user fails the same way/,
    ],
    [
      'the account holds Permissions Admin',
      [
        [/Which error/, /Not sure/],
        [/what do you find/, /mailboxes are empty/],
        [/How many users/, /More than one user/],
        [/do that user’s messages arrive/, /Not tried yet/],
        [/Which Exchange role/, /Permissions Admin on the Organization/],
      ],
      /Permissions Admin on the Organization, Site and Configuration objects/,
    ],
  ] as Array<[string, Array<[RegExp, RegExp]>, RegExp]>) {
    test(`non-matching path (${name}) ends at "probably not Q255888" naming the answer`, async ({ page }) => {
      await open(page);
      await entryButton(page, 'q255888', 'diagnose').click();
      for (const [question, answer] of answers) {
        await expect(heading(page)).toHaveText(question);
        await choose(page, answer);
      }
      await expect(heading(page)).toContainText('Probably not Q255888');
      await expect(page.getByTestId('ruled-out-by')).toContainText(ruledOut);
      // The answer that rules the article out is not listed again as support for this result.
      const supporting = await page.getByTestId('supporting').getByRole('listitem').allTextContents();
      expect(supporting.filter((t) => ruledOut.test(t))).toEqual([]);
      await expectNoAxeViolations(page, `not this: ${name}`);
    });
  }

  test('a reload in the middle of the fix resumes at the same step with the ticks kept', async ({ page }) => {
    await open(page);
    await entryButton(page, 'q255888', 'fix').click();
    await choose(page, /does not hold Permissions Admin yet/);
    await page.getByRole('checkbox', { name: /Organization object/ }).check();
    await toNextStep(page, page.getByRole('button', { name: 'Next: the Site object' }));
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    const url = page.url();
    // Scrolled down to the third action, as an admin following along would be.
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    // Where it was: the reload neither scrolls to the heading nor moves focus there.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    await expect(heading(page)).not.toBeFocused();
    await page.getByRole('button', { name: /Back/ }).click();
    await expect(page.getByRole('checkbox', { name: /Organization object/ })).toBeChecked();
    // On an earlier step, one press goes back to where the case stands (and none is offered there).
    await toNextStep(
      page,
      page.getByRole('button', { name: 'Current step: Grant Permissions Admin on the Site object' }),
    );
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(page.getByRole('button', { name: /^Current step/ })).toHaveCount(0);
    await page.getByRole('button', { name: /Back/ }).click();
    // The start page lists the case, where it stands, to resume.
    await open(page);
    const row = page.getByTestId('case-row');
    await expect(row).toContainText('Step 3: Grant Permissions Admin on the Site object');
    await row.getByRole('link').click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(page).toHaveURL(url);
  });

  test('browser Back shows the previous answer; changing it takes the new path', async ({ page }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await choose(page, /mailboxes are empty/);
    await expect(heading(page)).toHaveText(/How many users/);
    await page.goBack();
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    await expect(page.getByRole('radio', { name: /mailboxes are empty/ })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('radio', { name: /Event ID 7044/ })).toBeChecked();
    await choose(page, /A different MSExchangeMig error/);
    await expect(heading(page)).toHaveText('Which error did the migration report?');
    await page.goForward();
    await expect(page).toHaveURL(/which-event\?case=/);
  });

  test('after “Change” on an earlier answer, Back and Forward never show a step the new answers no longer reach', async ({
    page,
  }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await choose(page, /mailboxes are empty/);
    await choose(page, /More than one user/);
    await expect(heading(page)).toHaveText(/do that user’s messages arrive/);
    // Change the first answer from the trail: the steps after it are no longer on the way.
    await toNextStep(page, page.getByRole('link', { name: 'Change: Application log event' }));
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await choose(page, /A different MSExchangeMig error/);
    await expect(heading(page)).toHaveText('Which error did the migration report?');
    const stale = [/what do you find in Exchange/, /How many users/, /do that user’s messages arrive/];
    // Every heading the page shows from now on, even for a frame.
    await page.evaluate(() => {
      const w = window as Window & { __headings?: string[] };
      w.__headings = [];
      new MutationObserver(() => {
        const text = document.querySelector('h1')?.textContent ?? '';
        if (w.__headings!.at(-1) !== text) w.__headings!.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // History: start page (0), the four questions (1–4), the first question again from “Change” (5), the new question (6).
    const at = (idx: number) => page.waitForFunction((i) => (history.state as { idx?: number } | null)?.idx === i, idx);
    await page.goBack();
    await at(5);
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    // Back again passes over the three stale steps to the first question's own entry.
    await page.goBack();
    await at(1);
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await expect(page.getByTestId('store-notice')).toContainText(
      'You changed an earlier answer, so the steps after it changed',
    );
    await expect(page.getByTestId('store-notice')).not.toContainText('not answered yet');
    await expectNoAxeViolations(page, 'skipped stale steps');
    // Forward walks back up to the new path, never through the stale steps.
    await page.goForward();
    await at(5);
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await page.goForward();
    await at(6);
    await expect(heading(page)).toHaveText('Which error did the migration report?');
    const headings = await page.evaluate(() => (window as Window & { __headings?: string[] }).__headings ?? []);
    for (const text of headings) for (const s of stale) expect(text, 'a heading shown on the way').not.toMatch(s);
    // A reload of a stale address goes to where the answers lead, and says why in words that fit.
    const url = new URL(page.url());
    await page.goto(`${url.pathname.replace(/[^/]+$/, 'batch-size')}${url.search}`);
    await expect(heading(page)).toHaveText('Which error did the migration report?');
    await expect(page.getByTestId('store-notice')).toContainText(
      'You changed an earlier answer, so this case no longer goes through “Users per run”',
    );
  });

  test('the whole matching path can be done with the keyboard alone', async ({ page }) => {
    await open(page);
    // Tab to the first start button and press Enter.
    const start = entryButton(page, 'q255888', 'diagnose');
    for (let i = 0; i < 15 && !(await start.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(start).toBeFocused();
    let title = await page.title();
    await page.keyboard.press('Enter');

    for (const q of symptomAnswers('q255888')) {
      await expect(heading(page)).toHaveText(q.heading);
      await expect(heading(page)).toBeFocused();
      // The tab's title names each step too (it follows the paint, with the focus).
      await expect(page).not.toHaveTitle(title);
      await expect(page).toHaveTitle(/^\S.* – KB Q255888 – KB Wizard$/);
      title = await page.title();
      // Tab into the radio group, arrow to the answer, Enter submits.
      const target = answerRadio(page, q);
      await page.keyboard.press('Tab');
      for (let i = 0; i < 6 && !(await target.isChecked()); i++) {
        if (!(await page.locator('input[type=radio]:focus').count())) await page.keyboard.press('Tab');
        else await page.keyboard.press('ArrowDown');
      }
      await expect(target).toBeChecked();
      await page.keyboard.press('Enter');
    }
    await expect(heading(page)).toContainText(
      'Confirmed: The migration ran under an account with Service Account Admin permissions',
    );
    await expect(heading(page)).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Start the fix' }));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Which Windows NT account will run the migration?');
    // Focus moves to the new heading once the step is painted: the next Tab starts from there.
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /already holds Permissions Admin/ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Log on as that account and migrate several users again');
    await expect(heading(page)).toBeFocused();
    for (const box of [/Logged on as the account/, /Migrated several users/]) {
      await tabTo(page, page.getByRole('checkbox', { name: box }));
      await page.keyboard.press('Space');
    }
    await tabTo(page, page.getByRole('button', { name: 'Check the result' }));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Did the messages arrive in the migrated mailboxes this time?');
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
  });

  test('focus follows the keyboard: to a new page’s heading, into and out of Start over, onto a screen’s menu item', async ({
    page,
  }) => {
    await open(page, 't/q255888/runbook');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A footer or header link to another page: focus goes to that page's heading, not back to the top of nothing.
    await page.getByRole('link', { name: 'Outcome statistics' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('link', { name: 'Screen gallery' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    // Start over asks first, with the safe answer focused; Escape (or that answer) closes it and returns to the button.
    await open(page);
    await entryButton(page, 'q255888', 'fix').click();
    // The new step's heading takes focus after the page has painted: wait for it, or it would take focus back from
    // Start over (on a busy machine it came after the focus below, and Enter then pressed nothing).
    await expect(heading(page)).toBeFocused();
    const startOver = page.getByRole('button', { name: 'Start over' });
    await startOver.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Start this case over?' });
    await expect(question.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(startOver).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(question).toHaveCount(0);
    await expect(startOver).toBeFocused();
    // Started over on the first step (nothing else moves focus there): the step's heading has it.
    await page.keyboard.press('Enter');
    await question.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(heading(page)).toBeFocused();

    // In a screen picture's practice, the menu item the keyboard is on is drawn highlighted, and keeps its ring.
    await choose(page, /does not hold Permissions Admin yet/);
    await page.getByTestId('trainer-bar').getByRole('button', { name: 'Let me try', exact: true }).click();
    // Practice puts focus on its task once it has drawn: wait for that before moving focus into the screen.
    await expect(page.getByTestId('practice-task-text')).toBeFocused();
    const file = page.getByTestId('trainer-panel').locator('[data-slot="win-menu-bar-item"]').first();
    await file.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    const item = page.locator('[data-slot="win-menu-item"]:focus');
    await expect(item).toHaveCount(1);
    expect(
      await item.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).outlineStyle]),
    ).toEqual(['rgb(0, 0, 128)', 'solid']);
    await expectNoAxeViolations(page, 'practice with a menu open by keyboard');
  });

  test('stored garbage gives a clean start with a notice', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"state": {"sessions": [1,2,3]}, "version": 1');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORE_KEY);
    await open(page);
    await expect(page.getByTestId('store-notice')).toContainText('could not be read');
    await expect(entryButton(page, 'q255888', 'diagnose')).toBeVisible();
    await expectNoAxeViolations(page, 'start page with notice');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('store-notice')).toHaveCount(0);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await page.reload();
    await expect(page.getByTestId('store-notice')).toHaveCount(0);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
  });

  test('unknown flows and steps get a not-found page; deep links survive a reload', async ({ page }) => {
    await open(page, 't/no-such-flow');
    await expect(heading(page)).toHaveText('We couldn’t find that troubleshooting guide');
    await open(page, 't/q255888/no-such-step');
    await expect(heading(page)).toHaveText('We couldn’t find that step');
    await open(page, 'some/random/path');
    await expect(heading(page)).toHaveText('We couldn’t find that page');
    await expectNoAxeViolations(page, 'not found');
    // A case's link to a step it has not reached yet lands on its current step, with a notice that says why.
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    const caseId = new URL(page.url()).searchParams.get('case');
    // A mistyped step in the case's link: not found, with the way back to where the case stands.
    await open(page, `t/q255888/no-such-step?case=${caseId}`);
    await expect(heading(page)).toHaveText('We couldn’t find that step');
    await expectNoAxeViolations(page, 'not found, in a case');
    await page.getByRole('link', { name: 'Back to this case' }).click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    expect(new URL(page.url()).searchParams.get('case')).toBe(caseId);
    await open(page, `t/q255888/grant-site?case=${caseId}`);
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await expect(page.getByTestId('store-notice')).toContainText(
      '“Grant Permissions Admin on the Site object” comes after questions this case has not answered yet',
    );
    // The start page's own address is inside the base path (with its slash), which the server and the service
    // worker answer: reloaded or bookmarked, it is the start page again.
    await page.getByRole('banner').getByRole('link', { name: 'Start page' }).click();
    await expect(heading(page)).toContainText('Guided troubleshooting');
    expect(new URL(page.url()).pathname).toBe(E2E_BASE);
    await page.reload();
    await expect(heading(page)).toContainText('Guided troubleshooting');
    // Typed without the slash, on a server that answers it with the app: the slash is put back.
    const app = await page.request.get(E2E_BASE);
    await page.route(
      (url) => url.pathname === E2E_BASE.replace(/\/$/, ''),
      (route) => route.fulfill({ response: app }),
    );
    await page.goto(`${E2E_BASE.replace(/\/$/, '')}?from=bookmark`);
    await expect(heading(page)).toContainText('Guided troubleshooting');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${E2E_BASE}?from=bookmark`);
  });
});

async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
