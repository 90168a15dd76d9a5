import { expect, test } from '@playwright/test';

import { articleCard, choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Per-article everything (issue 20, item 5): the pages every article has open
 * for KB Q186742 too, and a Q186742 case travels by share link, hand-over page
 * and statistics.
 */
test.use({ serviceWorkers: 'block' });

test('the decision map, presenter mode, the class pages and the runbook open for Q186742', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [path, text] of [
    ['t/q186742/map', /Q186742/],
    ['t/q186742/runbook', /Q186742/],
    ['t/q186742/class/quiz', /Q186742/],
    ['t/q186742/class/fix-test', /Q186742/],
    ['t/q186742/class/practise', /Q186742/],
    ['present/q186742', /7017|Q186742/],
  ] as const) {
    await open(page, path);
    await expect(page.locator('body'), path).toContainText(text);
    await expect(page.getByText('could not be found', { exact: false }), path).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a Q186742 case: its share link opens it, its hand-over page and the statistics name the article', async ({ page }) => {
  await open(page);
  await articleCard(page, 'Q186742').getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  await choose(page, /^Event ID 7017 from MSExchangeMig/);
  await choose(page, /^Yes: a mailbox had been created/);
  await expect(heading(page)).toBeVisible();
  const caseUrl = page.url();
  const caseId = new URL(caseUrl).searchParams.get('case');
  await page.goto(`t/q186742/handover?case=${caseId}`);
  await expect(page.locator('#ticket-text')).toHaveValue(/KB Q186742: XFOR: MS Mail Migration Fails With EventID 7017/);
  await expectNoAxeViolations(page, 'Q186742 hand-over page');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('/t/q186742/shared#');
  await page.goto(link);
  await expect(page).toHaveURL(/\/t\/q186742\/[a-z-]+\?case=/);
  await open(page);
  await expect(page.getByText(/KB Q186742 · /).first()).toBeVisible();
  await open(page, 'stats');
  await expect(page.locator('main')).toContainText('Q186742');
});
