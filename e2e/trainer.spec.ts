import { type Locator, type Page, expect, test } from '@playwright/test';

import { entryButton } from './flow-walk.ts';
import { choose, expectNoAxeViolations, heading, open } from './support.ts';

/**
 * Trainer mode on the fix steps (Show / Try / Test). The expected clicks are written out
 * here (not read from the app), so a wrong expectation in the content fails.
 */

/** The clicks that grant Permissions Admin on the Organization object, in order. */
const ORGANIZATION_CLICKS = [
  'organization-node',
  'file-menu',
  'properties-command',
  'permissions-tab',
  'add-button',
  'show-users-button',
  'migration-account',
  'add-button',
  'ok-button',
  'migration-account',
  'roles-list',
  'permissions-admin-role',
  'ok-button',
] as const;

/** Through the "go to the fix" entry, with the account the answer says: the first fix step for it. */
async function toFixStep(page: Page, answer: RegExp, title: string): Promise<void> {
  await open(page, '');
  await entryButton(page, 'q255888', 'fix').click();
  await expect(heading(page)).toHaveText('Which Windows NT account will run the migration?');
  await choose(page, answer);
  await expect(heading(page)).toHaveText(title);
}

/** Through the "go to the fix" entry with an existing account: the Organization step. */
async function toOrganizationStep(page: Page): Promise<void> {
  await toFixStep(page, /does not hold Permissions Admin yet/, 'Grant Permissions Admin on the Organization object');
}

/** Let colour transitions (buttons switching state) finish, so axe measures the final colours. */
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

function trainerBar(page: Page): Locator {
  return page.getByTestId('trainer-bar');
}

async function chooseMode(page: Page, name: 'Guide' | 'Show me' | 'Let me try' | 'Test me'): Promise<void> {
  await trainerBar(page).getByRole('button', { name, exact: true }).click();
  await expect(trainerBar(page).getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await panelArrived(page);
}

/**
 * The chosen mode's panel scrolls into view (smoothly, two frames after it is drawn), and in Let me try and Test me
 * on to the first action's window, below the task bar: wait until it has arrived before clicking in it (a
 * double-click needs it still). Arrived: the page scrolled at least to the panel's top (less its scroll margin), or
 * as far as it goes, and then holding still for ten frames. (Waiting for the scroll position to hold still alone
 * was not enough: on a busy machine the scroll had not started yet.)
 */
async function panelArrived(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const panel = document.querySelector('[data-testid="trainer-panel"]');
    if (!panel) return false;
    // Where scrollIntoView puts it: its top at its scroll margin from the top of the window.
    const top = panel.getBoundingClientRect().top - parseFloat(getComputedStyle(panel).scrollMarginTop || '0');
    const bottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
    return top <= 1 || (bottom && top > 0);
  });
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const y = scrollY;
            let frames = 0;
            const check = () => {
              if (scrollY !== y) resolve(false);
              else if (++frames === 10) resolve(true);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      ),
    )
    .toBe(true);
}

function frame(page: Page): Locator {
  return page.getByTestId('practice-frame');
}

function control(page: Page, target: string): Locator {
  return frame(page).locator(`[data-target="${target}"]`);
}

/** The element a click on a target lands on (the clickable part of a drop-down is its field). */
function clickable(page: Page, target: string): Locator {
  return target === 'roles-list' ? control(page, target).getByRole('combobox') : control(page, target);
}

async function expectPosition(page: Page, n: number, total: number = ORGANIZATION_CLICKS.length): Promise<void> {
  await expect(page.getByTestId('practice-position')).toContainText(`Action ${n} of ${total}`);
}

