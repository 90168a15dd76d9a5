import { type Page, expect, test } from '@playwright/test';

import { planOf, walk } from './flow-walk.ts';
import { expectNoAxeViolations, goInApp, heading, open } from './support.ts';

/**
 * Presenter mode's deck: a title slide, then the story built from the case it
 * was opened from, else the article's own path; answers chosen on a slide
 * change the slides after it; every node of the flow opens by `?node=`; keys
 * for a keyboard and a presentation clicker work wherever focus is (→ and ←
 * as Page Down and Page Up), and the address keeps the slide and the action.
 * The article's chain is written out here, not read from the app.
 */

const KB_TITLE = 'XFOR: Migration from MS Mail to Exchange Server Does Not Work';

const ARTICLE_CHAIN = [
  /^1\. Title: KB Q255888: XFOR: Migration from MS Mail to Exchange Server Does Not Work$/,
  /^2\. Question: Application log event$/,
  /^3\. Question: What the migration left behind$/,
  /^4\. Question: Users per run$/,
  /^5\. Question: Migrating one user alone$/,
  /^6\. Question: Role of the logged-on account$/,
  /^7\. Question: Exchange Server version$/,
  /^8\. Question: Source mail system$/,
  /^9\. Outcome: The migration ran under an account with Service Account Admin permissions \(KB Q255888\)$/,
  /^10\. Question: Choose the account$/,
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
    await expect(heading(page)).toHaveText(KB_TITLE);
    await expect(page.getByTestId('deck-basis')).toContainText('Following the case you opened');
    // The chain, then this case's own choice (a new account), the three grants with the Tools > Options slide, the check.
    // Each tip slide comes right after the action it belongs to, and its step goes on after it.
    await expect(outline(page)).toHaveText([
      ...ARTICLE_CHAIN,
      /^11\. Fix step: Create a Windows NT account/,
      /^12\. Fix step: Grant Permissions Admin on the Organization object$/,
      /^13\. Tip: No Permissions tab, or no Rights list\?$/,
      /^14\. Fix step: Grant Permissions Admin on the Organization object \(continued\)$/,
      /^15\. Fix step: Grant Permissions Admin on the Site object$/,
      /^16\. Fix step: Grant Permissions Admin on the Configuration object$/,
      /^17\. Fix step: Log on as that account and migrate several users again$/,
      /^18\. Tip: Windows NT will not log the account on at the server\?$/,
      /^19\. Fix step: Log on as that account and migrate several users again \(continued\)$/,
      /^20\. Question: Did it work\?$/,
      /^21\. Outcome: Resolved/,
    ]);
    // The title slide: the article and its symptom.
    await expect(page.locator('article')).toContainText('KB Q255888');
    await expect(page.getByTestId('title-symptom')).toContainText('one at a time');
    await expectNoAxeViolations(await settled(page), 'presenter, title');

    // Walk it with the keyboard: every slide has speaker notes, and the case's answers are marked.
    for (let i = 1; i <= 21; i++) {
      await expect(page.getByTestId('slide-position')).toHaveText(`Slide ${i} of 21`);
      await expect(page.getByTestId('speaker-notes')).not.toContainText('No notes');
      if (i === 2) {
        // A question with a screen picture shows it, as a fix step does.
        await expect(page.locator('article [data-slot="mockup-figure"]')).toHaveCount(1);
        await expectNoAxeViolations(await settled(page), 'presenter, question');
      }
      if (i === 6) {
        await expect(page.getByTestId('slide-answers').getByRole('button', { pressed: true })).toHaveText(
          'Service Account Admin (this case’s answer)',
        );
      }
      if (i === 9) {
        await expect(heading(page)).toContainText('Service Account Admin');
        await expectNoAxeViolations(await settled(page), 'presenter, outcome');
      }
      if (i === 13) {
        await expect(page.locator('article')).toContainText('Show Permissions page for all objects');
        await expect(page.locator('article')).toContainText('Display rights for roles on Permissions page');
        await expect(page.getByTestId('speaker-notes')).toContainText('Tools');
        await expectNoAxeViolations(await settled(page), 'presenter, tip slide');
      }
      if (i === 18) {
        // The tip the log-on step's words send the room to is a slide of its own.
        await expect(page.locator('article')).toContainText('Log on locally');
        await expect(page.getByTestId('speaker-notes')).toContainText('KB Q161495');
      }
      await page.keyboard.press('n');
    }
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
  });

  test('a case this browser does not have: the article’s own path, and it says so', async ({ page }) => {
    await open(page, 'present/q255888?case=nope');
    await expect(page.getByTestId('deck-basis')).toContainText('not in this browser');
    await expect(outline(page)).toHaveCount(20);
  });

  test('without a case it follows the article’s own path; choosing another answer on a slide changes the slides after it', async ({
    page,
  }) => {
    await open(page, 'present/q255888');
    await expect(page.getByTestId('deck-basis')).toContainText('Following the article’s own path');
    await expect(outline(page).first()).toHaveText(ARTICLE_CHAIN[0]!);
    await expect(outline(page)).toHaveCount(20);
    await expect(outline(page).nth(9)).toHaveText(ARTICLE_CHAIN[9]!);
    await expect(outline(page).nth(10)).toHaveText(
      /^11\. Fix step: Grant Permissions Admin on the Organization object$/,
    );
    await expect(heading(page)).toHaveText(KB_TITLE);
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Application log event');
    const answers = page.getByTestId('slide-answers');
    await expect(answers.getByRole('button', { pressed: true })).toContainText('(the article’s answer)');

    // The class says "a different error": the deck now goes to which error, and on to its branch.
    await answers.getByRole('button', { name: /A different MSExchangeMig error/ }).click();
    await expect(answers.getByRole('button', { pressed: true })).toContainText('(chosen in class)');
    await expect(answers.getByRole('button', { name: /Event ID 7044/ })).toContainText('(the article’s answer)');
    await expect(outline(page).nth(2)).toHaveText('3. Question: Which migration error');
    await expect(page).toHaveURL(/pick=app-log-event\.other-event/);
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Which migration error');
    // And on that slide, "Invalid server specified" leads to its own outcome.
    await page
      .getByTestId('slide-answers')
      .getByRole('button', { name: /Invalid server specified/ })
      .click();
    await expect(outline(page).nth(3)).toHaveText(/^4\. Outcome: “Invalid server specified”/);
    await page.keyboard.press('PageDown');
    await expect(heading(page)).toContainText('Invalid server specified');
    // A reload keeps the deck and the slide.
    await page.reload();
    await expect(heading(page)).toContainText('Invalid server specified');
    await expect(page.getByTestId('slide-position')).toHaveText(/^Slide 4 of /);
    // Back to the story.
    await page.getByRole('button', { name: 'Undo the choices made in class' }).click();
    await expect(outline(page).nth(2)).toHaveText(ARTICLE_CHAIN[2]!);
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
    // An unknown node opens the first slide: the title.
    await open(page, 'present/q255888?node=no-such-node');
    await expect(heading(page)).toHaveText(KB_TITLE);
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
    // Measured together, in the page's coordinates: the slide scrolls the practice into view as it opens.
    const [screenBottom, notesTop] = await page.evaluate(() => {
      const top = (el: Element | null) => el!.getBoundingClientRect().top + window.scrollY;
      const win = document.querySelector('[data-testid="practice-frame"] [data-slot="win-screen"]')!;
      return [
        top(win) + win.getBoundingClientRect().height,
        top(document.querySelector('[data-testid="speaker-notes"]')),
      ];
    });
    expect(notesTop).toBeGreaterThan(screenBottom);
    await expectNoAxeViolations(await settled(page), 'presenter Let me try at 1024×768');
    // The widest window drawn at the scale that keeps its targets 24 px (Notepad, 600 px at 1.6): whole too.
    await open(page, 'present/q186742?node=fix-csv-mode&mode=try');
    const notepad = frame.locator('[data-slot="win-screen"]');
    await expect(notepad).toBeVisible();
    const box = (await notepad.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await expect(frame.locator('[data-scrolls]')).toHaveCount(0);
  });
});

