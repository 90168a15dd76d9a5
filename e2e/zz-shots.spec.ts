import { type Page, test } from '@playwright/test';
import { choose, heading } from './support.ts';
import { expect } from '@playwright/test';

const SIZES: Array<[number, number]> = [[320, 800], [1024, 768], [1280, 900], [1366, 768], [1920, 1080]];
async function ready(page: Page) {
  await page.waitForFunction(() => { const h1 = document.querySelector('h1'); return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber')); });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
async function shoot(page: Page, name: string, full = true) {
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    if (w === 320) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height && i < 6; y += 760, i++) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `/tmp/a-shots/${name}-320-${i}.png` });
        if (!full) break;
      }
      await page.evaluate(() => window.scrollTo(0, 0));
    } else await page.screenshot({ path: `/tmp/a-shots/${name}-${w}.png`, fullPage: full });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
const note = (s: string) => `${s}\n\\\\ACME-HQ-EXCH01\\migration$\\logs\\${'postoffice-PO1-batch-0001-'.repeat(4)}.log The caller reads the Application log aloud: MSExchangeMig, event 7044, several users at once, no messages.`;

test('shots', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(''); await ready(page);
  await shoot(page, '01-start-empty');
  await page.getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  await page.getByTestId('session-note').getByRole('textbox').fill(note('INC-4711 Dana Whitfield, ACME'));
  await page.getByTestId('step-note').getByRole('textbox').fill(note('Reads 7044'));
  await choose(page, /Event ID 7044/);
  await page.getByTestId('step-note').getByRole('textbox').fill(note('Mailboxes there'));
  await choose(page, /mailboxes are empty/);
  await shoot(page, '02-question-notes');
  await page.goto(''); await ready(page);
  await page.getByRole('button', { name: /go to the fix/ }).click();
  await page.getByTestId('session-note').getByRole('textbox').fill('INC-4712 Lee, Contoso');
  await choose(page, /does not hold Permissions Admin yet/);
  await shoot(page, '03-fix-step');
  await page.goto(''); await ready(page);
  await page.getByRole('button', { name: 'Diagnose from the symptoms' }).click();
  await choose(page, /Not sure/);
  await page.goto(''); await ready(page);
  await page.getByTestId('case-row').nth(1).getByRole('button', { name: /^Close/ }).click();
  await page.getByTestId('closed-cases').getByText(/Closed cases/).click();
  await shoot(page, '04-start-cases');
  await page.getByTestId('case-row').nth(0).getByRole('button', { name: /^Rename/ }).click();
  await shoot(page, '05-rename', false);
  await page.keyboard.press('Escape');
  await page.getByTestId('case-row').nth(0).getByRole('button', { name: /^Delete/ }).click();
  await shoot(page, '06-deleted', false);
  await page.goto('t/q255888/grant-site'); await ready(page);
  await shoot(page, '07-offer-fix');
  await page.goto('t/q255888/grant-site?mode=try'); await ready(page);
  await page.waitForTimeout(500);
  await shoot(page, '08-try-no-case');
  await page.goto('t/q255888/batch-size?case=nope'); await ready(page);
  await shoot(page, '09-offer-unknown-case');
  // Dana: change an answer, back
  await page.goto(''); await ready(page);
  await page.getByTestId('case-list').locator('a[data-case-link]').filter({ hasText: 'INC-4711' }).click();
  await choose(page, /More than one user/);
  await page.getByRole('link', { name: 'Change: Application log event' }).click();
  await choose(page, /A different MSExchangeMig error/);
  await page.goBack(); await page.goBack();
  await page.waitForTimeout(800);
  await shoot(page, '10-skipped', false);
  await page.getByTestId('case-list').locator('a[data-case-link]').filter({ hasText: 'INC-4711' }).click();
  await page.getByTestId('escalation').getByRole('link', { name: 'Hand over this case' }).click();
  await expect(heading(page)).toHaveText('Hand over this case');
  await shoot(page, '11-handover');
  await page.addInitScript(() => { Storage.prototype.setItem = () => { throw new DOMException('q', 'QuotaExceededError'); }; });
  await page.reload(); await ready(page);
  await page.getByRole('link', { name: /Back to the step/ }).click();
  await page.getByTestId('session-note').getByRole('textbox').fill('INC-4711 Dana Whitfield, ACME, storage now full');
  await shoot(page, '12-storage-full', false);
});
