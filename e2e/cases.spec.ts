import { type Page, expect, test } from '@playwright/test';

import { V2_EXPECTED, V2_STORED_RAW } from '../src/testing/fixtures/stored-v2.ts';
import { entryButton, firstHeading } from './flow-walk.ts';
import {
  STORE_KEY,
  STORE_VERSION,
  choose,
  expectNoAxeViolations,
  heading,
  open as goto,
  toNextStep,
} from './support.ts';

/**
 * A helpdesk day: several cases side by side, each in its own address, in
 * one tab or several; listed on the start page to resume, rename, close or
 * delete; old stored progress carried over; links to steps without a case;
 * storage that refuses to keep anything.
 */

/** Open a page and wait until React owns it (the start page is served prerendered). */
async function open(page: Page, path = '') {
  await goto(page, path);
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber'));
  });
}

const stepNote = (page: Page) => page.getByTestId('step-note').getByRole('textbox');
const caseNote = (page: Page) => page.getByTestId('session-note').getByRole('textbox');
const caseOf = (page: Page) => new URL(page.url()).searchParams.get('case') ?? '';
const rows = (page: Page) => page.getByTestId('open-cases').getByTestId('case-row');
const row = (page: Page, name: string | RegExp) => rows(page).filter({ has: page.locator('h3', { hasText: name }) });

async function storedCases(
  page: Page,
): Promise<Record<string, { answers: Record<string, string>; sessionNote?: { text: string }; closedAt?: number }>> {
  return page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{"state":{"cases":{}}}').state.cases,
    STORE_KEY,
  );
}

