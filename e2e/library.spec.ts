import { expect, test } from '@playwright/test';

import { articleCard, choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * The start page as a library (issue 20, item 3) and articles that hand over
 * to each other (item 4): search, the paste box, and Q255888's event-7017
 * outcome continuing in Q186742 as one case.
 */
const EVENT = (id: number, description: string) =>
  `Event Type:\tError\nEvent Source:\tMSExchangeMig\nEvent Category:\tNone\nEvent ID:\t${id}\nDescription:\n${description}`;

test.use({ serviceWorkers: 'block' });

test.describe('the library', () => {
  test('lists both articles and searches them by number, event id and words, with the count announced', async ({ page }) => {
    await open(page);
    await expect(articleCard(page, 'Q255888')).toBeVisible();
    await expect(articleCard(page, 'Q186742')).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search the guides' });
    const status = page.locator('#lib-s');
    await search.fill('147');
    await expect(status).toHaveText('1 guide of 2 matches.');
    await expect(articleCard(page, 'Q186742')).toBeVisible();
    await expect(articleCard(page, 'Q255888')).toHaveCount(0);
    await expect(page.getByText('Knows event 147')).toBeVisible();
    await search.fill('Q255888');
    await expect(articleCard(page, 'Q255888')).toBeVisible();
    await expect(articleCard(page, 'Q186742')).toHaveCount(0);
    await search.fill('could not log onto the message store');
    await expect(status).toHaveText('2 guides of 2 match.');
    await search.fill('printer jam');
    await expect(status).toContainText('No guide matches');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expectNoAxeViolations(page, 'start page, no match');
    await search.fill('');
    await expect(page.getByRole('article')).toHaveCount(2);
  });

  test('a pasted 7017 event opens a new case of Q186742 with its event answered', async ({ page }) => {
    await open(page);
    await page.getByRole('textbox', { name: 'Or paste the event from Event Viewer' }).fill(EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK'));
    await page.getByRole('button', { name: 'Find the guide' }).click();
    const result = page.locator('[data-testid="paste-match"]');
    await expect(result).toHaveCount(1);
    await expect(result).toHaveAttribute('data-flow', 'q186742');
    await expect(result).toContainText('Application log event: “Event ID 7017 from MSExchangeMig');
    await expectNoAxeViolations(page, 'start page, one paste match');
    await page.getByRole('button', { name: 'Open a new case of KB Q186742' }).click();
    await expect(page).toHaveURL(/\/t\/q186742\/existing-mailbox\?case=/);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByTestId('answer-trail')).toContainText('Event ID 7017');
  });

  test('an event both articles know gives a choice; one no article knows says what was read', async ({ page }) => {
    await open(page);
    const box = page.getByRole('textbox', { name: 'Or paste the event from Event Viewer' });
    await box.fill(EVENT(7026, 'Migration Aborted due to Mapi logon failure.'));
    await page.getByRole('button', { name: 'Find the guide' }).click();
    await expect(page.getByText('2 guides know it: choose one.')).toBeVisible();
    await expect(page.locator('[data-testid="paste-match"]')).toHaveCount(2);
    await box.fill(EVENT(9999, 'Something unrelated.'));
    await page.getByRole('button', { name: 'Find the guide' }).click();
    await expect(page.getByTestId('paste-no-match')).toContainText('We read Event ID 9999 from MSExchangeMig');
    await expect(page.getByTestId('paste-no-match')).toContainText('No guide here knows this event');
    await box.fill('hello');
    await page.getByRole('button', { name: 'Find the guide' }).click();
    await expect(page.getByRole('alert')).toContainText('We could not find an event in that text.');
  });

  test('at 320 px the library does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page);
    await page.getByRole('textbox', { name: 'Or paste the event from Event Viewer' }).fill(EVENT(7026, 'Migration Aborted due to Mapi logon failure.'));
    await page.getByRole('button', { name: 'Find the guide' }).click();
    await expect(page.locator('[data-testid="paste-match"]')).toHaveCount(2);
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('7017');
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});

test.describe('articles that hand over to each other', () => {
  test('Q255888’s event-7017 outcome continues in Q186742 as one case, one trail', async ({ page }) => {
    await open(page);
    await articleCard(page, 'Q255888').getByRole('button', { name: 'Diagnose from the symptoms' }).click();
    await choose(page, /A different MSExchangeMig error/);
    await choose(page, /Event ID 7017/);
    await choose(page, 'Exchange Server 5.0 or 5.5');
    await expect(heading(page)).toContainText('Event 7017');
    const panel = page.getByTestId('hand-over');
    await expect(panel.getByTestId('carried-answers')).toContainText('Application log event');
    await expect(panel.getByTestId('carried-answers')).toContainText('Exchange Server version: “Exchange Server 5.0 or 5.5”');
    await expectNoAxeViolations(page, 'hand-over outcome');
    const caseId = new URL(page.url()).searchParams.get('case');
    await panel.getByRole('button', { name: 'Continue in KB Q186742' }).click();
    await expect(page).toHaveURL(new RegExp(`/t/q186742/existing-mailbox\\?case=${caseId}`));
    const trail = page.getByRole('navigation', { name: 'Your answers' });
    await expect(trail.getByTestId('earlier-trail')).toContainText('In KB Q255888');
    await expect(trail.getByTestId('earlier-trail')).toContainText('Event ID 7017');
    await expect(trail.getByTestId('earlier-trail')).toContainText('In KB Q186742');
    await expectNoAxeViolations(page, 'first page after the hand-over');

    // The hand-over page: the Q255888 part, then the Q186742 part.
    await page.goto(`t/q186742/handover?case=${caseId}`);
    const ticket = page.locator('#ticket-text');
    await expect(ticket).toHaveValue(/=== Part 1 of 2, KB Q255888 ===[\s\S]*=== Part 2 of 2, KB Q186742 ===/);
    await expect(page.getByTestId('report-earlier-part')).toContainText('Part 1 of 2: KB Q255888');

    // The Q255888 page of the case says where it went, and can take it back.
    await page.goto(`t/q255888/cause-7017-alias?case=${caseId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This case continued in KB Q186742');
    await page.getByRole('button', { name: 'Take the case back to KB Q255888' }).click();
    await page.getByRole('button', { name: 'Take it back', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/t/q255888/cause-7017-alias\\?case=${caseId}`));
    await expect(page.getByTestId('hand-over')).toBeVisible();
  });
});
