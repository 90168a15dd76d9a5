import { type Page, expect, test } from '@playwright/test';

import { planOf, walk } from './flow-walk.ts';
import { expectNoAxeViolations, goInApp, heading, open } from './support.ts';

/**
 * Presenter mode's deck: built from the case it was opened from, else the
 * article's own path; answers chosen on a slide change the slides after it;
 * every node of the flow opens by `?node=`; keys for a keyboard and a
 * presentation clicker work wherever focus is. The article's chain is
 * written out here, not read from the app.
 */

const ARTICLE_CHAIN = [
  /^1\. Question: Application log event$/,
  /^2\. Question: What the migration left behind$/,
  /^3\. Question: Users per run$/,
  /^4\. Question: Migrating one user alone$/,
  /^5\. Question: Role of the logged-on account$/,
  /^6\. Question: Exchange Server version$/,
  /^7\. Question: Source mail system$/,
  /^8\. Outcome: The migration ran under an account with Service Account Admin permissions \(KB Q255888\)$/,
  /^9\. Question: Choose the account$/,
];

/** Let colour transitions finish, so axe measures the final colours. */
async function settled(page: Page): Promise<Page> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  return page;
}

const outline = (page: Page) => page.getByTestId('deck-outline').getByRole('button');
const slideKey = (page: Page) => page.locator('article[data-slide]').getAttribute('data-slide');

