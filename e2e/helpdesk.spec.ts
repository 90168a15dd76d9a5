import { readFile } from 'node:fs/promises';

import { type Browser, type Page, expect, test } from '@playwright/test';

import { act, entryButton, firstHeading, symptomAnswers } from './flow-walk.ts';
import {
  STORE_KEY,
  STORE_VERSION,
  choose,
  expectNoAxeViolations,
  heading,
  open as goto,
  openWithAppHeld,
  toNextStep,
} from './support.ts';

/**
 * Open a page and wait until React owns it: the start page is served
 * prerendered, and a click or a file chosen before hydration would be lost.
 */
async function open(page: Page, path = '') {
  await goto(page, path);
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber'));
  });
}

/** Start page → diagnose → the seven matching answers → the diagnosis page. */
async function toDiagnosis(page: Page) {
  await open(page);
  await entryButton(page, 'q255888', 'diagnose').click();
  for (const q of symptomAnswers('q255888')) await act(page, q);
  await expect(heading(page)).toContainText(
    'Confirmed: The migration ran under an account with Service Account Admin permissions',
  );
}

/** From the diagnosis: into the fix with an existing account, Organization granted, now on Site. */
async function intoFix(page: Page) {
  await page.getByRole('button', { name: 'Start the fix' }).click();
  await choose(page, /does not hold Permissions Admin yet/);
  await page.getByRole('checkbox', { name: /Organization object/ }).check();
  await toNextStep(page, page.getByRole('button', { name: 'Next: the Site object' }));
  await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
}

const stepNote = (page: Page) => page.getByTestId('step-note').getByRole('textbox');
const caseNote = (page: Page) => page.getByTestId('session-note').getByRole('textbox');

/** What a session looks like on screen: where it is, the trail, the ticks. */
async function snapshot(page: Page) {
  return {
    url: new URL(page.url()).pathname,
    heading: await heading(page).innerText(),
    trail: await page.getByTestId('answer-trail').innerText(),
    progress: await page.getByTestId('progress').innerText(),
    ticks: await page
      .locator('input[data-check]')
      .evaluateAll((boxes) => boxes.map((b) => `${b.getAttribute('data-check')}=${(b as HTMLInputElement).checked}`)),
  };
}

async function handOver(page: Page) {
  await page.getByTestId('escalation').getByRole('link', { name: 'Hand over this case' }).click();
  await expect(heading(page)).toHaveText('Hand over this case');
}

/** The case the page shows (from its address). */
function caseOf(page: Page): string {
  return new URL(page.url()).searchParams.get('case') ?? '';
}