test.describe('presenter mode: a trainer mode starts in view', () => {
  test('T, E and S bring the practice’s first window and its control below the task bar, or the demonstration, at 1024×768, 1280×720 and 1920×1080', async ({
    page,
  }) => {
    /** The control of the first action and its window, within the window below the practice's task bar. */
    const inView = (root: string) =>
      page.evaluate((sel) => {
        const target = document.querySelector(`${sel} [data-target="site-node"]`);
        const win = target?.closest('[data-slot="win-window"]');
        if (!target || !win) return 'not drawn';
        const bar = document.querySelector('[data-slot="practice-task"]')?.getBoundingClientRect().bottom ?? 0;
        const [t, w] = [target.getBoundingClientRect(), win.getBoundingClientRect()];
        return t.top >= bar && t.bottom <= innerHeight && w.top >= bar - 0.5 && w.bottom <= innerHeight + 0.5
          ? 'in view'
          : `control ${Math.round(t.top)}–${Math.round(t.bottom)}, window ${Math.round(w.top)}–${Math.round(w.bottom)}, task bar to ${Math.round(bar)}, ${innerHeight} high`;
      }, root);
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      await open(page, 'present/q255888?node=grant-site');
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
      for (const key of ['t', 'e']) {
        await page.keyboard.press(key);
        await expect(page.getByTestId('practice-frame').locator('[data-target="site-node"]')).toBeVisible();
        await expect
          .poll(() => inView('[data-testid="practice-frame"]'), { message: `${key} at ${viewport.width}` })
          .toBe('in view');
      }
      await page.keyboard.press('s');
      await expect
        .poll(
          () =>
            page
              .locator('[data-slot="show-player"] [data-slot="mockup-stage"]')
              .evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight + 0.5),
          { message: `s at ${viewport.width}` },
        )
        .toBe(true);
      await expect(page.getByTestId('show-caption')).toBeInViewport();
    }
  });
});