test.describe('cases', () => {
  test('three calls in a row with call-backs: each call its own case, listed, resumed, renamed, closed, deleted and undone', async ({
    page,
  }) => {
    test.slow();
    // Call 1: Dana, diagnosis, two answers.
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await caseNote(page).fill('INC-4711 Dana Whitfield, ACME\ncalls back after lunch');
    await stepNote(page).fill('Reads 7044 off the log');
    await choose(page, /Event ID 7044/);
    await choose(page, /mailboxes are empty/);
    const dana = caseOf(page);
    await expect(page.getByTestId('case-name')).toHaveText('Case: INC-4711 Dana Whitfield, ACME');
    await expect(page).toHaveTitle(/INC-4711 Dana Whitfield, ACME – KB Q255888 – KB Wizard$/);

    // Call 2: Lee, straight to the fix, from the start page; Dana's case is untouched.
    await open(page);
    await expect(rows(page)).toHaveCount(1);
    await entryButton(page, 'q255888', 'fix').click();
    await expect(heading(page)).toHaveText(/Which Windows NT account/);
    const lee = caseOf(page);
    expect(lee).not.toBe(dana);
    await caseNote(page).fill('INC-4712 Lee, Contoso');
    await choose(page, /does not hold Permissions Admin yet/);
    await page.getByRole('checkbox', { name: /Organization object/ }).check();

    // Call 3: a quick one, no note: named after the article and its time.
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Not sure/);
    const third = caseOf(page);

    // The start page: newest first, each with what identifies it, where it stands and when.
    await open(page);
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).nth(0).locator('h3')).toHaveText(/^KB Q255888, started /);
    await expect(rows(page).nth(1).locator('h3')).toHaveText('INC-4712 Lee, Contoso');
    await expect(rows(page).nth(1)).toContainText('Step 2: Grant Permissions Admin on the Organization object');
    await expect(rows(page).nth(2).locator('h3')).toHaveText('INC-4711 Dana Whitfield, ACME');
    await expect(rows(page).nth(2)).toContainText('Step 3: Users per run');
    await expect(rows(page).nth(2)).toContainText(/Last change \S/);
    await expectNoAxeViolations(page, 'start page with three cases');

    // Dana calls back: her case is where she left it, notes and all.
    await row(page, 'INC-4711').getByRole('link').click();
    await expect(heading(page)).toHaveText(/How many users/);
    expect(caseOf(page)).toBe(dana);
    await expect(caseNote(page)).toHaveValue('INC-4711 Dana Whitfield, ACME\ncalls back after lunch');
    await expect(page.getByTestId('answer-trail')).toContainText('Reads 7044 off the log');
    await choose(page, /More than one user/);

    // Lee calls back: the tick is kept, nothing of Dana's leaked in.
    await open(page);
    await expect(rows(page).nth(0).locator('h3')).toHaveText('INC-4711 Dana Whitfield, ACME');
    await row(page, 'INC-4712').getByRole('link').click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    await expect(page.getByRole('checkbox', { name: /Organization object/ })).toBeChecked();
    await expect(page.getByTestId('answer-trail')).not.toContainText('7044');
    const cases = await storedCases(page);
    expect(cases[dana]!.answers).toEqual({
      'app-log-event': 'event-7044',
      'mailboxes-created': 'created-no-mail',
      'batch-size': 'several',
    });
    expect(cases[lee]!.answers).toEqual({ 'fix-account': 'existing' });
    expect(cases[third]!.answers).toEqual({ 'app-log-event': 'not-sure' });

    // Start over resets Lee's case only, and keeps its name.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(heading(page)).toHaveText(/Which Windows NT account/);
    await expect(caseNote(page)).toHaveValue('INC-4712 Lee, Contoso');
    expect((await storedCases(page))[dana]).toEqual(cases[dana]);
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');

    // Rename the third case from the keyboard.
    await open(page);
    const quick = row(page, /^KB Q255888, started /);
    await quick.getByRole('button', { name: /^Rename/ }).click();
    const name = page.getByRole('textbox', { name: 'Name of the case' });
    await expect(name).toBeFocused();
    await name.fill('Sam, printer room');
    await expectNoAxeViolations(page, 'renaming a case');
    await name.press('Enter');
    await expect(row(page, 'Sam, printer room')).toHaveCount(1);
    await expect(row(page, 'Sam, printer room').getByRole('button', { name: /^Rename/ })).toBeFocused();
    // Escape leaves the name as it was.
    await row(page, 'Sam, printer room')
      .getByRole('button', { name: /^Rename/ })
      .click();
    await page.getByRole('textbox', { name: 'Name of the case' }).fill('never saved');
    await page.keyboard.press('Escape');
    await expect(row(page, 'Sam, printer room')).toHaveCount(1);

    // Close Lee's case: listed apart, reopened from there.
    await row(page, 'INC-4712')
      .getByRole('button', { name: /^Close/ })
      .click();
    const message = page.getByTestId('list-message');
    await expect(message).toContainText('Case “INC-4712 Lee, Contoso” closed');
    await expect(message).toBeFocused();
    await expect(rows(page)).toHaveCount(2);
    const closed = page.getByTestId('closed-cases');
    await closed.getByText('Closed cases (1)').click();
    await expect(closed.getByTestId('closed-row')).toContainText('INC-4712 Lee, Contoso');
    await expectNoAxeViolations(page, 'start page with a closed case');
    expect((await storedCases(page))[lee]!.closedAt).toEqual(expect.any(Number));
    // A closed case still opens, and says it is closed.
    await closed.getByRole('link', { name: 'INC-4712 Lee, Contoso' }).click();
    await expect(page.getByTestId('case-closed')).toContainText('This case is closed');
    await expect(page.getByTestId('case-name')).toContainText('(closed)');
    await expectNoAxeViolations(page, 'a closed case');
    await open(page);
    await page.getByTestId('closed-cases').getByText('Closed cases (1)').click();
    await page
      .getByTestId('closed-cases')
      .getByRole('button', { name: /^Reopen/ })
      .click();
    await expect(rows(page)).toHaveCount(3);
    await expect(page.getByTestId('closed-cases')).toHaveCount(0);

    // Delete Dana's case by mistake, then undo.
    await row(page, 'INC-4711')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(message).toContainText('Case “INC-4711 Dana Whitfield, ACME” deleted');
    await expect(rows(page)).toHaveCount(2);
    expect((await storedCases(page))[dana]).toBeUndefined();
    await page.keyboard.press('Tab');
    await expect(message.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(3);
    expect((await storedCases(page))[dana]).toEqual(expect.objectContaining({ answers: cases[dana]!.answers }));
    await expect(row(page, 'INC-4711').getByRole('link')).toBeFocused();
    // Delete for real: gone after a reload.
    await row(page, 'Sam, printer room')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.reload();
    await expect(rows(page)).toHaveCount(2);
    await expect(row(page, 'Sam, printer room')).toHaveCount(0);
    // The last cases deleted: the message, its Undo and the focus stay; dismissed, focus goes to the guides.
    for (const name of ['INC-4711', 'INC-4712'])
      await row(page, name)
        .getByRole('button', { name: /^Delete/ })
        .click();
    await expect(message).toContainText('Case “INC-4712 Lee, Contoso” deleted');
    await expect(message).toBeFocused();
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect(row(page, 'INC-4712').getByRole('link')).toBeFocused();
    await row(page, 'INC-4712')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await message.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('case-list')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Guides', level: 2 })).toBeFocused();
  });

  test('a case at its result is closed from its last page: the notice, focus on Reopen, listed as closed', async ({
    page,
  }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /A different MSExchangeMig error/);
    await choose(page, /Another error, not listed here/);
    await expect(heading(page)).toContainText('Probably not Q255888');
    const id = caseOf(page);
    await page.getByRole('button', { name: 'Close this case' }).click();
    const reopen = page.getByTestId('case-closed').getByRole('button', { name: 'Reopen this case' });
    await expect(reopen).toBeFocused();
    await expect(reopen).toHaveAccessibleDescription(/This case is closed/);
    await expect(page.getByRole('button', { name: 'Close this case' })).toHaveCount(0);
    expect((await storedCases(page))[id]!.closedAt).toEqual(expect.any(Number));
    await expectNoAxeViolations(page, 'a case closed from its result');
    await open(page);
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByTestId('closed-cases')).toContainText('Closed cases (1)');
  });

  test('two tabs hold two cases: each shows its own, a change in one never touches the other', async ({
    page,
    context,
  }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await caseNote(page).fill('Tab one: INC-1');
    await choose(page, /Event ID 7044/);
    const one = caseOf(page);

    const second = await context.newPage();
    await open(second);
    await entryButton(second, 'q255888', 'fix').click();
    await expect(heading(second)).toHaveText(/Which Windows NT account/);
    await caseNote(second).fill('Tab two: INC-2');
    const two = caseOf(second);
    expect(two).not.toBe(one);

    // The first tab answers and writes; the second tab's case does not move, and it is not told anything.
    await caseNote(page).fill('Tab one: INC-1, updated');
    await choose(page, /mailboxes are empty/);
    await expect(caseNote(second)).toHaveValue('Tab two: INC-2');
    await expect(heading(second)).toHaveText(/Which Windows NT account/);
    await expect(second.getByTestId('store-notice')).toHaveCount(0);
    await choose(second, /create a new one/);

    // A third tab on the first case follows it live; the second tab's change leaves it alone.
    const third = await context.newPage();
    await third.goto(page.url());
    await expect(caseNote(third)).toHaveValue('Tab one: INC-1, updated');
    await caseNote(second).fill('Tab two: INC-2, again');
    await choose(page, /More than one user/);
    await expect(third.getByTestId('answer-trail')).toContainText('More than one user');
    await expect(third.getByTestId('store-notice')).toContainText('This case was changed in another tab');
    await expect(caseNote(third)).toHaveValue('Tab one: INC-1, updated');

    // A reload keeps each tab on its own case.
    await second.reload();
    await expect(heading(second)).toHaveText('Create a Windows NT account in User Manager for Domains');
    await expect(caseNote(second)).toHaveValue('Tab two: INC-2, again');
    await page.reload();
    await expect(heading(page)).toHaveText(/do that user’s messages arrive/);
    const cases = await storedCases(page);
    expect(cases[one]!.sessionNote!.text).toBe('Tab one: INC-1, updated');
    expect(cases[two]!.sessionNote!.text).toBe('Tab two: INC-2, again');
    expect(cases[two]!.answers).toEqual({ 'fix-account': 'create' });

    // Both are listed on the start page of any tab, live.
    await open(second);
    await expect(rows(second)).toHaveCount(2);
    await caseNote(third).fill('Tab one renamed by its note');
    await expect(row(second, 'Tab one renamed by its note')).toHaveCount(1);
    await second.close();
    await third.close();
  });

  test('two tabs starting cases at the same moment, again and again: every case is kept, and listed in both', async ({
    page,
    context,
  }) => {
    // Each tab's copy of localStorage can lag the other's writes for a moment; what either tab writes then is merged.
    const second = await context.newPage();
    await Promise.all([open(page), open(second)]);
    const tabs = [page, second];
    const made: string[] = [];
    for (let call = 1; call <= 3; call++) {
      await Promise.all(tabs.map((tab) => entryButton(tab, 'q255888', 'diagnose').click()));
      await Promise.all(tabs.map((tab, n) => caseNote(tab).fill(`Call ${call} in tab ${n + 1}`)));
      made.push(...tabs.map(caseOf));
      // Back to the start page within the app: both tabs stay open, as a helpdesk's tabs do.
      await Promise.all(tabs.map((tab) => tab.goBack()));
    }
    expect(new Set(made).size).toBe(6);
    for (const tab of tabs) {
      await expect(rows(tab)).toHaveCount(6);
      expect(Object.keys(await storedCases(tab)).sort()).toEqual([...made].sort());
    }
    await second.close();
  });

  test('progress stored by the previous version (one session per guide) opens as a case', async ({ page }) => {
    await page.addInitScript(
      ([key, raw]) => {
        if (sessionStorage.getItem('seeded')) return;
        localStorage.setItem(key!, raw!);
        sessionStorage.setItem('seeded', '1');
      },
      [STORE_KEY, V2_STORED_RAW],
    );
    await open(page);
    await expect(page.getByTestId('store-notice')).toHaveCount(0);
    const old = row(page, V2_EXPECTED.name);
    await expect(old).toContainText('Step 4');
    await old.getByRole('link').click();
    await expect(heading(page)).toHaveText(V2_EXPECTED.currentStep);
    expect(caseOf(page)).toBe(V2_EXPECTED.caseId);
    await expect(page.getByTestId('answer-trail')).toContainText(V2_EXPECTED.stepNote);
    // The next change stores the case in the new format, with everything it held.
    await stepNote(page).fill('Carried over');
    await expect
      .poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).version, STORE_KEY))
      .toBe(STORE_VERSION);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORE_KEY);
    expect(stored.version).toBe(STORE_VERSION);
    expect(stored.state.cases[V2_EXPECTED.caseId].answers).toEqual(V2_EXPECTED.answers);
  });

  test('storage that keeps nothing: a polite banner that stays, the case works in memory, and its file can be saved', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toContainText('storage for this site is full, so your cases are not being saved');
    await expect(banner.locator('xpath=..')).toHaveAttribute('role', 'status');
    await caseNote(page).fill('INC-9000 kept in memory');
    await choose(page, /Event ID 7044/);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    await expect(page.getByTestId('answer-trail')).toContainText('Event ID 7044');
    await expectNoAxeViolations(page, 'storage full banner');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download this case (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^Q255888-case-INC-9000-kept-in-memory-/);
    // It stays: no dismiss button, and it is there on the start page too.
    await expect(banner.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
    await page.getByRole('link', { name: 'All cases' }).click();
    await expect(page.getByTestId('storage-banner')).toBeVisible();
    await expect(rows(page)).toHaveCount(1);
  });

  test('storage blocked altogether: said at once, and the wizard still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await open(page);
    await expect(page.getByTestId('storage-banner')).toContainText('does not let this site store anything');
    await expectNoAxeViolations(page, 'storage blocked banner');
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
  });
});