test.describe('trainer mode on a fix step', () => {
  test('Try: operating the mockup completes the Organization step; a wrong click gets a hint', async ({ page }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    await expectPosition(page, 1);
    await expect(page.getByTestId('hint-area').getByText('Hint:')).toHaveCount(0);

    // One deliberate wrong click: the Site object instead of the Organization.
    await control(page, 'site-node').click();
    await expect(page.getByTestId('hint-area')).toContainText('Not that one.');
    await expect(page.getByTestId('hint-area')).toContainText(
      'Hint: Click the Organization object in the hierarchy on the left.',
    );
    await expectPosition(page, 1);
    // The selection follows the click, as in the program.
    // Selected, on the tree item: in an operable screen, the label focus rests on.
    await expect(control(page, 'site-node')).toHaveAttribute('aria-selected', 'true');
    // A second wrong click escalates to the spotlight. (It opens the File menu, which Escape closes.)
    await control(page, 'file-menu').click();
    await expect(frame(page).getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(frame(page).getByRole('menu')).toHaveCount(0);
    await expect(control(page, 'organization-node')).toHaveAttribute('data-highlighted', '');
    await expect(page.getByTestId('hint-area')).toContainText('Highlighted: the Organization object in the hierarchy');
    await expectNoAxeViolations(await settled(page), 'Try mode with a hint');

    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      // Every screen the step uses, operable, passes axe.
      if ([2, 4, 5, 7, 11].includes(i)) await expectNoAxeViolations(await settled(page), `Try mode, action ${i + 1}`);
      await clickable(page, target).click();
    }
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 2.');
    await expectNoAxeViolations(await settled(page), 'Try mode finished');
  });

  test('Try with the keyboard alone: the Organization step in at most 40 key presses, as in Windows', async ({
    page,
  }) => {
    // The Add Users and Groups dialog's code is held back until the keyboard has opened it: a dialog whose picture
    // arrives late (a slow network, a busy machine) must still get the focus.
    let releaseDialog!: () => void;
    const dialogHeld = new Promise<void>((resolve) => (releaseDialog = resolve));
    let heldDialog = false;
    await toOrganizationStep(page);
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('List Names From')) {
        heldDialog = true;
        await dialogHeld;
      }
      await route.fulfill({ response, body });
    });
    let presses = 0;
    const press = async (key: string, times = 1) => {
      for (let n = 0; n < times; n++) {
        await page.keyboard.press(key);
        presses++;
      }
    };
    const focusedControl = () =>
      page.evaluate(() => document.activeElement?.closest('[data-target]')?.getAttribute('data-target') ?? null);
    const focusedTarget = () =>
      page.evaluate(
        () => document.activeElement?.closest('[data-target], [data-key]')?.getAttribute('data-key') ?? null,
      );
    await trainerBar(page).getByRole('button', { name: 'Let me try', exact: true }).focus();
    await press('Enter');
    await expectPosition(page, 1);
    // Focus goes to the task (the button that chose the mode scrolls away); Tab: Give me a hint, then the screen:
    // menu bar, toolbar, tree (one stop each).
    await expect(page.getByTestId('practice-task-text')).toBeFocused();
    await press('Tab', 4);
    expect(await focusedTarget()).toBe('node:recipients');
    // Home selects the top of the tree: the organization.
    await press('Home');
    await expectPosition(page, 2);
    // Alt+Enter: its Properties, without the File menu (two moves at once).
    await press('Alt+Enter');
    await expectPosition(page, 4);
    // Focus went into the dialog: its tab row. → selects the Permissions tab.
    await expect(page.locator(':focus')).toHaveAttribute('role', 'tab');
    await press('ArrowRight');
    await expectPosition(page, 5);
    await press('Tab', 2); // the accounts list, then Add…
    await press('Enter');
    await expectPosition(page, 6);
    // Add Users and Groups: focus starts on List Names From, also when its picture comes only now.
    expect(heldDialog, 'the dialog’s code was loaded before it was opened: nothing was held back').toBe(true);
    releaseDialog();
    await expect.poll(focusedControl).toBe('list-names-from');
    await press('Tab', 3);
    await press('Enter');
    await expectPosition(page, 7);
    await press('Shift+Tab', 2); // back to Names
    await press('End'); // the last name: MigAdmin, selected
    await expectPosition(page, 8);
    await press('Tab');
    await press('Enter'); // Add
    await expectPosition(page, 9);
    await press('Shift+Tab');
    await press('Enter'); // in the Names list, Enter presses the default button, OK
    await expectPosition(page, 10);
    // Back in the Properties dialog, focus is back on Add… (the control that opened the dialog).
    expect(await focusedControl()).toBe('add-button');
    await press('Shift+Tab');
    await press('ArrowDown'); // MigAdmin, selected
    await expectPosition(page, 11);
    await press('Tab', 3); // Add…, Remove, Roles
    await press('Alt+ArrowDown'); // opens the list
    await expectPosition(page, 12);
    await press('ArrowDown');
    await press('Enter'); // Permissions Admin
    await expectPosition(page, 13);
    await press('Enter'); // on the closed list: the default button, OK
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 0. Shown to you: 0.');
    // At the end, focus goes to the result.
    await expect(page.getByRole('heading', { name: /Well done/ })).toBeFocused();
    expect(presses).toBeLessThanOrEqual(40);
    test.info().annotations.push({ type: 'key presses', description: String(presses) });
  });

  test('Test: what Windows offers counts (double-click in the contents pane, the toolbar); keys keep working after a wrong click in a menu', async ({
    page,
  }) => {
    await toOrganizationStep(page);
    await page
      .getByRole('checkbox', { name: 'The account holds Permissions Admin on the Organization object' })
      .check();
    await page.getByRole('button', { name: 'Next: the Site object' }).click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
    await chooseMode(page, 'Test me');
    await expectPosition(page, 1);
    // Double-click HEADOFFICE in the right pane: it is selected and its Properties open.
    await control(page, 'site-item').dblclick();
    await expectPosition(page, 4);
    await expect(frame(page).getByText('HEADOFFICE Properties', { exact: true })).toBeVisible();
    await expect(page.getByTestId('practice-position')).not.toContainText('Wrong actions');
    await expectNoAxeViolations(await settled(page), 'Test me after a double-click');

    // The Configuration step: the toolbar's Properties button; then a wrong command in the open File menu.
    await page.getByTestId('trainer-bar').getByRole('button', { name: 'Guide', exact: true }).click();
    await page.getByRole('checkbox', { name: 'The account holds Permissions Admin on the Site object' }).check();
    await page.getByRole('button', { name: 'Next: the Configuration object' }).click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
    await chooseMode(page, 'Test me');
    await control(page, 'configuration-node').click();
    await expectPosition(page, 2);
    await control(page, 'file-menu').click();
    await expectPosition(page, 3);
    await frame(page)
      .getByRole('menuitem', { name: /Connect to Server/ })
      .click();
    await expect(page.getByTestId('practice-position')).toContainText('Wrong actions on this one: 1');
    // The menu closed and focus stayed in the screen, so the keys still work: Alt+F opens the menu again.
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="practice-frame"]'))).toBe(true);
    await page.keyboard.press('Alt+f');
    await expect(frame(page).getByRole('menu')).toBeVisible();
    // Escape closes the menu first (and nothing else).
    await page.keyboard.press('Escape');
    await expect(frame(page).getByRole('menu')).toHaveCount(0);
    await expect(page.getByTestId('practice-position')).toContainText('Wrong actions on this one: 1');
    await control(page, 'properties-button').click();
    await expectPosition(page, 4);
  });

  test('a fix step: its actions, Done? and Next come before the optional practice in keyboard order', async ({
    page,
  }) => {
    await toOrganizationStep(page);
    const done = page.getByRole('checkbox', { name: 'The account holds Permissions Admin on the Organization object' });
    await done.focus();
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
    }
    expect(order).toEqual([
      'Next: the Site object',
      'Print this step',
      'Print the fix',
      'Guide',
      'Show me',
      'Let me try',
      'Test me',
    ]);
  });

  test('Show plays the step to the end, with pause, step and replay; axe passes while it plays', async ({ page }) => {
    // Fake timers: flowing as usual while the page loads and the mode opens, then held still, so that the show
    // moves only when the test says (it used to run ahead of the test's clicks on a busy machine).
    await page.clock.install({ time: new Date('2026-01-05T09:00:00') });
    await toOrganizationStep(page);
    await chooseMode(page, 'Show me');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText(`Action 1 of ${ORGANIZATION_CLICKS.length}`);
    await expect(page.locator('[data-slot="practice-pointer"]')).toBeVisible();
    // It plays where it can be seen: the page has scrolled to it.
    await expect(page.locator('[data-slot="show-player"] [data-slot="win-screen"]')).toBeInViewport({ ratio: 0.5 });
    // Hold the clock (a day on: far past anything the page waited for), then start again from the first step.
    await page.clock.pauseAt(new Date('2026-01-06T09:00:00'));
    await page.getByRole('button', { name: 'Replay' }).click();
    await expect(caption).toContainText(`Action 1 of ${ORGANIZATION_CLICKS.length}: Click the Organization object`);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    // Paused, the show waits for no timer: let time flow again (axe waits on timers of its own).
    await page.clock.resume();
    await expectNoAxeViolations(await settled(page), 'Show mode');
    // Step by hand: to the result of step 1, then to step 2.
    const step = page.getByRole('button', { name: 'Next', exact: true });
    await step.click();
    await step.click();
    await expect(caption).toContainText('Action 2 of 13: Open the File menu.');
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect(caption).toContainText('Action 1 of 13');
    await expect(page.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();
    await page.getByLabel('Speed').selectOption('fast');
    await page.clock.pauseAt(new Date('2026-01-07T09:00:00'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // Playing: each phase is one timeout (at most 1.5 s × 0.35 at this speed), set once the last one has been drawn.
    // Run the clock on, one phase at a time, until the show is there.
    const playTo = async (check: () => Promise<boolean>) =>
      expect.poll(async () => (await check()) || (await page.clock.runFor(600), false), { intervals: [20] }).toBe(true);
    await playTo(async () => /Action 7 of 13/.test((await caption.textContent()) ?? ''));
    await playTo(async () => (await caption.getAttribute('data-finished')) !== null);
    await expect(caption).toContainText('Finished: all 13 actions shown.');
    // The last caption says the dialog closes: the last picture shows it closed (the main window again).
    await expect(page.locator('[data-slot="show-player"] [data-slot="win-screen"]')).toHaveAttribute(
      'data-screen',
      'exchange-admin',
    );
    await page.getByRole('button', { name: 'Replay' }).click();
    await expect(caption).toContainText('Action 1 of 13');
  });

  test('Show with reduced motion goes step by step, without playing by itself; on a phone at the program’s own size, the control in view', async ({
    page,
  }) => {
    // Fake timers (flowing as usual until told): a moment of waiting is run through at once, not waited for.
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // A phone: the screen is not shrunk to its width (unreadable type) but scrolls sideways to the pointer's control.
    await page.setViewportSize({ width: 320, height: 640 });
    await toOrganizationStep(page);
    await chooseMode(page, 'Show me');
    const caption = page.getByTestId('show-caption');
    await expect(caption).toContainText('Action 1 of 13');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
    await page.clock.runFor(1500);
    await expect(caption).toContainText('Action 1 of 13');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(caption).toContainText('The Organization object is selected');
    const show = page.locator('[data-slot="show-player"]');
    await expect(show.locator('[data-slot="fit-screen"]')).toHaveAttribute('data-scale', '1');
    /** Whether the pointer, on the control of the action, lies within the part of the screen scrolled into view. */
    const pointerShown = () =>
      show.evaluate((el) => {
        const box = el.querySelector('[data-slot="fit-box"]')!.getBoundingClientRect();
        const p = el.querySelector('[data-slot="practice-pointer"]')!.getBoundingClientRect();
        // Sideways in the screen's box, and up and down in the window (the page scrolls to it).
        return p.left >= box.left && p.left <= box.right && p.top >= 0 && p.top <= window.innerHeight;
      });
    for (let i = 0; i < 2 * 13 - 1; i++) {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      // Pointing at a wide row (the account to add), and at the last action's control: OK, at the far right and
      // bottom of the Properties dialog.
      if (i === 10) await expect.poll(pointerShown).toBe(true);
      if (i === 22) {
        await expect(caption).toContainText('Action 13 of 13: Click OK');
        await expect.poll(pointerShown).toBe(true);
      }
    }
    await expect(caption).toHaveAttribute('data-finished', '');
  });

  test('Test counts the wrong clicks and scores each action and the whole step, across a reload', async ({ page }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Test me');
    await expectNoAxeViolations(await settled(page), 'Test mode');
    // No hint, ever.
    await expect(page.getByTestId('hint-area')).toHaveCount(0);
    for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
      await expectPosition(page, i + 1);
      if (i === 0) {
        await control(page, 'site-node').click();
        await control(page, 'configuration-node').click();
        await expect(page.getByTestId('practice-position')).toContainText('Wrong actions on this one: 2');
      }
      if (i === 4) await control(page, 'remove-button').click();
      if (i === 6) {
        // A reload part-way through (the browser asks first): the test goes on at the same action, and what was
        // done before it counts in the score below.
        page.once('dialog', (d) => void d.accept());
        await page.reload();
        await expectPosition(page, i + 1);
        await expect(page.getByTestId('practice-resumed')).toHaveText(
          'Picked up where you were before the page was reloaded: 6 actions done. This action starts again.',
        );
      }
      await clickable(page, target).click();
    }
    await expect(page.getByTestId('practice-resumed')).toHaveCount(0);
    await expect(page.getByTestId('overall-score')).toHaveText(/Overall score: \d+%/);
    await expect(page.getByTestId('test-summary')).toContainText('Wrong actions: 3 · right first time: 11 of 13');
    // 100 − 2 × 25 on the first action, 100 − 25 on the fifth, 100 elsewhere: (50 + 75 + 11 × 100) / 13 = 94.
    await expect(page.getByTestId('overall-score')).toHaveText('Overall score: 94%');
    const rows = page.getByTestId('test-summary').locator('xpath=..').locator('tbody tr');
    await expect(rows).toHaveCount(13);
    await expect(rows.nth(0).locator('td').nth(2)).toHaveText('2');
    await expect(rows.nth(0).locator('td').nth(4)).toHaveText('50%');
    await expect(rows.nth(4).locator('td').nth(2)).toHaveText('1');
    await expectNoAxeViolations(await settled(page), 'Test results');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^test-q255888-grant-organization-.*\.csv$/);
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8')).toContain('overall');
  });
});