test.describe('presenter deck', () => {
  test('from a finished matching-path session it tells the article’s chain, with the Service Account Admin diagnosis', async ({
    page,
  }) => {
    // The walk through every fix step (a new account: all three grants).
    await walk(page, planOf('q255888'), planOf('q255888').longestFix);
    // Presenter mode on that case (its address names the case: ?case=<id>).
    const caseId = new URL(page.url()).searchParams.get('case') ?? '';
    expect(caseId).not.toBe('');
    await open(page, `present/q255888?case=${encodeURIComponent(caseId)}`);
    await expect(heading(page)).toHaveText('Application log event');
    await expect(page.getByTestId('deck-basis')).toContainText('Following the case you opened');
    // The chain, then this case's own choice (a new account), the three grants with the Tools > Options slide, the check.
    await expect(outline(page)).toHaveText([
      ...ARTICLE_CHAIN,
      /^10\. Fix step: Create a Windows NT account/,
      /^11\. Fix step: Grant Permissions Admin on the Organization object$/,
      /^12\. Tip: No Permissions tab, or no Rights list\?$/,
      /^13\. Fix step: Grant Permissions Admin on the Site object$/,
      /^14\. Fix step: Grant Permissions Admin on the Configuration object$/,
      /^15\. Fix step: Log on as that account/,
      /^16\. Question: Did it work\?$/,
      /^17\. Outcome: Resolved/,
    ]);
    await expectNoAxeViolations(await settled(page), 'presenter, question');

    // Walk it with the keyboard: every slide has speaker notes, and the case's answers are marked.
    for (let i = 1; i <= 17; i++) {
      await expect(page.getByTestId('slide-position')).toHaveText(`Slide ${i} of 17`);
      await expect(page.getByTestId('speaker-notes')).not.toContainText('No notes');
      if (i === 5) {
        await expect(page.getByTestId('slide-answers').getByRole('button', { pressed: true })).toHaveText(
          'Service Account Admin (this case’s answer)',
        );
      }
      if (i === 8) {
        await expect(heading(page)).toContainText('Service Account Admin');
        await expectNoAxeViolations(await settled(page), 'presenter, outcome');
      }
      if (i === 12) {
        await expect(page.locator('article')).toContainText('Show Permissions page for all objects');
        await expect(page.locator('article')).toContainText('Display rights for roles on Permissions page');
        await expect(page.getByTestId('speaker-notes')).toContainText('Tools');
        await expectNoAxeViolations(await settled(page), 'presenter, tip slide');
      }
      await page.keyboard.press('n');
    }
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
  });

  test('a case this browser does not have: the article’s own path, and it says so', async ({ page }) => {
    await open(page, 'present/q255888?case=nope');
    await expect(page.getByTestId('deck-basis')).toContainText('not in this browser');
    await expect(outline(page)).toHaveCount(16);
  });

  test('without a case it follows the article’s own path; choosing another answer on a slide changes the slides after it', async ({
    page,
  }) => {
    await open(page, 'present/q255888');
    await expect(page.getByTestId('deck-basis')).toContainText('Following the article’s own path');
    await expect(outline(page).first()).toHaveText(ARTICLE_CHAIN[0]!);
    await expect(outline(page)).toHaveCount(16);
    await expect(outline(page).nth(8)).toHaveText(ARTICLE_CHAIN[8]!);
    await expect(outline(page).nth(9)).toHaveText(
      /^10\. Fix step: Grant Permissions Admin on the Organization object$/,
    );
    const answers = page.getByTestId('slide-answers');
    await expect(answers.getByRole('button', { pressed: true })).toContainText('(the article’s answer)');

    // The class says "a different error": the deck now goes to which error, and on to its branch.
    await answers.getByRole('button', { name: /A different MSExchangeMig error/ }).click();
    await expect(answers.getByRole('button', { pressed: true })).toContainText('(chosen in class)');
    await expect(answers.getByRole('button', { name: /Event ID 7044/ })).toContainText('(the article’s answer)');
    await expect(outline(page).nth(1)).toHaveText('2. Question: Which migration error');
    await expect(page).toHaveURL(/pick=app-log-event\.other-event/);
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Which migration error');
    // And on that slide, "Invalid server specified" leads to its own outcome.
    await page
      .getByTestId('slide-answers')
      .getByRole('button', { name: /Invalid server specified/ })
      .click();
    await expect(outline(page).nth(2)).toHaveText(/^3\. Outcome: “Invalid server specified”/);
    await page.keyboard.press('PageDown');
    await expect(heading(page)).toContainText('Invalid server specified');
    // A reload keeps the deck and the slide.
    await page.reload();
    await expect(heading(page)).toContainText('Invalid server specified');
    await expect(page.getByTestId('slide-position')).toHaveText(/^Slide 3 of /);
    // Back to the story.
    await page.getByRole('button', { name: 'Undo the choices made in class' }).click();
    await expect(outline(page).nth(1)).toHaveText(ARTICLE_CHAIN[1]!);
    await expectNoAxeViolations(await settled(page), 'presenter after undoing the choices');
  });

  test('every node of the flow opens its slide by ?node=, and the deck follows the address as it changes', async ({
    page,
  }) => {
    // Every node, as the decision map lists them (its own test checks that it lists the whole flow).
    await open(page, 't/q255888/map');
    await expect(page.getByTestId('map-list').locator(':scope > li').first()).toBeVisible();
    const ids = await page
      .getByTestId('map-list')
      .locator(':scope > li')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-list-node')!));
    expect(ids.length).toBeGreaterThan(30);
    // An unknown node opens the first slide.
    await open(page, 'present/q255888?node=no-such-node');
    await expect(heading(page)).toHaveText('Application log event');
    // Then each node's address in turn, read by the running app as after Back or Forward (one page load in all;
    // a slide off the article's path changes the deck's route, and the next address must still be followed).
    for (const id of ids) {
      await goInApp(page, `present/q255888?node=${id}`);
      await expect(page.locator('article[data-slide]'), id).toHaveAttribute('data-slide', id);
      await expect(page.getByTestId('speaker-notes')).not.toBeEmpty();
    }
    // A tip slide has its own address; and a node's address opens its slide on a page load too, off the path
    // included (after it, the keys still move the deck).
    await open(page, 'present/q255888?node=grant-organization~tip-0');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await open(page, 'present/q255888?node=which-event');
    await expect(heading(page)).toHaveText('Which migration error');
    await expect(page).toHaveURL(/pick=app-log-event\.other-event/);
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('Application log event');
  });
});

test.describe('presenter mode on a 1024×768 screen', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('Let me try gets the whole width, so the screen is not cut on the right; the speaker notes go below it', async ({
    page,
  }) => {
    await open(page, 'present/q255888?node=grant-organization&mode=try');
    const frame = page.getByTestId('practice-frame');
    await expect(frame.locator('[data-slot="win-screen"]')).toBeVisible();
    const screen = (await frame.locator('[data-slot="win-screen"]').boundingBox())!;
    expect(screen.x).toBeGreaterThanOrEqual(0);
    expect(screen.x + screen.width).toBeLessThanOrEqual(1024);
    await expect(frame.locator('[data-scrolls]')).toHaveCount(0);
    const notes = (await page.getByTestId('speaker-notes').boundingBox())!;
    expect(notes.y).toBeGreaterThan(screen.y + screen.height);
    await expectNoAxeViolations(await settled(page), 'presenter Let me try at 1024×768');
  });
});

