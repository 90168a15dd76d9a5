import { type Page, expect } from '@playwright/test';

import { MATCHING_ANSWERS, choose, heading } from './support.ts';
import { articleCard } from './support.ts';

/**
 * The whole matching path of Q255888 from the start page: every symptom
 * question, the diagnosis, then every fix step (creating a new account, so
 * that all three Permissions Admin grants are shown), ending at "Resolved".
 */
export async function walkMatchingPath(page: Page): Promise<void> {
  await articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  for (const [question, answer] of MATCHING_ANSWERS) {
    await expect(heading(page)).toHaveText(question);
    await choose(page, answer);
  }
  await expect(heading(page)).toContainText('This matches KB Q255888');
  await page.getByRole('button', { name: 'Start the fix' }).click();
  await expect(heading(page)).toHaveText('Which Windows NT account will run the migration?');
  await choose(page, /create a new one/);
  await expect(heading(page)).toHaveText('Create a Windows NT account in User Manager for Domains');
  await page.getByRole('checkbox', { name: /new account exists/ }).check();
  await page.getByRole('button', { name: 'Account created: grant permissions' }).click();
  for (const level of ['Organization', 'Site', 'Configuration']) {
    await expect(heading(page)).toHaveText(`Grant Permissions Admin on the ${level} object`);
    await expect(page.getByRole('figure').first()).toBeVisible();
    await page.getByRole('checkbox', { name: `The account holds Permissions Admin on the ${level} object` }).check();
    await page.getByRole('button', { name: /^Next: |All three levels are done/ }).click();
  }
  await expect(heading(page)).toHaveText('Log on as that account and migrate several users again');
  await page.getByRole('checkbox', { name: /Logged on as the account/ }).check();
  await page.getByRole('checkbox', { name: /Migrated several users/ }).check();
  await page.getByRole('button', { name: 'Check the result' }).click();
  await choose(page, /Yes, the mail arrived/);
  await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
}
