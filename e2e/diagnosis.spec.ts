import { type Page, expect, test } from '@playwright/test';

import { choose, expectNoAxeViolations, heading, open } from './support.ts';
import { articleCard } from './support.ts';

const EVENT_7044 = [
  'Date:     3/14/00         Event ID: 7044',
  'Time:     2:31:07 PM      Source:   MSExchangeMig',
  'User:     N/A             Type:     Error',
  'Computer: EXCH01          Category: None',
  'Description:',
  'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.',
].join('\r\n');

const EVENT_7026 =
  'Event ID:   7026\nSource:     MSExchangeMig\nType:    Error\nCategory:   None\nDescription:   Migration Aborted due to Mapi logon failure.\n';

async function startDiagnosis(page: Page) {
  await open(page);
  await articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  await expect(heading(page)).toHaveText(/Which error does the Application log/);
}

async function paste(page: Page, text: string) {
  const box = page.getByTestId('evidence-paste');
  await box.getByLabel('Event text').fill(text);
  await box.getByRole('button', { name: 'Read event' }).click();
  return box;
}

test.describe('diagnosis that reasons', () => {
  test('a pasted 7044 event settles the event question and the trail cites it at Q255888', async ({ page }) => {
    await startDiagnosis(page);
    const box = await paste(page, EVENT_7044);
    await expect(box.getByTestId('events-read')).toContainText('7044');
    await expect(box.getByTestId('events-read')).toContainText('80004005');
    await expect(box.getByTestId('events-read')).toContainText('ANNAB');
    await expect(box.getByLabel('Application log event')).toHaveValue('event-7044');
    await expectNoAxeViolations(page, 'paste read');
    await box.getByRole('button', { name: 'Fill in this answer' }).click();

    // The settled question is skipped: the wizard goes on with the next one.
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    await choose(page, /mailboxes exist, but the mailboxes are empty/);
    await choose(page, /More than one user/);
    await choose(page, /Yes, one user at a time works/);
    await choose(page, /^Service Account Admin$/);
    await choose(page, /Exchange Server 5\.0 or 5\.5/);
    await choose(page, /Microsoft Mail for PC Networks/);

    await expect(heading(page)).toContainText('This matches KB Q255888');
    const reasoning = page.getByTestId('reasoning');
    await expect(reasoning.getByTestId('supporting').getByRole('listitem')).toHaveCount(7);
    await expect(reasoning.getByTestId('pasted-citation')).toContainText(
      'From the pasted event: Event 7044 from MSExchangeMig',
    );
    await expect(reasoning.getByTestId('still-possible')).toHaveCount(0);
    await reasoning.getByText(/^Ruled out: \d+ other causes/).click();
    await expect(reasoning.getByTestId('ruled-out-alternatives')).toContainText('(KB Q242184)');
    await expect(reasoning.getByTestId('ruled-out-alternatives')).toContainText('from the pasted event');
    await expectNoAxeViolations(page, 'diagnosis after paste');
  });

  test('a pasted 7026 event leads to the MIGRATE-proxy outcome, not Q255888', async ({ page }) => {
    await startDiagnosis(page);
    const box = await paste(page, EVENT_7026);
    await expect(box.getByLabel('Which migration error')).toHaveValue('event-7026');
    await box.getByRole('button', { name: 'Fill in these answers' }).click();

    await expect(heading(page)).toHaveText('How did the Exchange mailboxes of the users that failed come to exist?');
    await expectNoAxeViolations(page, 'mailbox origin');
    await choose(page, /created before the migration/);

    await expect(heading(page)).toContainText('MIGRATE proxy address');
    await expect(heading(page)).toContainText('KB Q242184');
    await expect(heading(page)).not.toContainText('Q255888');
    await expect(page.getByText('Source: KB Q242184, Cause')).toBeVisible();
    const reasoning = page.getByTestId('reasoning');
    await expect(reasoning.getByTestId('supporting')).toContainText('Event ID 7026');
    await expect(reasoning.getByTestId('pasted-citation').first()).toContainText('Event 7026 from MSExchangeMig');
    await reasoning.getByText(/^Ruled out: \d+ other causes/).click();
    await expect(reasoning.getByTestId('ruled-out-alternatives')).toContainText('This matches KB Q255888');
    await expectNoAxeViolations(page, 'MIGRATE proxy outcome');
  });

  test('text that is not an event gives a clear message and keeps what was answered', async ({ page }) => {
    await startDiagnosis(page);
    await choose(page, /Event ID 7044/);
    await page.goBack();
    await expect(page.getByRole('radio', { name: /Event ID 7044/ })).toBeChecked();
    await paste(page, 'hello, the migration is broken, please help');
    await expect(page.getByRole('alert').filter({ hasText: 'We could not find an event in that text' })).toBeVisible();
    await expect(page.getByText('Nothing you answered has changed')).toBeVisible();
    await expect(page.getByRole('radio', { name: /Event ID 7044/ })).toBeChecked();
    await expectNoAxeViolations(page, 'unreadable paste');
  });

  test('when the event reader cannot load (offline before it was cached), the user is told and nothing changes', async ({
    page,
  }) => {
    // The parser is its own file, fetched on the first "Read event". Refused for the whole browser context before
    // the first load, so that the service worker cannot have precached it by the time of the paste either.
    await page.context().route(/evidence-read-[\w-]+\.js$/, (route) => route.abort());
    await startDiagnosis(page);
    await paste(page, 'Event ID: 7044');
    await expect(page.getByRole('alert').filter({ hasText: 'The event reader could not be loaded' })).toBeVisible();
    await expect(heading(page)).toHaveText(/Which error does the Application log/);
    await expectNoAxeViolations(page, 'reader not loaded');
  });

  test('"Not sure" on the event question opens the guide, and the user comes back into the flow where they left', async ({
    page,
  }) => {
    await startDiagnosis(page);
    await page.getByRole('radio', { name: /Not sure/ }).check();
    const guide = page.getByTestId('how-to-check');
    await expect(guide.getByRole('heading', { name: 'How to read the Application log' })).toBeVisible();
    await expect(guide.getByRole('figure')).toBeVisible();
    await expectNoAxeViolations(page, 'how to check');

    // Checked now: back to the same question, answer it, and the flow goes on.
    await guide.getByRole('button', { name: /answer now/ }).click();
    await expect(guide).toHaveCount(0);
    await expect(heading(page)).toHaveText(/Which error does the Application log/);
    await expect(page.getByRole('radio', { name: /Event ID 7044/ })).toBeFocused();
    await choose(page, /Event ID 7044/);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);

    // Or go on without knowing, and answer later from the result page.
    await page.goBack();
    await page.getByRole('radio', { name: /Not sure/ }).check();
    await page.getByTestId('how-to-check').getByRole('button', { name: 'Continue without knowing' }).click();
    await choose(page, /mailboxes exist, but the mailboxes are empty/);
    await choose(page, /More than one user/);
    await choose(page, /Yes, one user at a time works/);
    await choose(page, /^Service Account Admin$/);
    await choose(page, /Exchange Server 5\.0 or 5\.5/);
    await choose(page, /Microsoft Mail for PC Networks/);
    await expect(heading(page)).toContainText('This matches KB Q255888');
    const reasoning = page.getByTestId('reasoning');
    await expect(reasoning.getByTestId('unconfirmed')).toContainText('Application log event');
    await expect(reasoning.getByTestId('still-possible')).toContainText('KB Q182665');
    await reasoning.getByRole('link', { name: /Answer it now/ }).click();
    await expect(heading(page)).toHaveText(/Which error does the Application log/);
    await choose(page, /Event ID 7044/);
    // Later answers are kept: straight on along the same path.
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    await expect(page.getByRole('radio', { name: /mailboxes are empty/ })).toBeChecked();
  });
});
