import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { DENIED_NOTES } from '../src/testing/fixtures/denied-notes.ts';
import { FLOW_PLANS, entryButton, firstHeading } from './flow-walk.ts';
import { articleCard, choose, expectNoAxeViolations, heading, open, toNextStep } from './support.ts';

/**
 * The start page as a library (issue 20, item 3) and articles that hand over
 * to each other (item 4): the search, the paste box, and Q255888's event-7017
 * outcome continuing in Q186742 as one case. The walks of each article are
 * flows.spec.ts's; here only what joins the two.
 */
/** How many guides the library lists: every flow folder (a new one changes the count, not these tests). */
const GUIDES = FLOW_PLANS.length;

const EVENT = (id: number, description: string, type = 'Error') =>
  `Event Type:\t${type}\nEvent Source:\tMSExchangeMig\nEvent Category:\tNone\nEvent ID:\t${id}\nDescription:\n${description}`;

test.use({ serviceWorkers: 'block' });

test('the library: search by KB number, title, event id and event words; a pasted event finds its guide, a choice or a clear message', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByRole('article')).toHaveCount(GUIDES);
  const search = page.getByRole('searchbox', { name: 'Search the guides' });
  const status = page.locator('#lib-s');
  for (const [query, shown] of [
    ['178', ['Q186742']], // an event id only Q186742 knows
    ['Q255888', ['Q255888']], // a KB number
    ['Fails With EventID 7017', ['Q186742']], // the article's own title
    ['permissions', ['Q255888']], // a word on the card: “grant the right permissions”
    ['Service Account Admin', ['Q255888']], // the name of its cause, on no card
    ['could not log onto the message store', ['Q255888', 'Q186742']], // an event's words, both know event 7017
  ] as const) {
    await search.fill(query);
    await expect(status, query).toHaveText(
      `${shown.length} guide${shown.length === 1 ? '' : 's'} of ${GUIDES} match${shown.length === 1 ? 'es' : ''}.`,
    );
    for (const kb of ['Q255888', 'Q186742'])
      await expect(articleCard(page, kb), `${query}: ${kb}`).toHaveCount(shown.includes(kb as never) ? 1 : 0);
  }
  await expect(page.getByText('Knows event 7017').first()).toBeVisible();
  // A cause the card does not show is named above it.
  await search.fill('Service Account Admin');
  await expect(page.getByTestId('search-why-name')).toHaveText(/^Its cause: “.*Service Account Admin/);
  // Both guides know the .csv file; its own fix first (“edit the .csv file” on Q186742's card).
  await search.fill('csv');
  await expect(status).toHaveText(`2 guides of ${GUIDES} match.`);
  await expect(page.getByRole('article').first()).toContainText('Knowledge Base Q186742');
  await search.fill('printer jam');
  await expect(status).toContainText('No guide matches');
  await expect(page.getByRole('article')).toHaveCount(0);
  await search.fill('');
  await expect(page.getByRole('article')).toHaveCount(GUIDES);

  const box = page.getByRole('textbox', { name: 'Or paste the event from Event Viewer' });
  const find = page.getByRole('button', { name: 'Find the guide' });
  const matches = page.getByTestId('paste-match');
  // The reader's file cannot be fetched (offline before it was cached): said so. Pressed again, it may fail again for
  // good (a browser may keep the failure for the page's life): the reload the message names makes the reader work.
  const reader = /\/paste-result-[\w-]+\.js$/;
  await page.route(reader, (route) => route.abort());
  await box.fill(EVENT(7026, 'Migration Aborted due to Mapi logon failure.'));
  await find.click();
  await expect(page.getByRole('alert')).toContainText('could not be loaded: check the connection and try again');
  await find.click();
  await expect(page.getByRole('alert')).toContainText('or reload the page and paste the event once more');
  await page.unroute(reader);
  await page.reload();
  // Two events, one of each guide's: a choice.
  await box.fill(
    [
      EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.'),
      EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK'),
    ].join('\n\n'),
  );
  await find.click();
  await expect(page.getByText(/\d+ guides know it: choose one\./)).toBeVisible();
  for (const flow of ['q255888', 'q186742'])
    await expect(matches.and(page.locator(`[data-flow="${flow}"]`))).toHaveCount(1);
  // Each says what it asks next, which tells the two apart.
  const asks = await matches.getByTestId('paste-match-next').allTextContents();
  expect(asks).toHaveLength(2);
  for (const a of asks) expect(a).toMatch(/^It then asks: \S/);
  expect(asks[0]).not.toBe(asks[1]);
  await expectNoAxeViolations(page, 'start page, a choice of guides');
  // A 7017's description alone (no event ID): KB Q186742, whose event it is, which asks which event it was (event 147
  // says the same words), as the whole event leads there too; not Q255888, which only hands it over.
  await box.fill('Could not log onto the Message Store for Account: CARLAM');
  await find.click();
  await expect(matches).toHaveCount(1);
  await expect(matches).toHaveAttribute('data-flow', 'q186742');
  await expect(matches.getByTestId('paste-match-via')).toContainText(
    'KB Q255888 reads the text as this guide’s subject',
  );
  await expect(matches).not.toContainText('It settles');
  await expect(matches.getByTestId('paste-match-next')).toHaveText(/^It then asks: Which error did the migration log/);
  // One no guide knows, then text that is no event: clear messages.
  await box.fill(EVENT(9999, 'Something unrelated.'));
  await find.click();
  await expect(page.getByTestId('paste-no-match')).toContainText('We read Event ID 9999 from MSExchangeMig');
  await expect(page.getByTestId('paste-no-match')).toContainText('No guide here knows this event');
  // Still a way on: any guide, answered by hand, with the event kept for the ticket.
  await expect(page.getByTestId('paste-no-match').getByRole('button', { name: /answer by hand$/ })).not.toHaveCount(0);
  // An information event (the summary every run logs): said so, with where to look instead.
  await box.fill(
    EVENT(10068, "The 'Migration ' of mail from 'Microsoft Mail - \\\\SERVER\\PO' completed.", 'Information'),
  );
  await find.click();
  await expect(page.getByTestId('paste-information')).toContainText('It is an information event');
  // A known event ID that says something else (7044 with another return code): how its guide knows it, and a way
  // into that guide by hand.
  await box.fill(EVENT(7044, 'Internal failure communicating with MAPI Spooler, return code 8004010F.'));
  await find.click();
  await expect(page.getByTestId('paste-known-as')).toHaveText(
    /KB Q255888 knows event 7044 as: .*80004005.*\. What you pasted shows return code 8004010F\.$/,
  );
  await expectNoAxeViolations(page, 'start page, a known event ID that says something else');
  await toNextStep(page, page.getByRole('button', { name: 'Open a new case of KB Q255888 and answer by hand' }));
  await expect(heading(page)).toHaveText(firstHeading('q255888'));
  await page.goBack();
  await expect(box).not.toHaveAttribute('aria-invalid');
  await box.fill('hello');
  await find.click();
  await expect(page.getByRole('alert')).toContainText('We could not find an event in that text.');
  // Focus is on the result, a region named for what it holds (the error itself is announced as an alert).
  const result = page.getByRole('region', { name: 'Result of Find the guide' });
  await expect(result).toBeFocused();
  await expect(result.getByRole('alert')).toContainText('We could not find an event in that text.');
  // The box is marked as holding what could not be read, and described by the error, until its text changes.
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/^We could not find an event in that text\./);
  await expectNoAxeViolations(page, 'start page, a paste that could not be read');
  // Typing in the box: the error was about the text before, and goes with the box's mark.
  await box.press('End');
  await box.pressSequentially(' again');
  await expect(box).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('We could not find an event in that text.')).toHaveCount(0);
  await expect(result).toHaveCount(0);
  // A note that denies an error's words is no sign of that error (Q255888's access violation, said with "no"), nor
  // is one that quotes the words, names them with another verb or denies them after them.
  for (const note of DENIED_NOTES) {
    await box.fill(note);
    await find.click();
    await expect(page.getByRole('alert'), note).toContainText('We could not find an event in that text.');
  }
  // The same words, said: the guide that knows them.
  await box.fill('The wizard could not continue: Invalid server specified');
  await find.click();
  await expect(matches).toHaveAttribute('data-flow', 'q255888');
  // At 320 px nothing scrolls sideways, with a match shown.
  await page.setViewportSize({ width: 320, height: 800 });
  await box.fill(EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK'));
  await find.click();
  await expect(matches).toHaveCount(1);
  await expect(matches).toHaveAttribute('data-flow', 'q186742');
  await expect(matches).toContainText('Application log event: “Event ID 7017 from MSExchangeMig');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The 7017 event opens a new case of Q186742 with its answer filled, at the first question it leaves open.
  await toNextStep(page, page.getByRole('button', { name: 'Open a new case of KB Q186742' }));
  await expect(page).toHaveURL(/\/t\/q186742\/existing-mailbox\?case=/);
  await expect(heading(page)).not.toHaveText(firstHeading('q186742'));
  await expect(page.getByTestId('answer-trail')).toContainText('Event ID 7017');
});

