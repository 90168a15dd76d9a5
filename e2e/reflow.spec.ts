import { type Page, expect, test } from '@playwright/test';

import { planOf, walk } from './flow-walk.ts';
import { heading, open as goto } from './support.ts';

/**
 * Notes are a helpdesk agent's main activity, and a long one must never
 * widen the page. With 500-character notes in both note fields (one of them
 * holding a 140-character path with no space to break at), no page of the
 * matching path, nor the hand-over page, the start page with its list of
 * cases, or a link's offer page, scrolls sideways at 320 or 1280 px.
 * (Whether each screen picture fits its column is checked in mockups.spec.ts.)
 */

const PATH = `\\\\ACME-HQ-EXCH01\\migration$\\logs\\${'postoffice-PO1-batch-0001-'.repeat(4)}.log`;
const WORDS =
  'The caller reads the Application log aloud: MSExchangeMig, event 7044, several users at once, no messages. ';

/** A 500-character note that starts with `first` (the case note's first line names the case). */
function note(first: string): string {
  const text = `${first}\n${PATH} ${WORDS.repeat(5)}`;
  return text.slice(0, 500);
}

async function open(page: Page, path = '') {
  await goto(page, path);
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber'));
  });
}

async function expectNoSideScroll(page: Page, where: string) {
  // Let a step drawn a frame late (AfterPaint) and the pictures settle first.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(
    innerWidth,
  );
}

for (const width of [320, 1280]) {
  test(`no sideways scrolling at ${width} px, with 500-character notes on every page of the matching path`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    await open(page);
    await expectNoSideScroll(page, 'start page');
    // WCAG 1.4.12's text spacing (a reader's own style sheet): the title's long word once widened the page at 320 px.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await expectNoSideScroll(page, 'start page, with text spacing');
    await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));
    let first = true;
    // The walk through every fix step (a new account: all three grants).
    await walk(page, planOf('q255888'), planOf('q255888').longestFix, async (p) => {
      const name = `${p.kind}: ${p.heading}`;
      if (first) {
        await page
          .getByTestId('session-note')
          .getByRole('textbox')
          .fill(note(`INC-4711 ${'Dana Whitfield '.repeat(8)}`));
        first = false;
      }
      await page.getByTestId('step-note').getByRole('textbox').fill(note(name));
      await expectNoSideScroll(page, name);
    });
    await expect(page.getByTestId('answer-trail')).toContainText(PATH.slice(0, 30));
    await expectNoSideScroll(page, 'resolved, with every note in the trail');

    await page.getByTestId('escalation').getByRole('link', { name: 'Hand over this case' }).click();
    await expect(heading(page)).toHaveText('Hand over this case');
    await page.getByText('Show the ticket text').click();
    await expectNoSideScroll(page, 'hand-over');
    await page.emulateMedia({ media: 'print' });
    await expectNoSideScroll(page, 'hand-over, printed');
    await page.emulateMedia({ media: 'screen' });

    await open(page);
    await expect(page.getByTestId('case-row')).toHaveCount(1);
    await expectNoSideScroll(page, 'start page with the case listed');
    await page
      .getByTestId('case-row')
      .getByRole('button', { name: /^Rename/ })
      .click();
    await expectNoSideScroll(page, 'start page, renaming');
    // A name with no place to break it (a server's or a batch's name), in the row beside its buttons.
    await page.getByLabel('Name of the case').fill('EXCHSRV01_MIGRATION_BATCH_0001_MARKETING_'.repeat(3));
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByTestId('case-row')).toContainText('EXCHSRV01_MIGRATION_BATCH_0001_MARKETING_EXCH');
    await expectNoSideScroll(page, 'start page, a long name with no break in it');

    await open(page, 't/q255888/grant-site');
    await expect(page.getByTestId('case-offer')).toBeVisible();
    await expectNoSideScroll(page, 'a link’s offer page');
  });
}