test.describe('presenter keys', () => {
  test('Page Down walks a fix step action by action, then moves on; ← and → move by slide', async ({ page }) => {
    await open(page, 'present/q255888?node=grant-site');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    const current = page.getByTestId('slide-actions').locator('[aria-current="step"]');
    await expect(current).toContainText('1. ');
    await expectNoAxeViolations(await settled(page), 'presenter, fix step');
    for (let i = 2; i <= 5; i++) {
      await page.keyboard.press('PageDown');
      await expect(current).toContainText(`${i}. `);
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    }
    await page.keyboard.press('PageDown');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
    // Page Up goes back into the previous step at its last action.
    await page.keyboard.press('PageUp');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(current).toContainText('5. ');
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    await page.keyboard.press('End');
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
    await page.keyboard.press('Home');
    await expect(heading(page)).toHaveText('Application log event');
  });

  test('in Show me with reduced motion: ← and → step it, Page Down shows one action at a time and then leaves the slide', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'present/q255888?node=grant-site&mode=show');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText('Step 1 of 13');
    await page.keyboard.press('ArrowRight');
    await expect(caption).toContainText('Step 1 of 13');
    await expect(caption).toContainText('The Site object is selected');
    await page.keyboard.press('ArrowRight');
    await expect(caption).toContainText('Step 2 of 13');
    await page.keyboard.press('ArrowLeft');
    await expect(caption).toContainText('Step 1 of 13');
    // A clicker: one press, one action shown to its result.
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('Step 1 of 13');
    await expect(caption).toContainText('The Site object is selected');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('Step 2 of 13');
    await expect(caption).not.toContainText('Step 3');
    await page.keyboard.press('PageUp');
    await expect(caption).toContainText('Step 2 of 13');
    for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
    await expect(caption).toContainText('Step 13 of 13');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await page.keyboard.press('PageDown');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
  });

  test('Space plays and pauses Show me with motion; Page Down stops at the end of one action', async ({ page }) => {
    // Fake timers (flowing as usual until told): a moment of waiting is run through at once, not waited for.
    await page.clock.install();
    await open(page, 'present/q255888?node=grant-site&mode=show');
    const caption = page.getByTestId('show-caption');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expectNoAxeViolations(await settled(page), 'presenter, show');
    const paused = await caption.textContent();
    await page.clock.runFor(2500);
    await expect(caption).toHaveText(paused!);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    // Page Down plays to the result of the action it is on, then waits.
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.keyboard.press('Space');
    await expect(caption).toContainText('Step 1 of 13');
    await expect(caption).not.toContainText('The Site object is selected');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('The Site object is selected');
    await page.clock.runFor(2500);
    await expect(caption).toContainText('Step 1 of 13');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('after a wrong click on an open menu, N, →, G and Escape still work', async ({ page }) => {
    const frame = page.getByTestId('practice-frame');
    const wrongClickInOpenMenu = async () => {
      await open(page, 'present/q255888?node=grant-organization&mode=try');
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
      await frame.locator('[data-target="organization-node"]').click();
      await frame.locator('[data-target="file-menu"]').click();
      await expect(frame.getByRole('menu')).toBeVisible();
      await frame.getByRole('menu').locator('[role="menuitem"]:not([data-target])').first().click();
      await expect(page.getByTestId('practice-position')).toContainText('Action 3 of 13');
    };
    await wrongClickInOpenMenu();
    await expectNoAxeViolations(await settled(page), 'presenter, try with a wrong click');
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await wrongClickInOpenMenu();
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await wrongClickInOpenMenu();
    await page.keyboard.press('g');
    await expect(
      page.getByRole('group', { name: 'Trainer mode' }).getByRole('button', { name: 'Guide' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('slide-actions')).toBeVisible();
    // Escape: a page-filling view (when the browser refuses real full screen) is left with it.
    await page.addInitScript(() => {
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: () => Promise.reject(new Error('no')) });
    });
    await wrongClickInOpenMenu();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(page.locator('[data-fullscreen]')).toHaveAttribute('data-fullscreen', 'fallback');
    await frame.locator('[data-target="file-menu"]').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-fullscreen]')).toHaveAttribute('data-fullscreen', 'off');
  });

  test('the shortcuts can be switched off, and stay off', async ({ page }) => {
    await open(page, 'present/q255888?node=grant-organization');
    await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
    await page.getByRole('button', { name: 'Full screen' }).focus();
    for (const key of ['n', 'ArrowRight', 'PageDown', 'g']) await page.keyboard.press(key);
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Single-key shortcuts/ })).not.toBeChecked();
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    expect(await slideKey(page)).toBe('grant-organization');
    await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
  });
});