test('Q255888’s event-7017 outcome continues in Q186742 as one case: one trail, ticket text, print view, hand-over file, share link and case list across both', async ({
  page,
}) => {
  await open(page);
  await entryButton(page, 'q255888').click();
  await expect(heading(page)).toHaveText(firstHeading('q255888'));
  await choose(page, /A different MSExchangeMig error/);
  await choose(page, /Event ID 7017/);
  await choose(page, 'Exchange Server 5.0 or 5.5');
  // The event names the article; its own guide settles the cause: likely here, not confirmed.
  await expect(heading(page)).toHaveText(/^Likely: Event 7017/);
  await expect(page.getByTestId('verdict').getByTestId('settled-in')).toContainText(
    'The guide the case continues in (below) asks the rest',
  );
  const panel = page.getByTestId('hand-over');
  const carried = panel.getByTestId('carried-answers');
  // What it promises is what happens there: each answer given already, not asked again, and still open to change.
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Answered there already, from your answers here');
  await expect(panel.getByTestId('carried-note')).toHaveText(
    'The guide there does not ask them again: its answer trail marks each as carried over, and you can change any of them there.',
  );
  await expect(carried).toContainText('Application log event');
  await expect(carried).toContainText('Exchange Server version: “Exchange Server 5.0 or 5.5”');
  await expectNoAxeViolations(page, 'outcome that hands over');
  await page.getByRole('textbox', { name: 'On the whole case' }).fill('INC-7017 Bruno');
  const caseId = new URL(page.url()).searchParams.get('case')!;
  await toNextStep(page, panel.getByRole('button', { name: 'Continue in KB Q186742' }));
  await expect(page).toHaveURL(new RegExp(`/t/q186742/existing-mailbox\\?case=${caseId}`));

  // One trail: the Q255888 part, then this one.
  const earlier = page.getByRole('navigation', { name: 'Your answers' }).getByTestId('earlier-trail');
  await expect(earlier).toContainText('In KB Q255888');
  await expect(earlier).toContainText('Event ID 7017');
  await expect(earlier).toContainText('In KB Q186742');
  await expectNoAxeViolations(page, 'a handed-over case’s step');

  // It opened past the carried event question, which its trail shows as answered, carried over from KB Q255888 (the
  // guide named just above it) …
  const trail = page.getByTestId('answer-trail');
  const carriedItem = (title: string) => trail.getByRole('listitem').filter({ hasText: title });
  await expect(carriedItem('Application log event')).toContainText('(carried over)');
  // … and the Exchange version, asked further on, is not asked again: the case goes on to the question after it.
  await choose(page, /^Yes: a mailbox had been created/);
  await choose(page, 'Yes, they differ');
  await choose(page, /^Yes: a two-step migration/);
  await choose(page, /^Yes: mail and address book/);
  await expect(page).toHaveURL(new RegExp(`/t/q186742/source-system\\?case=${caseId}`));
  await expect(heading(page)).toHaveText('Which mail system are the users coming from?');
  await expect(carriedItem('Exchange Server version')).toContainText('Exchange Server 5.0 or 5.5 (carried over)');
  // Still there to change: Back reaches it with its answer chosen; Current step returns, nothing lost.
  await toNextStep(page, page.getByRole('button', { name: 'Back', exact: true }));
  await expect(page).toHaveURL(/\/t\/q186742\/exchange-version\?/);
  await expect(page.getByRole('radio', { name: 'Exchange Server 5.0 or 5.5' })).toBeChecked();
  await toNextStep(page, page.getByRole('button', { name: /^Current step/ }));
  await expect(heading(page)).toHaveText('Which mail system are the users coming from?');
  await expect(carriedItem('Exchange Server version')).toContainText('(carried over)');

  // The hand-over page (the print view): both parts in the ticket text, the report, the file and the share link.
  await open(page, `t/q186742/handover?case=${caseId}`);
  await expect(page.locator('#ticket-text')).toHaveValue(
    /=== Part 1 of 2, KB Q255888 ===[\s\S]*Event ID 7017[\s\S]*=== Part 2 of 2, KB Q186742 ===[\s\S]*- Exchange Server version: Exchange Server 5\.0 or 5\.5 \(carried over from KB Q255888\)/,
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-earlier-part')).toContainText('Part 1 of 2: KB Q255888');
  await expect(page.getByTestId('report-this-part')).toHaveText('Part 2 of 2: KB Q186742');
  await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(file.session.flowId).toBe('q186742');
  expect(file.session.earlier).toMatchObject([
    { flowId: 'q255888', outcome: 'cause-7017-alias', answers: { 'which-event': 'event-7017' } },
  ]);
  await expect(page.getByTestId('share-whole-case')).toHaveText(/whole case, in KB Q255888 and then KB Q186742/);
  await page.getByRole('checkbox', { name: /Include my notes/ }).check();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();

  // On another computer, the share link opens the whole case as a new one: its earlier part and its note too;
  // so does the hand-over file, opened on the start page.
  const other = await page
    .context()
    .browser()!
    .newContext({ baseURL: test.info().project.use.baseURL, serviceWorkers: 'block' });
  const far = await other.newPage();
  await far.goto(link);
  await expect(far).toHaveURL(/\/t\/q186742\/source-system\?case=/);
  const opened = new URL(far.url()).searchParams.get('case');
  const farEarlier = far.getByRole('navigation', { name: 'Your answers' }).getByTestId('earlier-trail');
  await expect(farEarlier).toContainText('In KB Q255888');
  await expect(farEarlier).toContainText('Event ID 7017');
  await expect(far.getByRole('textbox', { name: 'On the whole case' })).toHaveValue('INC-7017 Bruno');
  // It is the case it was made from: the answers that came from KB Q255888 are marked so in its trail …
  const farItem = (title: string) => far.getByTestId('answer-trail').getByRole('listitem').filter({ hasText: title });
  await expect(farItem('Application log event')).toContainText('(carried over)');
  await expect(farItem('Exchange Server version')).toContainText('Exchange Server 5.0 or 5.5 (carried over)');
  await expect(farItem('Existing Exchange mailbox')).not.toContainText('carried over');
  // … a step forward still goes past the Exchange version (back on the question before it, answered again) …
  await toNextStep(far, far.getByRole('button', { name: 'Back', exact: true }));
  await toNextStep(far, far.getByRole('button', { name: 'Back', exact: true }));
  await expect(far).toHaveURL(/\/t\/q186742\/migrated-what\?/);
  await choose(far, /^Yes: mail and address book/);
  await expect(far).toHaveURL(new RegExp(`/t/q186742/source-system\\?case=${opened}`));
  // … and its ticket text says where they came from.
  await open(far, `t/q186742/handover?case=${opened}`);
  await expect(far.locator('#ticket-text')).toHaveValue(
    /=== Part 2 of 2, KB Q186742 ===[\s\S]*- Exchange Server version: Exchange Server 5\.0 or 5\.5 \(carried over from KB Q255888\)/,
  );
  await open(far);
  // The list of this browser's cases (drawn by the app, not the served page) names both articles.
  await expect(far.getByText('KB Q255888 → KB Q186742')).toBeVisible();
  // Its hand-over file, opened there too, holds the same case: it goes to that case instead of listing it twice.
  await far.getByLabel('Open a saved case (.json)').setInputFiles((await json.path())!);
  await expect(far).toHaveURL(new RegExp(`[?&]case=${opened}`));
  await expect(farEarlier).toContainText('In KB Q255888');
  await open(far);
  await expect(far.getByTestId('case-row')).toHaveCount(1);
  await other.close();

  // A carried answer changed there: the ticket's second part says what it replaced, so the parts do not contradict
  // each other unexplained (the first part keeps what was answered there); so does the print view.
  await open(page, `t/q186742/exchange-version?case=${caseId}`);
  await choose(page, /^Another version/);
  await open(page, `t/q186742/handover?case=${caseId}`);
  const changedFrom =
    'Another version (for example Exchange Server 4.0) (changed from “Exchange Server 5.0 or 5.5”, carried over from KB Q255888)';
  const ticket = page.locator('#ticket-text');
  const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(ticket).toHaveValue(
    new RegExp(`=== Part 2 of 2, KB Q186742 ===[\\s\\S]*- Exchange Server version: ${literally(changedFrom)}`),
  );
  const [partOne] = (await ticket.inputValue()).split('=== Part 2 of 2, KB Q186742 ===');
  expect(partOne).toMatch(/^- Exchange Server version for event 7017: Exchange Server 5\.0 or 5\.5 /m);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-answers')).toContainText(changedFrom);
  await page.emulateMedia({ media: 'screen' });

  // An old link to a step the guide before does not have (mistyped), naming the case: the way to it where it is now.
  await open(page, `t/q255888/nope?case=${caseId}`);
  await expect(heading(page)).toHaveText('We couldn’t find that step');
  await expect(page.getByRole('heading', { level: 2, name: 'This case continued in KB Q186742' })).toBeVisible();
  await expectNoAxeViolations(page, 'a mistyped link of a guide the case has left');
  await page.getByRole('link', { name: 'Go to the case in KB Q186742' }).click();
  await expect(page).toHaveURL(new RegExp(`/t/q186742/not-applicable-version\\?case=${caseId}`));

  // The Q255888 page of the first case says where it went, and can take it back.
  await open(page, `t/q255888/cause-7017-alias?case=${caseId}`);
  await expect(heading(page)).toHaveText('This case continued in KB Q186742');
  await expectNoAxeViolations(page, 'a page the case has left');
  await page.getByRole('button', { name: 'Take the case back to KB Q255888' }).click();
  // The same address, now the case's own step again.
  await page.getByRole('button', { name: 'Take it back', exact: true }).click();
  await expect(page.getByTestId('hand-over')).toBeVisible();
  await expect(heading(page)).toContainText('Event 7017');
  await expect(page).toHaveURL(new RegExp(`/t/q255888/cause-7017-alias\\?case=${caseId}`));
});

test.describe('in a browser set to British English', () => {
  test.use({ locale: 'en-GB' });

  test('the start page writes the guides’ dates as this browser does, and takes the served page over without an error', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await open(page);
    const date = page.getByTestId('guide-revision-line').first().locator('time');
    await expect(date).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    // The app has started: its search answers.
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('7044');
    await expect(page.getByRole('article')).not.toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
