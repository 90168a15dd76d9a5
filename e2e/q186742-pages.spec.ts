import { expect, test } from '@playwright/test';

import { entryButton, firstHeading } from './flow-walk.ts';
import { choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Per-article everything (issue 20, item 5): the pages every article has open
 * for KB Q186742 too (its walks, outcomes, pastes and trainer moves are
 * flows.spec.ts's), and a Q186742 case travels by hand-over page and share
 * link, is named by its article in the case list and counted in the statistics.
 */
test.use({ serviceWorkers: 'block' });

test('the decision map, the runbook, the class pages and presenter mode open for Q186742 (axe on the pages drawn from its content alone)', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The quiz, the whole-fix test and practice are Q255888's pages with another flow's questions (scanned there).
  for (const [path, title, scan] of [
    ['t/q186742/map', 'Decision map', true],
    ['t/q186742/runbook', /Q186742/, true],
    ['t/q186742/class/quiz', /Q186742|Diagnosis quiz/, false],
    ['t/q186742/class/fix-test', /Q186742|fix/i, false],
    ['t/q186742/class/practise', 'Empty the Mode field in the .csv user list', false], // its first fix step
    ['present/q186742', /7017|Application log/, true],
  ] as const) {
    await open(page, path);
    await expect(heading(page), path).toHaveText(title);
    await expect(page.locator('main'), path).toContainText('Q186742');
    if (scan) await expectNoAxeViolations(page, path);
  }
  expect(errors).toEqual([]);
});

test('a Q186742 case: its hand-over page, its share link, the case list and the statistics name the article', async ({
  page,
}) => {
  await open(page);
  await entryButton(page, 'q186742').click();
  await expect(heading(page)).toHaveText(firstHeading('q186742'));
  await choose(page, /^Event ID 7017 from MSExchangeMig/);
  await choose(page, /^No: this migration was to create/);
  const caseId = new URL(page.url()).searchParams.get('case');
  await open(page, `t/q186742/handover?case=${caseId}`);
  await expect(page.locator('#ticket-text')).toHaveValue(/KB Q186742: XFOR: MS Mail Migration Fails With EventID 7017/);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('/t/q186742/shared#');
  // Opened in this browser, the link finds the case it holds.
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/t/q186742/[a-z0-9-]+\\?case=${caseId}`));
  await open(page);
  await expect(page.getByTestId('case-list')).toContainText(/KB Q186742 · Finished/);
  await open(page, 'stats');
  await expect(page.locator('main')).toContainText('Q186742');
});