/** A case's link on the start page, by (part of) its name. */
function caseLink(page: Page, name: string | RegExp) {
  return page.getByTestId('case-list').locator('a[data-case-link]').filter({ hasText: name });
}

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test.describe('helpdesk sessions', () => {
  test('notes are saved as you type, survive a reload, and a second tab sees them live', async ({ page, context }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    await stepNote(page).fill('Caller reads 7044 off the Application log');
    await caseNote(page).fill('Ticket 4411 – Dana at ACME');
    await page.reload();
    await expect(stepNote(page)).toHaveValue('Caller reads 7044 off the Application log');
    await expect(caseNote(page)).toHaveValue('Ticket 4411 – Dana at ACME');

    const second = await context.newPage();
    await second.goto(page.url());
    await expect(caseNote(second)).toHaveValue('Ticket 4411 – Dana at ACME');
    // A change in the first tab shows up in the second without a reload.
    await caseNote(page).fill('Ticket 4411 – Dana at ACME, calls back at 3');
    await expect(caseNote(second)).toHaveValue('Ticket 4411 – Dana at ACME, calls back at 3');
    await expect(second.getByTestId('session-note')).toContainText('Updated from another tab');
    // Answers too: the first tab answers, the second tab's trail follows.
    await choose(page, /Event ID 7044/);
    await expect(second.getByTestId('answer-trail')).toContainText('Event ID 7044');
    await expect(second.getByTestId('store-notice')).toContainText('changed in another tab');
    await second.getByTestId('store-notice').getByRole('button', { name: 'Dismiss' }).click();

    // Both edit the same note: the tab being edited is told and chooses.
    await caseNote(page).click();
    await caseNote(second).fill('Second tab wrote this');
    const conflict = page.getByTestId('note-conflict');
    await expect(conflict).toContainText('changed in another tab');
    await expect(conflict).toContainText('Second tab wrote this');
    await expectNoAxeViolations(page, 'note conflict');
    await caseNote(page).pressSequentially(' + mine');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict).toHaveCount(0);
    // The second tab was still in its field, so it is told in turn, and nothing is lost there either.
    const back = second.getByTestId('note-conflict');
    await expect(back).toContainText('Ticket 4411 – Dana at ACME, calls back at 3 + mine');
    await back.getByRole('button', { name: 'Use theirs' }).click();
    await expect(caseNote(second)).toHaveValue('Ticket 4411 – Dana at ACME, calls back at 3 + mine');
    // Nothing the second tab answered was lost by the first tab's writes.
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORE_KEY);
    expect(stored.version).toBe(STORE_VERSION);
    expect(stored.state.cases[caseOf(page)].answers['app-log-event']).toBe('event-7044');
    await second.close();
  });

  test('the other tab’s version can be taken instead', async ({ page, context }) => {
    await open(page);
    await entryButton(page, 'q255888', 'fix').click();
    await expect(heading(page)).toHaveText(/Which Windows NT account/);
    const second = await context.newPage();
    await second.goto(page.url());
    await stepNote(page).fill('mine');
    await expect(stepNote(second)).toHaveValue('mine');
    await stepNote(second).fill('theirs');
    await page.getByTestId('note-conflict').getByRole('button', { name: 'Use theirs' }).click();
    await expect(stepNote(page)).toHaveValue('theirs');
    await page.reload();
    await expect(stepNote(page)).toHaveValue('theirs');
  });

  test('copy for ticket, Markdown and JSON downloads carry the whole session', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await toDiagnosis(page);
    await stepNote(page).fill('Matches what the caller described');
    await intoFix(page);
    await stepNote(page).fill('Site object is called ACME-HQ');
    await caseNote(page).fill('Ticket 4411');
    await handOver(page);
    await expectNoAxeViolations(page, 'hand-over page');

    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    await expect(page.getByTestId('handover-status')).toHaveText('Copied for the ticket.');
    const ticket = await page.evaluate(() => navigator.clipboard.readText());
    expect(ticket).toContain('KB Q255888: XFOR: Migration from MS Mail to Exchange Server Does Not Work');
    expect(ticket).toContain('Event ID 7044');
    expect(ticket).toMatch(/Exchange Server 5\.0 or 5\.5/);
    expect(ticket).toMatch(/Diagnosis \(confirmed\): .*\(KB Q255888, Cause\)/);
    expect(ticket).toMatch(/\[x\] Grant Permissions Admin on the Organization object \(\d{1,2}:\d\d[^)]*\)/);
    expect(ticket).toContain('    [x] The account holds Permissions Admin on the Organization object');
    expect(ticket).toContain('[ ] Grant Permissions Admin on the Site object (not finished)');
    expect(ticket).toMatch(/Note on “The migration ran under[^”]*”: Matches what the caller described/);
    expect(ticket).toContain('Note: Site object is called ACME-HQ');
    expect(ticket).toContain('Case notes:\nTicket 4411');
    expect(ticket).toMatch(/Started [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M [A-Z]+, last change /);

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/^Q255888-case-Ticket-4411-\d{4}-\d\d-\d\d-\d{4}\.md$/);
    const mdText = await readFile((await md.path())!, 'utf8');
    expect(mdText).toMatch(/^# KB Q255888: /);
    expect(mdText).toContain('## Answers');
    expect(mdText).toMatch(/- \[x\] \*\*Grant Permissions Admin on the Organization object\*\*/);
    expect(mdText).toContain('> Ticket 4411');
    expect(mdText).toMatch(/^1\. \*\*[^*\n]*[:?]\*\* \S/m);

    // Copying refused both ways: the ticket text is shown and selected, one Ctrl+C away.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    });
    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    await expect(page.getByTestId('handover-status')).toHaveText(
      'Copying was blocked: the ticket text is selected below; press Ctrl+C to copy it.',
    );
    const box = page.getByRole('textbox', { name: /Plain text, as “Copy for ticket”/ });
    await expect(box).toBeFocused();
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(ticket.length);
    await page.evaluate(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
      Reflect.deleteProperty(document, 'execCommand');
    });

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const file = JSON.parse(await readFile((await json.path())!, 'utf8'));
    await expect(page.getByTestId('handover-status')).toContainText('JSON file saved');
    // Printing afterwards: the status line no longer speaks of the file.
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByTestId('handover-status')).toHaveText('');
    expect(file).toMatchObject({ format: 'kb-wizard-session', version: 1, flow: { id: 'q255888', kb: 'Q255888' } });
    expect(file.session.answers['app-log-event']).toBe('event-7044');
    expect(file.session.checks['grant-organization']).toEqual(['organization-granted']);
    expect(file.session.sessionNote.text).toBe('Ticket 4411');
    const before = await (async () => {
      await page.getByRole('link', { name: /Back to the step/ }).click();
      // The step, not the hand-over page still showing while the link is followed.
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
      return snapshot(page);
    })();

    // The file opens the same session in a fresh browser, from the start page.
    const fresh = await freshPage(page.context().browser()!, test.info().project.use.baseURL);
    await open(fresh.page);
    await fresh.page.getByLabel('Open a saved case (.json)').setInputFiles((await json.path())!);
    // The reader (and the guide it checks against) loads only now: allow for a busy machine.
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object', { timeout: 20_000 });
    expect(await snapshot(fresh.page)).toEqual(before);
    await expect(caseNote(fresh.page)).toHaveValue('Ticket 4411');
    await expect(stepNote(fresh.page)).toHaveValue('Site object is called ACME-HQ');
    await expect(fresh.page.getByTestId('store-notice')).toContainText('The hand-over file was opened as a new case');

    // Bad files get a clear message and change nothing.
    await open(fresh.page);
    await expect(caseLink(fresh.page, 'Ticket 4411')).toBeVisible();
    const storedBefore = await fresh.page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
    const input = fresh.page.getByLabel('Open a saved case (.json)');
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(fresh.page.getByRole('alert')).toContainText('was not saved by the KB Wizard');
    // The field's description names the error; reading the file left the focus on it (WCAG 3.3.1, 2.4.3).
    await expect(input).toHaveAccessibleDescription(/It opens as a new case.*was not saved by the KB Wizard/);
    await input.focus();
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "kb-wizard'),
    });
    await expect(fresh.page.getByRole('alert')).toContainText('not valid JSON');
    await expect(input).toBeFocused();
    const damaged = { ...file, session: { ...file.session, answers: 'yes' } };
    await input.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    });
    await expect(fresh.page.getByRole('alert')).toContainText(
      'This hand-over file is damaged: its answers cannot be read.',
    );
    await input.setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, version: 7 })),
    });
    await expect(fresh.page.getByRole('alert')).toContainText('newer version');
    await expectNoAxeViolations(fresh.page, 'start page with an import error');
    expect(await fresh.page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(storedBefore);
    await caseLink(fresh.page, 'Ticket 4411').click();
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object');
    expect(await snapshot(fresh.page)).toEqual(before);
    // Opened again, the file goes to the case it made: no copy listed twice, and nothing written over.
    const made = caseOf(fresh.page);
    await open(fresh.page);
    await fresh.page.getByLabel('Open a saved case (.json)').setInputFiles((await json.path())!);
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object', { timeout: 20_000 });
    expect(caseOf(fresh.page)).toBe(made);
    expect(await snapshot(fresh.page)).toEqual(before);
    await open(fresh.page);
    await expect(fresh.page.getByTestId('case-row')).toHaveCount(1);
    await fresh.context.close();
  });

  test('the print view shows the trail, diagnosis, steps and notes, without the app chrome', async ({ page }) => {
    await toDiagnosis(page);
    await intoFix(page);
    await caseNote(page).fill('Printed for the change board');
    await handOver(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeHidden();
    await expect(page.getByRole('link', { name: /Back to the step/ })).toBeHidden();
    await expect(page.getByTestId('report-answers')).toContainText('Event ID 7044');
    await expect(page.getByTestId('report-answers').getByRole('listitem')).toHaveCount(
      symptomAnswers('q255888').length + 1,
    );
    await expect(page.getByTestId('report-diagnosis')).toContainText('KB Q255888, Cause');
    await expect(page.getByTestId('report-steps')).toContainText('Grant Permissions Admin on the Organization object');
    await expect(page.getByTestId('report-case-notes')).toHaveText('Printed for the change board');
    // The guide's revision, printed as a line: a folded list of changes cannot be opened on paper.
    await expect(page.getByTestId('guide-revision-notes')).toBeHidden();
    await expect(page.getByTestId('guide-revision-printed')).toHaveText(/^Guide revision \d+, /);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByTestId('guide-revision-printed')).toBeHidden();
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('a share link restores the identical session in a fresh browser; a tampered one is refused', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await toDiagnosis(page);
    await intoFix(page);
    await caseNote(page).fill('Only with notes ticked');
    const before = await snapshot(page);
    await handOver(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const url = new URL(link);
    expect(url.pathname).toBe('/kb-wizard/t/q255888/shared');
    expect(url.search).toBe('');
    expect(url.hash.length - 1).toBeLessThan(200);

    const fresh = await freshPage(browser, test.info().project.use.baseURL);
    await fresh.page.goto(link);
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object');
    expect(await snapshot(fresh.page)).toEqual(before);
    await expect(caseNote(fresh.page)).toHaveValue('');

    // With notes and the case's name, when asked. The receiver has a case of its own now: the link opens a second one
    // beside it.
    await open(page);
    await page
      .getByTestId('case-row')
      .getByRole('button', { name: /^Rename/ })
      .click();
    await page.getByRole('textbox', { name: 'Name of the case' }).fill('INC-4711, Contoso');
    await page.getByRole('textbox', { name: 'Name of the case' }).press('Enter');
    await caseLink(page, 'INC-4711, Contoso').click();
    await handOver(page);
    await page.getByLabel(/Include my notes and the case’s name in the link/).check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const withNotes = await page.getByTestId('share-link').inputValue();
    expect(withNotes).not.toBe(link);
    await caseNote(fresh.page).fill('receiver’s own note');
    const own = caseOf(fresh.page);
    await fresh.page.goto(withNotes);
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(caseNote(fresh.page)).toHaveValue('Only with notes ticked');
    expect(caseOf(fresh.page)).not.toBe(own);
    await expect(fresh.page.getByTestId('store-notice')).toContainText('The shared link was opened as a new case');
    // And says what a link leaves out, and where that is kept.
    await expect(fresh.page.getByTestId('store-notice')).toContainText(
      'not the events pasted or when each answer was given: its hand-over file keeps those',
    );
    await expectNoAxeViolations(fresh.page, 'shared link opened as a new case');
    // The same link again goes to the case it made, instead of a copy.
    const made = caseOf(fresh.page);
    await fresh.page.goto(withNotes);
    await expect(heading(fresh.page)).toHaveText('Grant Permissions Admin on the Site object');
    expect(caseOf(fresh.page)).toBe(made);
    await expect(fresh.page.getByTestId('store-notice')).toContainText('a case that is open here already');
    await open(fresh.page);
    await expect(fresh.page.getByTestId('case-row')).toHaveCount(2);
    await expect(caseLink(fresh.page, 'INC-4711, Contoso')).toHaveCount(1);
    await caseLink(fresh.page, 'receiver’s own note').click();
    await expect(caseNote(fresh.page)).toHaveValue('receiver’s own note');

    // Tampered: one character changed in the middle. Refused; the session is untouched.
    const storedBefore = await fresh.page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
    const hash = url.hash.slice(1);
    const i = Math.floor(hash.length / 2);
    const tampered = `${url.origin}${url.pathname}#${hash.slice(0, i)}${hash[i] === 'A' ? 'B' : 'A'}${hash.slice(i + 1)}`;
    await fresh.page.goto(tampered);
    await expect(heading(fresh.page)).toHaveText('This link could not be opened');
    await expect(fresh.page.getByRole('alert')).toContainText('damaged');
    await expect(fresh.page.getByText('your cases are as they were')).toBeVisible();
    await expectNoAxeViolations(fresh.page, 'share refused');
    expect(await fresh.page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(storedBefore);
    for (const bad of ['#', '#%%%', '#hello-world', `#${'A'.repeat(70_000)}`]) {
      await fresh.page.goto(`${url.origin}${url.pathname}${bad}`);
      await expect(heading(fresh.page)).toHaveText('This link could not be opened');
    }
    await fresh.page.getByRole('link', { name: 'Go to your cases' }).click();
    await caseLink(fresh.page, 'receiver’s own note').click();
    await expect(caseNote(fresh.page)).toHaveValue('receiver’s own note');
    await fresh.context.close();
  });

  test('honest progress on three paths: text, announcement, and a bar that never goes back', async ({ page }) => {
    const widths: number[] = [];
    const expectProgress = async (text: string, title: RegExp | string) => {
      await expect(page.getByTestId('progress')).toContainText(text);
      await expect(heading(page)).toHaveText(title);
      widths.push(await page.getByTestId('progress-bar').evaluate((el) => parseFloat((el as HTMLElement).style.width)));
    };
    const paths: Array<{ way: string; steps: Array<[string, RegExp | string, () => Promise<void>]> }> = [
      {
        way: 'fix',
        steps: [
          ['Step 1 · up to 7 left', /Which Windows NT account/, () => choose(page, /create a new one/)],
          [
            'Step 2 · 6 left',
            /Create a Windows NT account/,
            async () => {
              await page.getByRole('checkbox', { name: /new account exists/ }).check();
              await page.getByRole('button', { name: 'Account created: grant permissions' }).click();
            },
          ],
          ['Step 3 · 5 left', 'Grant Permissions Admin on the Organization object', async () => {}],
        ],
      },
      {
        way: 'fix',
        steps: [
          [
            'Step 1 · up to 7 left',
            /Which Windows NT account/,
            () => choose(page, /does not hold Permissions Admin yet/),
          ],
          ['Step 2 · 5 left', 'Grant Permissions Admin on the Organization object', async () => {}],
        ],
      },
      {
        way: 'fix',
        steps: [
          ['Step 1 · up to 7 left', /Which Windows NT account/, () => choose(page, /already holds Permissions Admin/)],
          [
            'Step 2 · 2 left',
            'Log on as that account and migrate several users again',
            async () => {
              await page.getByRole('checkbox', { name: /Logged on as the account/ }).check();
              await page.getByRole('checkbox', { name: /Migrated several users/ }).check();
              await page.getByRole('button', { name: 'Check the result' }).click();
            },
          ],
          ['Step 3 · 1 left', /Did the messages arrive/, () => choose(page, /still empty/)],
          ['Step 4 · end of this guide', /.+/, async () => {}],
        ],
      },
    ];
    for (const p of paths) {
      widths.length = 0;
      await open(page);
      await entryButton(page, 'q255888', p.way).click();
      for (const [i, [text, title, next]] of p.steps.entries()) {
        await expectProgress(text, title);
        if (i > 0) await expect(page.getByTestId('announcer')).toContainText(text);
        await next();
      }
      for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]!);
      expect(widths.at(-1)).toBeGreaterThan(widths[0]!);
    }
    // The symptom questions: at most so many left, a figure that only falls, and a bar that only grows.
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    widths.length = 0;
    const most: number[] = [];
    for (const [n, q] of symptomAnswers('q255888').entries()) {
      const text = await page.getByTestId('progress').innerText();
      const m = new RegExp(`^Step ${n + 1} · (?:up to )?(\\d+) left`).exec(text);
      expect(m, text).not.toBeNull();
      most.push(Number(m![1]));
      widths.push(await page.getByTestId('progress-bar').evaluate((el) => parseFloat((el as HTMLElement).style.width)));
      await act(page, q);
    }
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]!);
    for (let i = 1; i < most.length; i++) expect(most[i]).toBeLessThan(most[i - 1]!);
  });

  test('“Ticket and hand-over” with Copy for ticket and Hand over is in the same place on every step, and leads back', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await caseNote(page).fill('INC-5150 copy check');
    let n = 0;
    const visit = async () => {
      await expect(page.getByTestId('progress')).toContainText(`Step ${++n} ·`);
      const title = await heading(page).innerText();
      const aside = page.getByRole('complementary', { name: 'Case' });
      // Always the first thing in the case column, with Copy for ticket first in it.
      await expect(aside.locator(':scope > *').first()).toHaveAttribute('data-testid', 'escalation');
      const escalation = page.getByTestId('escalation');
      await escalation.getByRole('button', { name: 'Copy for ticket' }).click();
      await expect(escalation.getByTestId('copy-status')).toHaveText('Copied for the ticket.');
      const ticket = await page.evaluate(() => navigator.clipboard.readText());
      expect(ticket).toContain('Case notes:\nINC-5150 copy check');
      expect(ticket).toMatch(/(Now at|Result): /);
      await handOver(page);
      await page.getByRole('link', { name: /Back to the step/ }).click();
      await expect(heading(page)).toHaveText(title);
    };
    for (const q of symptomAnswers('q255888')) {
      await visit();
      await act(page, q);
    }
    await visit();
    await page.getByRole('button', { name: 'Start the fix' }).click();
    await visit();
    await choose(page, /create a new one/);
    await visit();
    await page.getByRole('checkbox', { name: /new account exists/ }).check();
    await page.getByRole('button', { name: 'Account created: grant permissions' }).click();
    for (const level of ['Organization', 'Site', 'Configuration']) {
      await visit();
      await page.getByRole('checkbox', { name: `The account holds Permissions Admin on the ${level} object` }).check();
      await page.getByRole('button', { name: /^Next: |All three levels are done/ }).click();
    }
    await visit();
    await page.getByRole('checkbox', { name: /Logged on as the account/ }).check();
    await page.getByRole('checkbox', { name: /Migrated several users/ }).check();
    await page.getByRole('button', { name: 'Check the result' }).click();
    await visit();
    await choose(page, /still empty/);
    await visit();
    await expect(page.getByTestId('session-summary')).toBeVisible();

    // Served over plain HTTP (as on many intranets), the page has no Clipboard API: Copy for ticket still copies,
    // the older way, and the focus stays on the button.
    await page.evaluate(async () => {
      await navigator.clipboard.writeText('before');
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const copy = page.getByTestId('escalation').getByRole('button', { name: 'Copy for ticket' });
    await copy.click();
    await expect(page.getByTestId('escalation').getByTestId('copy-status')).toHaveText('Copied for the ticket.');
    await expect(copy).toBeFocused();
    const ticket = await page.evaluate(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
      return navigator.clipboard.readText();
    });
    expect(ticket).toContain('Case notes:\nINC-5150 copy check');
  });

  test('start over asks first and can be undone from the keyboard; statistics record it', async ({ page }) => {
    // Fake timers (flowing as usual until told): a moment of waiting is run through at once, not waited for.
    await page.clock.install();
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await choose(page, /mailboxes are empty/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    const toast = page.getByTestId('undo-toast');
    await expect(toast).toContainText('This case was started over');
    await expectNoAxeViolations(page, 'undo toast');
    // Still there after 12 seconds (no time limit), and one Tab from the focused message.
    await page.clock.runFor(12_000);
    await expect(toast).toBeVisible();
    await expect(toast).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(/How many users/);
    await expect(page.getByTestId('answer-trail')).toContainText('Event ID 7044');
    await expect(toast).toHaveCount(0);

    // Start over for real, the message dismissed (focus to the step's heading, not the page), then answer: undo is
    // gone, and the stats show the abandonment.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(toast).toBeFocused();
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect(toast).toHaveCount(0);
    await expect(heading(page)).toBeFocused();
    await choose(page, /Event ID 7044/);
    await expect(toast).toHaveCount(0);
    await choose(page, /mailboxes are empty/);
    await choose(page, /^A single user$/);
    await expect(heading(page)).toContainText('Probably not Q255888');
    await open(page, 'stats');
    await expect(heading(page)).toHaveText('Outcome statistics');
    await expect(page.getByTestId('stats-abandoned')).toContainText('Users per run');
    await expect(page.getByTestId('stats-outcomes')).toContainText('Probably not Q255888');
    await expectNoAxeViolations(page, 'stats');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('KB,Event,Step id,Step,Count,How sure,First seen (UTC),Last seen (UTC)');
    expect(csvText).toMatch(/Q255888,Abandoned at,batch-size,.*,1,/);
    expect(csvText).toMatch(/Q255888,Outcome reached,not-this-symptoms,.*,1,/);
    // The question starts on its safe answer; Escape (or Keep them) closes it and gives the focus back.
    await page.getByRole('button', { name: 'Erase statistics…' }).click();
    await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Erase statistics…' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Keep them' }).click();
    await expect(page.getByRole('button', { name: 'Erase statistics…' })).toBeFocused();
    await expect(page.getByTestId('stats-outcomes')).toBeVisible();
    await page.getByRole('button', { name: 'Erase statistics…' }).click();
    await page.getByRole('button', { name: 'Yes, erase' }).click();
    await expect(page.getByTestId('stats-empty')).toBeVisible();
    // Linked from the start page and the footer.
    await open(page);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Outcome statistics' })).toBeVisible();
    await page.getByRole('link', { name: /outcome statistics for this browser/ }).click();
    await expect(heading(page)).toHaveText('Outcome statistics');
  });

  test('a file chosen on the served start page before the app has started is still read', async ({ page }) => {
    const release = await openWithAppHeld(page);
    const input = page.getByLabel('Open a saved case (.json)');
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(page.getByRole('alert')).toHaveCount(0);
    release();
    await expect(page.getByRole('alert')).toContainText('was not saved by the KB Wizard');
  });
});
