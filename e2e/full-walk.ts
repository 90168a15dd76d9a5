import { type Page, expect } from '@playwright/test';

import { MATCHING_ANSWERS, articleCard, choose, heading } from './support.ts';

/** Called on every page of the walk once its heading is shown, with a short name for it. */
export type VisitPage = (name: string) => Promise<void>;

/**
 * The whole matching path of Q255888 from the start page: every symptom
 * question, the diagnosis, then every fix step (creating a new account, so
 * that all three Permissions Admin grants are shown), ending at "Resolved".
 * `visit` sees each page on the way (the start page first): the one list of
 * the path's routes, shared by the specs that check every page.
 */
export async function walkMatchingPath(page: Page, visit: VisitPage = async () => {}): Promise<void> {
  await visit('start page');
  await articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  for (const [question, answer] of MATCHING_ANSWERS) {
    await expect(heading(page)).toHaveText(question);
    await visit(`question: ${question.source}`);
    await choose(page, answer);
  }
  await expect(heading(page)).toContainText('Confirmed: The migration ran under an account with Service Account Admin permissions');
  await visit('diagnosis');
  await page.getByRole('button', { name: 'Start the fix' }).click();
  await expect(heading(page)).toHaveText('Which Windows NT account will run the migration?');
  await visit('fix: which account');
  await choose(page, /create a new one/);
  await expect(heading(page)).toHaveText('Create a Windows NT account in User Manager for Domains');
  await visit('fix: create the account');
  await page.getByRole('checkbox', { name: /new account exists/ }).check();
  await page.getByRole('button', { name: 'Account created: grant permissions' }).click();
  for (const level of ['Organization', 'Site', 'Configuration']) {
    await expect(heading(page)).toHaveText(`Grant Permissions Admin on the ${level} object`);
    await expect(page.getByRole('figure').first()).toBeVisible();
    await visit(`fix: grant ${level}`);
    await page.getByRole('checkbox', { name: `The account holds Permissions Admin on the ${level} object` }).check();
    await page.getByRole('button', { name: /^Next: |All three levels are done/ }).click();
  }
  await expect(heading(page)).toHaveText('Log on as that account and migrate several users again');
  await visit('fix: log on and migrate again');
  await page.getByRole('checkbox', { name: /Logged on as the account/ }).check();
  await page.getByRole('checkbox', { name: /Migrated several users/ }).check();
  await page.getByRole('button', { name: 'Check the result' }).click();
  await expect(heading(page)).not.toHaveText('Log on as that account and migrate several users again');
  await visit('verification');
  await choose(page, /Yes, the mail arrived/);
  await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
  await visit('resolved');
}