/**
 * Where the practice's parts are on screen, as the learner sees them without scrolling: whether the task bar lies
 * within the window, whether `target` lies entirely below it, whether the program window around it lies entirely
 * below it and within the window (`fits`), its title bar likewise, and that window's title.
 */
function placement(page: Page, target: string) {
  return page.evaluate((t) => {
    const bar = document.querySelector('[data-slot="practice-task"]')!.getBoundingClientRect();
    const el = document.querySelector(`[data-testid="practice-frame"] [data-target="${t}"]`)!;
    const box = el.getBoundingClientRect();
    let win = el.closest('[data-slot="win-window"]');
    while (win?.parentElement?.closest('[data-slot="win-window"]'))
      win = win.parentElement.closest('[data-slot="win-window"]');
    const title = win?.querySelector('[data-slot="win-title-bar"]');
    const titleBox = title?.getBoundingClientRect();
    const winBox = win!.getBoundingClientRect();
    return {
      task: bar.top >= -0.5 && bar.bottom <= innerHeight + 0.5,
      control: box.top >= bar.bottom - 0.5 && box.bottom <= innerHeight + 0.5,
      fits: winBox.top >= bar.bottom - 0.5 && winBox.bottom <= innerHeight + 0.5,
      title: !!titleBox && titleBox.top >= bar.bottom - 0.5 && titleBox.bottom <= innerHeight + 0.5,
      window: title?.textContent ?? '',
    };
  }, target);
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`practice windows below the task bar (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test('Let me try: the task in view, and each window whole below it with the control to use, also below a hint and after Escape; Test me: each window whole too', async ({
      page,
    }) => {
      await toOrganizationStep(page);
      await chooseMode(page, 'Let me try');
      const inView = (i: number, target: string, when = '') =>
        expect
          .poll(
            async () => {
              const p = await placement(page, target);
              return { task: p.task, control: p.control, fits: p.fits };
            },
            {
              message: `Let me try, action ${i + 1} (${target})${when}: the task, the whole window and the control in view`,
              intervals: [50],
            },
          )
          .toEqual({ task: true, control: true, fits: true });
      // Each window is scaled to fit the room below the task bar (never past it), so the Properties and Add Users
      // and Groups dialogs are seen whole, title bar to OK button.
      for (const [i, target] of ORGANIZATION_CLICKS.entries()) {
        await expectPosition(page, i + 1);
        await inView(i, target);
        if (i === 0) {
          // A wrong click (File opens its menu) brings a hint, which makes the task bar taller: the window is drawn
          // smaller, whole below it.
          await clickable(page, 'file-menu').click();
          await expect(page.getByTestId('hint-area')).toContainText('Not that one.');
          await inView(i, target, ' after a wrong click');
          // Scrolled so that the menu bar lies under the task bar, Escape closes the menu and puts the focus back
          // on File, which the browser scrolls into view: the window stays whole.
          await page.evaluate(() => {
            const bar = document.querySelector('[data-slot="practice-task"]')!.getBoundingClientRect();
            const file = document.querySelector('[data-testid="practice-frame"] [data-target="file-menu"]')!;
            window.scrollBy(0, file.getBoundingClientRect().bottom - bar.bottom + 4);
          });
          await page.keyboard.press('Escape');
          await expect(control(page, 'file-menu')).toBeFocused();
          await inView(i, target, ' after Escape');
        }
        await clickable(page, target).click();
      }
      await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 1.');

      // Test me as far as the Properties dialog (action 4), which opens over the main window, and on into Add Users
      // and Groups (action 6): each window whole below the task bar.
      await chooseMode(page, 'Test me');
      const windows = new Set<string>();
      for (const [i, target] of ORGANIZATION_CLICKS.slice(0, 6).entries()) {
        await expectPosition(page, i + 1);
        windows.add((await placement(page, target)).window);
        await expect
          .poll(
            async () => {
              const p = await placement(page, target);
              return { task: p.task, title: p.title, fits: p.fits };
            },
            { message: `Test me, action ${i + 1} (${target}): the task and the whole window in view`, intervals: [50] },
          )
          .toEqual({ task: true, title: true, fits: true });
        if (i < 5) await clickable(page, target).click();
      }
      expect([...windows]).toEqual(['Microsoft Exchange Administrator', 'ACME Properties', 'Add Users and Groups']);
      await expect(page.getByTestId('practice-position')).not.toContainText('Wrong actions');
    });
  });
}

test.describe('a practice screen taller than the window (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the page follows the window when something above it changes size just after it was brought into view', async ({
    page,
  }) => {
    await toOrganizationStep(page);
    // 120 px above the step that go away while the page moves to the practice, as when the step's pictures are
    // scaled again once the practice has taken the page's whole width: the window must still end below the task.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.dataset.testid = 'spacer';
      spacer.style.height = '120px';
      document.querySelector('main')!.prepend(spacer);
      const scrollTo = window.scrollTo;
      window.scrollTo = function (this: Window, ...args: Parameters<Window['scrollTo']>) {
        window.scrollTo = scrollTo;
        setTimeout(() => spacer.remove(), 50);
        return scrollTo.apply(this, args);
      } as Window['scrollTo'];
    });
    await chooseMode(page, 'Test me');
    await expect(page.getByTestId('spacer')).toHaveCount(0);
    await expect
      .poll(async () => {
        const p = await placement(page, ORGANIZATION_CLICKS[0]);
        return { task: p.task, title: p.title, window: p.window };
      })
      .toEqual({ task: true, title: true, window: 'Microsoft Exchange Administrator' });
  });

  test('a hint names what is on screen: after a wrong choice closed the Roles list, its spotlight opens it again, in view', async ({
    page,
  }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    const choose = ORGANIZATION_CLICKS.indexOf('permissions-admin-role');
    for (const [i, target] of ORGANIZATION_CLICKS.slice(0, choose).entries()) {
      await expectPosition(page, i + 1);
      await clickable(page, target).click();
    }
    await expectPosition(page, choose + 1);
    // Two wrong actions: User in the open list (it closes on User), then Cancel.
    await frame(page).getByRole('option', { name: 'User', exact: true }).click();
    await expect(control(page, 'permissions-admin-role')).toHaveCount(0);
    await control(page, 'cancel-button').click();
    await expect(page.getByTestId('hint-area')).toContainText('Highlighted: Permissions Admin in the open Roles list');
    // The list is open again, with Permissions Admin spotlit, below the task bar.
    await expect(control(page, 'permissions-admin-role')).toHaveAttribute('data-highlighted', '');
    await expect.poll(async () => (await placement(page, 'permissions-admin-role')).control).toBe(true);
    await clickable(page, 'permissions-admin-role').click();
    await expectPosition(page, choose + 2);
  });
});

test.describe('a narrow screen (320×640)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Let me try shows the task first, and each new window’s frame scrolls sideways to the control to use', async ({
    page,
  }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    const task = page.getByTestId('practice-task-text');
    await expect(task).toBeFocused();
    await expect(task).toBeInViewport();
    /** Whether the control lies (its start, for a row wider than the frame) within the sideways-scrolling frame. */
    const sideways = (target: string) =>
      page.evaluate((t) => {
        const el = document.querySelector(`[data-testid="practice-frame"] [data-target="${t}"]`)!;
        const port = el.closest('[data-scrolls]')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return box.left >= port.left - 0.5 && Math.min(box.right, box.left + port.width - 16) <= port.right + 0.5;
      }, target);
    for (const [i, target] of ORGANIZATION_CLICKS.slice(0, 8).entries()) {
      await expectPosition(page, i + 1);
      await expect.poll(() => sideways(target), { message: `action ${i + 1} (${target})`, intervals: [50] }).toBe(true);
      await clickable(page, target).click();
    }
  });
});

test.describe('the end of Test me', () => {
  test('offers the next step’s practice, as the end of Let me try does; an action ending in “Add…” has no full stop after it', async ({
    page,
  }) => {
    await open(page, 't/q255888/grant-site?mode=test');
    const giveUp = page.getByRole('button', { name: 'Give up on this action' });
    for (let i = 1; i <= ORGANIZATION_CLICKS.length; i++) {
      await expectPosition(page, i);
      await giveUp.click();
    }
    await expect(page.getByTestId('overall-score')).toHaveText('Overall score: 0%');
    const rows = page.getByTestId('test-summary').locator('xpath=..').locator('tbody tr');
    await expect(rows.nth(4).locator('td').nth(1)).toHaveText('Click Add…');
    const next = page.getByRole('link', {
      name: 'Practise the next step: Grant Permissions Admin on the Configuration object',
    });
    await expect(next).toBeVisible();
    await next.click();
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Configuration object');
    await expect(page.getByTestId('practice-position')).toContainText('Action 1 of 13');
    await expect(page.getByTestId('hint-buttons')).toBeVisible();
  });
});

test.describe('moves done by typing or by choosing several', () => {
  test('Create the account: the New User dialog starts empty; one box typed in is not enough; the next move keeps what was typed', async ({
    page,
  }) => {
    await toFixStep(page, /create a new one/, 'Create a Windows NT account in User Manager for Domains');
    await chooseMode(page, 'Let me try');
    await expectPosition(page, 1, 3);
    const box = (target: string) => control(page, target).locator('input');
    for (const target of ['username', 'full-name', 'description', 'password', 'confirm-password'])
      await expect(box(target)).toHaveValue('');
    await box('username').fill('Bob');
    await expect(box('username')).toHaveValue('Bob');
    await expectPosition(page, 1, 3);
    await box('full-name').pressSequentially('Bob Smith');
    await box('description').pressSequentially('Practice');
    await box('password').pressSequentially('Pa55word');
    await expect(box('password')).toHaveValue('********');
    await box('confirm-password').pressSequentially('Pa55wor');
    await expectPosition(page, 1, 3);
    await box('confirm-password').press('d');
    await expectPosition(page, 2, 3);
    // A key too many in the box that finished the move, then mended: no mistake. The focused box shows the ring.
    await box('confirm-password').press('x');
    await box('confirm-password').press('Backspace');
    await expect(page.getByTestId('hint-area')).not.toContainText('Not that one');
    expect(await control(page, 'confirm-password').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // User Must Change Password… is still selected, and the boxes hold what was typed.
    await expect(control(page, 'must-change').locator('input')).toBeChecked();
    await expect(box('username')).toHaveValue('Bob');
    await control(page, 'must-change').locator('input').click();
    await expectPosition(page, 3, 3);
    await control(page, 'add-button').click();
    await expect(page.getByTestId('try-summary')).toContainText('Wrong actions on the way: 0.');
    await expectNoAxeViolations(await settled(page), 'Let me try finished on the New User dialog');
  });

  test('Migrate again: no account is selected to start with, one is not several, and a third is the learner’s choice until Next >', async ({
    page,
  }) => {
    await toFixStep(
      page,
      /already holds Permissions Admin on all three objects/,
      'Log on as that account and migrate several users again',
    );
    await chooseMode(page, 'Test me');
    await expectPosition(page, 1, 3);
    const options = frame(page).getByRole('option');
    const selected = frame(page).locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveCount(0);
    await options.nth(0).click();
    await expectPosition(page, 1, 3);
    await options.nth(2).click({ modifiers: ['ControlOrMeta'] });
    // Two are several, but the wizard's page stays, with the learner's own two: a third is no mistake.
    await expectPosition(page, 2, 3);
    await expect(selected).toHaveText([/^ANNAB/, /^CARLAM/]);
    await options.nth(1).click({ modifiers: ['ControlOrMeta'] });
    await expect(selected).toHaveCount(3);
    await expectPosition(page, 2, 3);
    await expect(frame(page).getByText('Select Which Accounts You Would Like To Migrate')).toBeVisible();
    // Next > ends the selection: on to Mailbox Resources.
    await control(page, 'next-button').click();
    await expectPosition(page, 3, 3);
    await expect(control(page, 'migrated-mailbox')).toBeVisible();
    await expect(page.getByTestId('practice-position')).not.toContainText('Wrong actions');
  });

  test('Migrate again with the keyboard (1024×768): Space on three accounts stays on the wizard’s page; Enter presses Next >', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page, 't/q255888/fix-log-on?mode=try');
    await expect(control(page, 'accounts-list')).toBeVisible();
    await expect(page.getByTestId('practice-task-text')).toBeFocused();
    for (const key of ['Tab', 'Tab', 'Space', 'ArrowDown', 'Space', 'ArrowDown', 'Space'])
      await page.keyboard.press(key);
    await expect(frame(page).locator('[role="option"][aria-selected="true"]')).toHaveText([
      /^ANNAB/,
      /^BRUNOK/,
      /^CARLAM/,
    ]);
    await expectPosition(page, 2, 3);
    await expect(page.getByTestId('hint-area')).not.toContainText('Not that one');
    await page.keyboard.press('Enter');
    await expectPosition(page, 3, 3);
    await expect(page.getByTestId('hint-area')).not.toContainText('Not that one');
    // Back to the guide of this step (no case), leaving the practice part-way: its bar goes, and focus goes to where
    // the modes are offered again.
    await page.getByTestId('trainer-bar').getByRole('button', { name: 'Guide', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
    await expect(page.getByRole('heading', { name: 'Practise this step without a case' })).toBeFocused();
  });
});

test.describe('the practice on the page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('pressing Let me try puts the focus on the task, in view', async ({ page }) => {
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    await expect(page.getByTestId('practice-task-text')).toBeFocused();
    await expect(page.getByTestId('practice-task-text')).toBeInViewport();
    // Show me likewise: its first control.
    await chooseMode(page, 'Show me');
    await expect(page.locator('[data-slot="show-player"] button').first()).toBeFocused();
    await expect(page.locator(':focus')).toBeInViewport();
  });

  test('the spotlight’s callout and line stay under the task bar when the page scrolls (1024×640)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    await control(page, 'site-node').click();
    await control(page, 'configuration-node').click();
    const callout = frame(page).locator('[data-slot="mockup-callout"]');
    await expect(callout).toBeVisible();
    /**
     * Points of the callout and its line that lie under the task bar, and whether the bar is what shows there (the
     * callout takes no pointer: it is made to for the hit test, which then finds whichever is painted on top).
     */
    const under = () =>
      page.evaluate(() => {
        const bar = document.querySelector('[data-slot="practice-task"]')!;
        const b = bar.getBoundingClientRect();
        const hits: boolean[] = [];
        for (const sel of ['mockup-callout', 'mockup-callout-line']) {
          const el = document.querySelector<HTMLElement>(`[data-testid="practice-frame"] [data-slot="${sel}"]`);
          if (!el) continue;
          el.style.pointerEvents = 'auto';
          const r = el.getBoundingClientRect();
          for (let y = Math.max(r.top, b.top) + 1; y < Math.min(r.bottom, b.bottom); y += 3)
            hits.push(bar.contains(document.elementFromPoint(r.left + r.width / 2, y)));
        }
        return hits;
      });
    // Scroll the callout up under the bar, a little at a time.
    let seen = 0;
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(500, 600);
      await page.mouse.wheel(0, 40);
      await page.waitForTimeout(100);
      const hits = await under();
      seen += hits.length;
      expect(hits.every(Boolean), 'the task bar is on top').toBe(true);
    }
    expect(seen, 'the callout passed under the bar').toBeGreaterThan(0);
  });

  test('forced colours: the title-bar glyphs, the toolbar’s “?” and the progress bar stay visible', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await toOrganizationStep(page);
    await chooseMode(page, 'Let me try');
    await control(page, 'organization-node').click();
    await expectPosition(page, 2);
    const contrast = await page.evaluate(() => {
      const glyphs = [
        ...document.querySelectorAll('[data-testid="practice-frame"] [data-slot="win-title-bar-button"] svg'),
        document.querySelector('[data-testid="practice-frame"] [aria-label="Help"] svg path'),
      ];
      return glyphs.map((g) => {
        const button = g!.closest('button')!;
        return [getComputedStyle(g!).fill, getComputedStyle(button).backgroundColor];
      });
    });
    expect(contrast.length).toBeGreaterThanOrEqual(4);
    for (const [fill, background] of contrast) expect(fill, 'a glyph in the colour of its button').not.toBe(background);
    const progress = page.getByRole('progressbar', { name: 'Practice progress' });
    const style = await progress.evaluate((el) => {
      const cs = getComputedStyle(el);
      return {
        adjust: cs.forcedColorAdjust,
        border: cs.borderTopStyle,
        color: cs.borderTopColor,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(style.adjust).toBe('none');
    expect(style.border).toBe('solid');
    expect(style.color).not.toBe(style.page);
    // The mode chosen (a filled button) is told apart from the others, as its colour does without forced colours.
    const look = (name: string) =>
      page
        .getByRole('group', { name: 'Trainer mode' })
        .getByRole('button', { name, exact: true })
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await look('Let me try')).not.toBe(await look('Test me'));
    // The selected tree item keeps its highlight (in an operable screen its label holds the selection).
    const selected = await control(page, 'organization-node').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { background: cs.backgroundColor, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(selected.background, 'the selected tree item in the highlight colour').not.toBe(selected.page);
    expect(selected.background).not.toBe('rgba(0, 0, 0, 0)');
    // (No axe scan here: emulated forced colours leave the page's declared colours, which axe would measure.)
  });
});

// Presenter mode, its audience window and the decision map: e2e/presenter.spec.ts, e2e/audience.spec.ts, e2e/map.spec.ts.