test.describe('links to a step without a case', () => {
  test('a fix step offers to start a case there, from the beginning, or resume one; never a silent redirect', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    // A hand-over address in a browser with no case of the guide: the ways on, not a dead end.
    await open(page, 't/q255888/handover');
    await expect(heading(page)).toHaveText('Which case do you want to hand over?');
    const ways = page.getByTestId('offer-no-case');
    await expect(ways.getByRole('button', { name: 'Start a case: Diagnose from the symptoms' })).toBeVisible();
    await expect(ways.getByRole('link', { name: 'Go to your cases' })).toHaveAttribute('href', /\/kb-wizard\/$/);
    await open(page, 't/q255888/grant-site');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(page).toHaveURL(/\/t\/q255888\/grant-site$/);
    await expect(page.getByTestId('case-offer-why')).toContainText('not to one of your cases');
    await expect(entryButton(page.getByTestId('case-offer'), 'q255888', 'diagnose')).toBeVisible();
    await expect(page.getByText('No open case of KB Q255888 in this browser.')).toBeVisible();
    // What the step says is there to read, pictures included; ticking and Next come with a case.
    const stepReads = page.getByTestId('offer-step');
    await expect(stepReads.getByRole('heading', { name: 'What this step says' })).toBeVisible();
    await expect(stepReads.getByTestId('actions').getByRole('listitem')).toHaveCount(5);
    await expect(stepReads.getByTestId('actions')).toContainText('Click OK to save the change and close the dialog.');
    await expect(stepReads.getByRole('figure').first()).toContainText('Exchange Administrator: main window');
    await expect(stepReads.getByText('No Permissions tab, or no Rights list?')).toBeVisible();
    await expect(stepReads).toContainText('The account holds Permissions Admin on the Site object');
    await expect(stepReads.getByTestId('source')).toHaveText('Source: KB Q255888, Resolution (step 4)');
    await expect(stepReads.getByRole('checkbox')).toHaveCount(0);
    await expect(stepReads.getByRole('link', { name: 'Print the fix' })).toHaveAttribute(
      'href',
      /\/t\/q255888\/runbook$/,
    );
    await expectNoAxeViolations(page, 'deep-link offer, fix step');
    await toNextStep(page, page.getByRole('button', { name: 'Start a case at this step' }));
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    const started = caseOf(page);
    expect(started).not.toBe('');
    // What comes before it is taken as done, and the hand-over says it was assumed.
    await expect(page.getByTestId('answer-trail')).toContainText('Grant Permissions Admin on the Organization object');
    await page.getByTestId('escalation').getByRole('link', { name: 'Hand over this case' }).click();
    await expect(page.getByTestId('report-steps')).toContainText('assumed done: the case was started at a later step');

    // Sent the same link again: now there is a case of this article to resume, at that step.
    await open(page, 't/q255888/grant-site');
    const resume = page.getByTestId('offer-cases').getByRole('link');
    await expect(resume).toHaveAccessibleName(/open it at this step/);
    await resume.click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    // The address names the case once the step is painted (it is written after the paint): wait for it, not read
    // it at once (read at once, it was still the link's address without the case on a busy machine).
    await expect(page).toHaveURL(new RegExp(`[?&]case=${started}(&|$)`));

    // A question: start the diagnosis (from its first question), or resume.
    await open(page, 't/q255888/batch-size');
    await expect(heading(page)).toHaveText(/How many users/);
    await expect(page.getByRole('button', { name: 'Start a case at this step' })).toHaveCount(0);
    // What the question asks, its answers and how to find out are there to read.
    const questionReads = page.getByTestId('offer-question');
    await expect(questionReads.getByRole('heading', { name: 'What this question asks' })).toBeVisible();
    await expect(questionReads.getByRole('listitem').filter({ hasText: 'More than one user at a time' })).toHaveCount(
      1,
    );
    await expect(
      questionReads.getByRole('heading', { name: 'How to tell how many users were in the run' }),
    ).toBeVisible();
    await expect(questionReads.getByRole('radio')).toHaveCount(0);
    await expectNoAxeViolations(page, 'deep-link offer, question');
    await entryButton(page.getByTestId('case-offer'), 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    // The fix's first question: the way in that starts right there comes first.
    await open(page, 't/q255888/fix-account');
    const startOffers = page.getByRole('region', { name: 'Start a new case' }).getByRole('button');
    await expect(startOffers).toHaveText(['I know it is Q255888: go to the fix', 'Diagnose from the symptoms']);
    await startOffers.first().click();
    await expect(heading(page)).toHaveText(firstHeading('q255888', 'fix'));

    // A case from another browser: said so, with the same offers.
    await open(page, 't/q255888/grant-site?case=someone-elses-case');
    await expect(page.getByTestId('case-offer-why')).toContainText('names a case that is not in this browser');
    await expect(page.getByRole('button', { name: 'Start a case at this step' })).toBeVisible();
    await expectNoAxeViolations(page, 'deep-link offer, a case this browser does not have');
    // A colleague's link to the result their case reached: what that result says is there to read, with the offers.
    await open(page, 't/q255888/cause-7026-csv-proxy?case=someone-elses-case');
    await expect(heading(page)).toHaveText(/^Event 7026 after editing the \.csv file/);
    await expect(page.getByTestId('case-offer-why')).toContainText('names a case that is not in this browser');
    const reads = page.getByTestId('offer-outcome');
    await expect(reads).toContainText('Other known cause');
    await expect(reads).toContainText('the second step fails with event 7026');
    await expect(reads.getByTestId('source')).toHaveText('Source: KB Q182665, Cause');
    await expect(reads.getByRole('heading', { name: 'What to check next' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start a case at this step' })).toHaveCount(0);
    await expect(entryButton(page.getByTestId('case-offer'), 'q255888', 'diagnose')).toBeVisible();
    await expectNoAxeViolations(page, 'deep-link offer, a result');
    // A hand-over address without a case asks which case.
    await open(page, 't/q255888/handover');
    await expect(heading(page)).toHaveText('Which case do you want to hand over?');
    await page.getByTestId('offer-cases').getByRole('link').click();
    await expect(heading(page)).toHaveText('Hand over this case');
    // The guide's own address offers the same, without a step (the diagnosis opened above and left untouched holds
    // nothing, so it is not offered).
    await open(page, 't/q255888');
    await expect(heading(page)).toHaveText('KB Q255888: start or resume a case');
    await expect(page.getByTestId('offer-cases').getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page, 'the guide’s own address');
    await context.close();
  });

  test('?mode=try opens “Let me try” on that step at once, without a case and without counting statistics', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await open(page, 't/q255888/grant-organization?mode=try');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    const panel = page.getByTestId('trainer-panel');
    await expect(panel).toHaveAttribute('data-mode', 'try');
    await expect(page.getByRole('button', { name: 'Let me try', pressed: true })).toBeVisible();
    await expect(page.getByTestId('case-offer-why')).toContainText('nothing is saved and no statistics are counted');
    await expectNoAxeViolations(page, 'practice without a case');
    // Show me, too, and the other modes from the offer page.
    await open(page, 't/q255888/grant-organization?mode=show');
    await expect(page.getByTestId('trainer-panel')).toHaveAttribute('data-mode', 'show');
    await open(page, 't/q255888/grant-organization');
    await page.getByRole('link', { name: 'Test me' }).click();
    await expect(page.getByTestId('trainer-panel')).toHaveAttribute('data-mode', 'test');
    const stored = await page.evaluate(() => ({
      cases: localStorage.getItem('kb-wizard'),
      stats: localStorage.getItem('kb-wizard:stats'),
    }));
    expect(stored.stats).toBeNull();
    expect(stored.cases === null || Object.keys(JSON.parse(stored.cases).state.cases).length === 0).toBe(true);
    await context.close();
  });
});