test.describe('presenter keys', () => {
  test('Page Down, → and Space walk a fix step action by action, then move on; Page Up, ← and Shift+Space come back; N and P move by slide; a reload resumes at the action', async ({
    page,
  }) => {
    await open(page, 'present/q255888?node=grant-site');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    const current = page.getByTestId('slide-actions').locator('[aria-current="step"]');
    await expect(current).toContainText('1. ');
    await expectNoAxeViolations(await settled(page), 'presenter, fix step');
    // Whichever key a clicker sends, it is the next action, and the address names it.
    for (const [i, key] of [
      [2, 'ArrowRight'],
      [3, 'PageDown'],
      [4, 'Space'],
      [5, 'ArrowRight'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(current).toContainText(`${i}. `);
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
      await expect(page).toHaveURL(new RegExp(`[?&]action=${i}(&|$)`));
      // The presenter's own page follows too (the last actions start below the fold), and focus is not moved.
      await expect(current).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    }
    // A clicker's F5: the same slide, the same action.
    await page.reload();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(current).toContainText('5. ');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
    await expect(current).toContainText('1. ');
    // Back goes into the previous step at its last action, then action by action.
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(current).toContainText('5. ');
    await page.keyboard.press('PageUp');
    await expect(current).toContainText('4. ');
    await page.keyboard.press('Shift+Space');
    await expect(current).toContainText('3. ');
    // N and P skip the actions: back into the Organization step's second part (its tip slide broke it after action
    // 2) at its last action, then its tip.
    await page.keyboard.press('p');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    await expect(current).toContainText('5. ');
    await page.keyboard.press('p');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await page.keyboard.press('n');
    await expect(current).toContainText('3. ');
    await expect(page).toHaveURL(/[?&]node=grant-organization&action=3(&|$)/);
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(current).toContainText('1. ');
    await page.keyboard.press('End');
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
    // Past the end, the presenter sees it (a clicker gives no other sign), and stays.
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-flash')).toHaveText('This is the last slide.');
    await expect(heading(page)).toHaveText('Resolved: the messages were migrated');
    await page.keyboard.press('Home');
    await expect(heading(page)).toHaveText(KB_TITLE);
    // The key help says so.
    const help = page.getByRole('region', { name: 'Keyboard and clicker' });
    await expect(help.locator('dt').first()).toHaveText('Page Down / → / Space');
  });

  test('in Show me with reduced motion: → and Page Down show one action at a time and then leave the slide; Next shows one change', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'present/q255888?node=grant-site&mode=show');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText('Action 1 of 13');
    // One visible change at a time: the player's own buttons.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(caption).toContainText('Action 1 of 13');
    await expect(caption).toContainText('The Site object is selected');
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect(caption).not.toContainText('The Site object is selected');
    // A clicker: one press, one action shown to its result, whichever key it sends.
    await page.keyboard.press('ArrowRight');
    await expect(caption).toContainText('Action 1 of 13');
    await expect(caption).toContainText('The Site object is selected');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('Action 2 of 13');
    await expect(caption).not.toContainText('Action 3');
    await page.keyboard.press('ArrowLeft');
    await expect(caption).toContainText('Action 2 of 13');
    for (let i = 0; i < 12; i++) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expect(caption).toContainText('Action 13 of 13');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
  });

  test('K plays and pauses Show me with motion; Page Down stops at the end of one action', async ({ page }) => {
    // Fake timers (flowing as usual until told): a moment of waiting is run through at once, not waited for.
    await page.clock.install();
    await open(page, 'present/q255888?node=grant-site&mode=show');
    const caption = page.getByTestId('show-caption');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expectNoAxeViolations(await settled(page), 'presenter, show');
    const paused = await caption.textContent();
    await page.clock.runFor(2500);
    await expect(caption).toHaveText(paused!);
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    // Page Down plays to the result of the action it is on, then waits.
    await page.getByRole('button', { name: 'Replay' }).click();
    await expect(caption).toContainText('Action 1 of 13');
    await expect(caption).not.toContainText('The Site object is selected');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('The Site object is selected');
    await page.clock.runFor(2500);
    await expect(caption).toContainText('Action 1 of 13');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('a learner part-way through Let me try or Test me: N, Page Down and G only warn the first time and go the second; Escape still works', async ({
    page,
  }) => {
    const frame = page.getByTestId('practice-frame');
    const warning = page.getByTestId('presenter-flash');
    const position = page.getByTestId('practice-position');
    const wrongClickInOpenMenu = async (mode = 'try') => {
      await open(page, `present/q255888?node=grant-organization&mode=${mode}`);
      await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
      await frame.locator('[data-target="organization-node"]').click();
      await frame.locator('[data-target="file-menu"]').click();
      await expect(frame.getByRole('menu')).toBeVisible();
      await frame.getByRole('menu').locator('[role="menuitem"]:not([data-target])').first().click();
      await expect(page.getByTestId('practice-position')).toContainText('Action 3 of 13');
    };
    await wrongClickInOpenMenu();
    await expectNoAxeViolations(await settled(page), 'presenter, try with a wrong click');
    // A stray press keeps the learner's attempt, and says so (a status, in view wherever the page is scrolled).
    await page.keyboard.press('n');
    await expect(warning).toHaveText('A learner is practising: press again to leave this slide.');
    await expect(warning).toHaveRole('status');
    await expect(warning).toBeInViewport();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    await expect(position).toContainText('Action 3 of 13');
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await expect(warning).toHaveText('');
    // Test me, with a clicker: Page Down, then Page Up (another key) warns again; Page Up pressed again goes back.
    await wrongClickInOpenMenu('test');
    await page.keyboard.press('PageDown');
    await expect(warning).toHaveText('A learner is practising: press again to leave this slide.');
    await page.keyboard.press('PageUp');
    await expect(warning).toHaveText('A learner is practising: press again to leave this slide.');
    await expect(position).toContainText('Action 3 of 13');
    await page.keyboard.press('PageUp');
    await expect(heading(page)).toHaveText('Choose the account');
    await wrongClickInOpenMenu();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('No Permissions tab, or no Rights list?');
    await wrongClickInOpenMenu();
    await page.keyboard.press('g');
    await expect(warning).toHaveText('A learner is practising: press again to leave Let me try.');
    await expect(position).toContainText('Action 3 of 13');
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
