import { type Locator, type Page, expect, test } from '@playwright/test';

import { expectNoAxeViolations, heading, open } from './support.ts';

/**
 * The audience window on a projector: it fills the window, shows one thing
 * per view, follows the presenter (slide, action, mode, scroll, blank) and
 * draws every screen within the window, large enough to read from the back
 * of the room at 1920×1080, and a long instruction never squeezes its
 * picture unreadable at 1024×768 or 1280×720.
 */

/** The article's path shows this many screen pictures in the audience window, one action at a time. */
const SCREENS_ON_THE_ARTICLE_PATH = 20;

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

/**
 * How often the polls here look again. The audience window follows the presenter within a frame or two, and
 * Playwright's default (100 ms, then 250, 500 and 1000) waited longer than that at almost every one of the deck's
 * positions.
 */
const POLL = [16, 16, 32, 64, 100];

/** Where the presenter is (slide and action) and where the audience window is. */
const presenterAt = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('article[data-slide]')?.getAttribute('data-slide');
    const current = document.querySelector('[data-testid="slide-actions"] [aria-current="step"]');
    const action = current
      ? [...current.closest('ol')!.querySelectorAll('button')].indexOf(current as HTMLButtonElement) + 1
      : 0;
    return `${slide}#${action}`;
  });
const audienceAt = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('article[data-slide]')?.getAttribute('data-slide');
    const kicker = document.querySelector('[data-testid="audience-kicker"]')?.textContent ?? '';
    const action = /action (\d+) of/.exec(kicker)?.[1] ?? '0';
    return `${slide}#${action}`;
  });

/** Every drawn screen: inside the window and inside its own box; the smallest text drawn in it, in CSS px. */
const measureScreens = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    let smallest = Infinity;
    const screens = [...document.querySelectorAll<HTMLElement>('[data-slot="practice-screen"]')];
    for (const el of screens) {
      const r = el.getBoundingClientRect();
      const box = el.closest('[data-testid="audience-screen-box"]')!.getBoundingClientRect();
      const name = el.firstElementChild?.getAttribute('data-screen') ?? 'screen';
      if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
        problems.push(
          `${name} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} leaves the ${innerWidth}×${innerHeight} window`,
        );
      }
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5)
        problems.push(`${name} leaves its box`);
      // The spotlight's callout stands in the free strip above or below the window, never over its title bar.
      const callout = el.closest('[data-slot="mockup-stage"]')?.querySelector('[data-slot="mockup-callout"]');
      if (callout && !callout.classList.contains('invisible')) {
        const c = callout.getBoundingClientRect();
        const over = callout.getAttribute('data-placement') === 'top' ? c.bottom - r.top : r.bottom - c.top;
        if (over > 0.5) problems.push(`${name}: the callout lies ${Math.round(over)} px over the window`);
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!n.textContent?.trim() || !parent || parent.closest('[aria-hidden="true"]')) continue;
        // Drawn screens are scaled by a CSS transform (fit-screen.tsx), whose scale the box names.
        const scale = Number(parent.closest('[data-slot="fit-screen"]')?.getAttribute('data-scale') ?? 1);
        const px =
          parseFloat(getComputedStyle(parent).fontSize) *
          (parent as HTMLElement & { currentCSSZoom: number }).currentCSSZoom *
          scale;
        smallest = Math.min(smallest, px);
      }
    }
    // The slide's heading as drawn (its type size times the zoom the words are drawn at in a larger window).
    const h1 = document.querySelector<HTMLElement & { currentCSSZoom: number }>('main h1');
    const words = h1 ? parseFloat(getComputedStyle(h1).fontSize) * h1.currentCSSZoom : 0;
    // The callout's type size (it grows with the picture, by half at most), or 0 without one.
    const shown = document.querySelector('[data-slot="mockup-callout"]:not(.invisible)');
    const callout = shown ? parseFloat(getComputedStyle(shown).fontSize) : 0;
    return { count: screens.length, problems, smallest, words, callout };
  });

/**
 * The screens measured once they have settled: a new screen is drawn first and scaled to the window right after
 * (FitScreen measures it), so a measurement in between saw it too large on a busy machine. Fails if it never fits.
 */
async function settledScreens(page: Page, at: string): Promise<Awaited<ReturnType<typeof measureScreens>>> {
  let m = await measureScreens(page);
  await expect
    .poll(async () => (m = await measureScreens(page)).problems, {
      message: `screens within the window on ${at}`,
      intervals: POLL,
    })
    .toEqual([]);
  return m;
}

/**
 * Resolves once the words are drawn for the window's new size and every drawn screen has been scaled for its box as
 * the box is now: after the window changes size, the box is measured again, its scale worked out (`data-fit-for`
 * names the size it was worked out for) and the drawing scaled by it.
 */
const fittedToWindow = (page: Page) =>
  expect
    .poll(
      () =>
        page.evaluate(() => {
          // The words are drawn at the window's size against 1024×768 (wordScale in audience-view.tsx) once the
          // window's resize has reached the page, times the scale a slide's long words are fitted at (wordFits).
          const h1 = document.querySelector<HTMLElement & { currentCSSZoom: number }>('main h1');
          const fit = document.querySelector<HTMLElement>('[data-testid="audience-words-box"]')?.dataset.wordFit;
          const words =
            Math.max(1, Math.floor(Math.min(innerWidth / 1024, innerHeight / 768) * 100) / 100) *
            Number(fit?.split('/')[2] ?? 1);
          if (h1 && Math.abs(h1.currentCSSZoom - words) > 0.001) return false;
          return [...document.querySelectorAll<HTMLElement>('[data-testid="audience-screen-box"]')].every((box) => {
            const r = box.getBoundingClientRect();
            const fit = box.querySelector('[data-slot="fit-screen"]');
            return (
              box.dataset.fitFor === `${Math.floor(r.width)}x${Math.floor(r.height)}` &&
              (!fit || Math.abs(Number(fit.getAttribute('data-scale')) - Number(box.dataset.scale)) < 0.002)
            );
          });
        }),
      { message: 'words and screens drawn for the new window size', intervals: POLL },
    )
    .toBe(true);

/**
 * Whether the audience's picture is zoomed in on `target`: the control and its callout whole in the box, the
 * control drawn at least 1.5 times `fitted`, its height unzoomed (the zoom's glide done).
 */
function zoomedIn(box: Locator, target: string, fitted: number): Promise<boolean> {
  return box.evaluate(
    (el, [name, h]) => {
      const b = el.getBoundingClientRect();
      const inside = (r: DOMRect | undefined) =>
        !!r && r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
      const t = el.querySelector(`[data-target="${name}"]`)?.getBoundingClientRect();
      const callout = el.querySelector('[data-slot="mockup-callout"]')?.getBoundingClientRect();
      return inside(t) && inside(callout) && t!.height >= 1.5 * (h as number);
    },
    [target, fitted] as const,
  );
}

/** The projectors' windows the audience window is measured at, at every position of the deck. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * The audience window at each size in turn, measured once it has settled there: every drawn screen within the
 * window and its box, no scrolling, at 1920×1080 text of at least 18 px, and the words drawn larger there than at
 * 1024×768 (a 1920×1080 picture on the same wall would otherwise show them at little more than half the size). The sizes are taken in alternating
 * order, so the window starts each position at the size it ended the last one with. Returns how many screens were
 * drawn (the same at every size).
 */
async function screensAtEverySize(audience: Page, at: string, position: number): Promise<number> {
  const sizes = position % 2 ? [...SIZES].reverse() : SIZES;
  const counts = new Set<number>();
  const words = new Map<number, number>();
  for (const size of sizes) {
    const now = audience.viewportSize();
    if (now?.width !== size.width || now.height !== size.height) {
      await audience.setViewportSize(size);
      await fittedToWindow(audience);
    }
    const where = `${at} at ${size.width}×${size.height}`;
    const m = await settledScreens(audience, where);
    counts.add(m.count);
    words.set(size.width, m.words);
    if (m.count) {
      expect(m.smallest, `text measured on ${where}`).toBeLessThan(60);
      if (size.width === 1920) expect(m.smallest, `smallest text on ${where}`).toBeGreaterThanOrEqual(18);
      if (size.width === 1920 && m.callout) expect(m.callout, `the callout on ${where}`).toBeGreaterThanOrEqual(16);
    }
    // The window never scrolls: one thing per view.
    expect(await audience.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), where).toBe(true);
  }
  expect(counts.size, `${at}: as many screens at every size`).toBe(1);
  expect(words.get(1024), `${at}: a heading`).toBeGreaterThan(0);
  expect(words.get(1366), `${at}: the heading at 1366×768 as at 1024×768`).toBe(words.get(1024));
  expect(
    words.get(1920)! / words.get(1024)!,
    `${at}: the heading at 1920×1080 against 1024×768`,
  ).toBeGreaterThanOrEqual(1.35);
  return [...counts][0]!;
}

test.describe('audience window at 1024×768, 1366×768 and 1920×1080', () => {
  test.use({ viewport: SIZES[0] });

  // One walk of the deck, the audience window measured at the three sizes at each position (as a window dragged to
  // another projector would be): the presenter's moves are done once, not once per size.
  test('every drawn screen of the deck lies within the window at each size, one action at a time, its text at least 18 px and its words larger at 1920×1080', async ({
    page,
    context,
  }) => {
    test.slow();
    await open(page, 'present/q255888?node=app-log-event');
    await expect(heading(page)).toHaveText('Application log event');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    await expect(heading(audience)).toHaveText('Application log event');
    // Pressed again, the button brings back the same window, never a second one.
    await Promise.all([
      audience.waitForEvent('load'),
      page.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    await expect(heading(audience)).toHaveText('Application log event');
    expect(context.pages()).toHaveLength(2);
    await page.bringToFront();

    let screens = 0;
    let position = 0;
    for (let press = 0; press < 60; press++) {
      const at = await presenterAt(page);
      await expect.poll(() => audienceAt(audience), { message: `audience follows to ${at}`, intervals: POLL }).toBe(at);
      // A step's action without a picture shows none; any other picture must be drawn before it is measured.
      const expectsScreen = await page.evaluate(() => {
        const figure = document.querySelector('article [data-slot="mockup-figure"]');
        return figure !== null;
      });
      if (expectsScreen) await expect(audience.locator('[data-slot="practice-screen"]')).toHaveCount(1);
      if (await screensAtEverySize(audience, at, position++)) screens++;
      if (at.startsWith('resolved')) break;
      await page.keyboard.press('PageDown');
      await expect.poll(() => presenterAt(page), { intervals: POLL }).not.toBe(at);
    }
    // Two questions' pictures (the event, the account's role), three grants of five actions, the Tools > Options
    // slide, and the pictures of the last step.
    expect(screens).toBe(SCREENS_ON_THE_ARTICLE_PATH);

    // Show me and Let me try: the same checks on the demonstration and the learner's screen, stepped by hand. The
    // presenter asks for reduced motion, so Show starts still: playing, it could move on before a Pause click
    // landed on a busy machine, and the steps below would be off by one (Play and Pause: presenter.spec.ts).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'present/q255888?node=grant-organization&mode=show');
    await expect(page.getByTestId('show-caption')).toContainText('Action 1 of 13');
    for (let step = 0; step < 26; step++) {
      await expect(audience.getByTestId('audience-kicker')).toContainText(`action ${Math.floor(step / 2) + 1} of 13`);
      await expect(audience.locator('[data-slot="practice-screen"]')).toHaveCount(1);
      expect(await screensAtEverySize(audience, `show ${step}`, position++)).toBe(1);
      if (step < 25) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.keyboard.press('t');
    await expect(audience.getByTestId('audience-kicker')).toContainText('Let me try · action 1 of 13');
    expect(await screensAtEverySize(audience, 'Let me try', position++)).toBe(1);
    // A wrong action by the learner at the presenter's screen: the room sees it, and the hint it brings.
    await page.getByTestId('practice-frame').locator('[data-target="site-node"]').click();
    await expect(page.getByTestId('hint-area')).toContainText('Not that one.');
    await expect(audience.getByTestId('audience-caption')).toContainText('Not that one.');
    await expect(audience.getByTestId('audience-hint')).toContainText('Hint: Click the Organization object');
    // The room sees what the learner's click did on the screen too: the Site object selected, as on the presenter's.
    // The selection is on the tree item: the label in the learner's operable screen, the li in the room's picture.
    const selectedIn = (p: Page, where: string) =>
      p
        .getByTestId(where)
        .locator(
          '[data-slot="win-tree-item-label"][aria-selected="true"], [role="treeitem"][aria-selected="true"] > [data-slot="win-tree-row"] [data-target]',
        );
    await expect(selectedIn(page, 'practice-frame')).toHaveAttribute('data-target', 'site-node');
    await expect(selectedIn(audience, 'audience-mirror')).toHaveAttribute('data-target', 'site-node');
  });
});

test.describe('audience window', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('follows the presenter’s slide, mode, scroll and blanking; keys pressed in it reach the presenter; axe passes', async ({
    page,
    context,
  }) => {
    await open(page, 'present/q255888?node=which-event&pick=app-log-event.other-event');
    await expect(heading(page)).toHaveText('Which migration error');
    const audience = await context.newPage();
    await open(audience, 'present/q255888?audience');
    await expect(heading(audience)).toHaveText('Which migration error');
    await expect(audience.getByTestId('speaker-notes')).toHaveCount(0);
    await expectNoAxeViolations(await settled(audience), 'audience, question');

    // Twelve answers fit at 1024×768, in two columns: every one in view, nothing to scroll.
    const scroll = audience.getByTestId('audience-scroll');
    await expect(audience.locator('article li')).toHaveCount(12);
    await expect(audience.getByTestId('audience-words-box')).toHaveAttribute('data-word-fit', /^\/2\//);
    await expect(audience.locator('article li').last()).toBeInViewport({ ratio: 1 });
    expect(await scroll.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    // In a window too short even for that, the words scroll with the presenter.
    await audience.setViewportSize({ width: 1024, height: 420 });
    await expect.poll(() => scroll.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
    expect(await scroll.evaluate((el) => el.scrollTop)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(audience.locator('li').last()).toBeInViewport();
    await audience.setViewportSize({ width: 1024, height: 768 });
    // The answer the deck follows by default is not shown to the room; the one the presenter chooses (the class's) is.
    await expect(audience.locator('[data-taken]')).toHaveCount(0);
    await page.getByTestId('slide-answers').getByRole('button', { pressed: true }).click();
    await expect(audience.locator('[data-taken]')).toHaveCount(1);

    // Blank and back: the whole window goes black, its header bar and Full screen button included.
    await expect(audience.getByText(/KB Q255888 · slide \d+ of \d+/)).toBeVisible();
    await page.keyboard.press('b');
    await expect(audience.getByTestId('audience-blank')).toBeVisible();
    // The presenter's page is scrolled down: its notice stays in sight, on top of the page, and what takes the focus
    // is scrolled clear of it.
    await expect(page.getByTestId('blank-banner')).toBeInViewport({ ratio: 1 });
    expect(
      await page.getByTestId('blank-banner').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
      'the notice is not covered',
    ).toBe(true);
    await expect
      .poll(() => page.evaluate(() => parseFloat(document.documentElement.style.scrollPaddingBottom)))
      .toBeGreaterThan(40);
    await expect(audience.getByText(/KB Q255888 · slide/)).toHaveCount(0);
    await expect(audience.getByRole('button')).toHaveCount(0);
    expect(await audience.getByTestId('audience-blank').boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 768,
    });
    const lit = await audience.evaluate(
      () =>
        [...document.querySelectorAll('body *')].filter((el) => {
          const r = el.getBoundingClientRect();
          const bg = getComputedStyle(el).backgroundColor;
          return r.width > 0 && r.height > 0 && !/^rgba?\(0, 0, 0(, 1)?\)$|rgba\(0, 0, 0, 0\)/.test(bg);
        }).length,
    );
    expect(lit, 'no element with a colour other than black').toBe(0);
    await expectNoAxeViolations(await settled(audience), 'audience, blank');
    await page.keyboard.press('.');
    await expect(audience.getByTestId('audience-blank')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
    await expect(audience.getByText(/KB Q255888 · slide \d+ of \d+/)).toBeVisible();

    // A clicker aimed at the audience window drives the presenter.
    await audience.bringToFront();
    await audience.keyboard.press('PageDown');
    await expect(heading(page)).not.toHaveText('Which migration error');
    const moved = await heading(page).textContent();
    await expect(heading(audience)).toHaveText(moved!);

    // A fix step: the audience shows the action the presenter is on, and its demonstration.
    await page.bringToFront();
    await open(page, 'present/q255888?node=grant-configuration');
    await expect(audience.getByTestId('audience-kicker')).toHaveText('Fix step · action 1 of 5');
    await page.getByTestId('slide-actions').getByRole('button').nth(3).click();
    await expect(audience.getByTestId('audience-kicker')).toHaveText('Fix step · action 4 of 5');
    await expect(audience.getByTestId('audience-caption')).toContainText('Permissions Admin');
    await expectNoAxeViolations(await settled(audience), 'audience, fix step');
    await page.keyboard.press('s');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(audience.getByTestId('audience-caption')).toContainText('Open the File menu');
    await expectNoAxeViolations(await settled(audience), 'audience, show');
    // On to the last action's result (the clicker: each press one visible change): the audience shows what the
    // presenter shows, the dialog closed by its OK, not the dialog with the pointer still on OK.
    const caption = page.getByTestId('show-caption');
    for (let i = 0; i < 23; i++) {
      const before = await caption.textContent();
      await page.keyboard.press('PageDown');
      await expect(caption).not.toHaveText(before!);
    }
    await expect(audience.getByTestId('audience-kicker')).toContainText('action 13 of 13');
    await expect(audience.getByTestId('audience-caption')).toContainText('the dialog closes');
    await expect(page.locator('[data-slot="show-player"] [data-target="ok-button"]')).toHaveCount(0);
    // Nor is the pointer left where OK was.
    await expect(page.locator('[data-slot="show-player"] [data-slot="practice-pointer"]')).toHaveCount(0);
    await expect(audience.getByTestId('audience-mirror').locator('[data-target="ok-button"]')).toHaveCount(0);
    await page.keyboard.press('e');
    await expect(audience.getByTestId('audience-kicker')).toContainText('Test me · action 1 of 13');
    await page.getByTestId('practice-frame').locator('[data-target="configuration-node"]').click();
    await expect(audience.getByTestId('audience-kicker')).toContainText('Test me · action 2 of 13');
    await expectNoAxeViolations(await settled(audience), 'audience, test');

    // Its own full-screen button, which goes once the window is full screen (Esc or F leaves it).
    const full = audience.getByRole('button', { name: 'Full screen' });
    await audience.bringToFront();
    await full.click();
    await expect
      .poll(async () =>
        (await audience.evaluate(() => document.fullscreenElement !== null))
          ? (await full.count()) === 0
          : (await audience.getByRole('status').first().textContent())!.includes('did not allow'),
      )
      .toBe(true);
    if (await audience.evaluate(() => document.fullscreenElement !== null)) {
      await audience.keyboard.press('f');
      await expect(full).toBeVisible();
    }

    // A second audience window opened later catches up straight away.
    const late = await context.newPage();
    await open(late, 'present/q255888?audience');
    await expect(late.getByTestId('audience-kicker')).toContainText('Test me · action 2 of 13');
  });
});

test.describe('audience window with a clicker on a fix step', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('→ walks the actions of a fix step on the audience screen as Page Down does, from either window; a reload of the presenter resumes at the action', async ({
    page,
    context,
  }) => {
    await open(page, 'present/q255888?node=grant-organization');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Organization object');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    const kicker = audience.getByTestId('audience-kicker');
    await expect(kicker).toHaveText('Fix step · action 1 of 5');
    await page.bringToFront();
    // Action 2 opens the Properties dialog: the tip for a missing Permissions tab comes right after it (story order),
    // then the step goes on at action 3.
    for (const i of [2, 0, 3]) {
      await page.keyboard.press('ArrowRight');
      if (!i) {
        await expect(heading(audience)).toHaveText('No Permissions tab, or no Rights list?');
        await expect(page.getByTestId('slide-position')).toHaveText('Slide 12 of 20');
        continue;
      }
      await expect(kicker).toHaveText(`Fix step · action ${i} of 5`);
      await expect(heading(audience)).toHaveText('Grant Permissions Admin on the Organization object');
    }
    await expect(page.getByTestId('slide-position')).toHaveText('Slide 13 of 20');
    await expect(audience.getByText('KB Q255888 · slide 13 of 20')).toBeVisible();
    // Z: a 1024×768 projector draws the dialog at its own size (11 px words), so the picture is zoomed in on the
    // spotlit control, which stays whole in the box with its callout, at least 1.5 times as large.
    const box = audience.getByTestId('audience-screen-box');
    const addButton = box.locator('[data-target="add-button"]');
    const fitted = await addButton.evaluate((el) => el.getBoundingClientRect().height);
    await page.keyboard.press('z');
    await expect(page.getByRole('button', { name: 'Show the audience the whole screen picture' })).toBeVisible();
    await expect(box).toHaveAttribute('data-zoom', /.+/);
    await expect.poll(() => zoomedIn(box, 'add-button', fitted), { intervals: POLL }).toBe(true);
    // A clicker's F5 on slide 13 (the step's part after its tip), action 3: the presenter comes back to action 3, and
    // so does the audience, zoomed.
    await page.reload();
    await expect(page.getByTestId('slide-position')).toHaveText('Slide 13 of 20');
    await expect(page.getByTestId('slide-actions').locator('[aria-current="step"]')).toContainText('3. ');
    await expect(kicker).toHaveText('Fix step · action 3 of 5');
    await expect.poll(() => zoomedIn(box, 'add-button', fitted), { intervals: POLL }).toBe(true);
    // Show me's pointer, zoomed in: its tip on each control it goes to, measured while zoomed (the pointer and the
    // callout are placed in the picture's own px, whatever its zoom). Z again: the whole picture.
    await page.keyboard.press('s');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    for (const [i, target] of ['organization-node', 'file-menu', 'properties-command'].entries()) {
      await expect(kicker).toContainText(`Show me · action ${i + 1} of 13`);
      await expect
        .poll(
          () =>
            box.evaluate((el, name) => {
              const tip = el.querySelector('[data-slot="practice-pointer"] svg')?.getBoundingClientRect();
              const t = el.querySelector(`[data-target="${name}"]`)?.getBoundingClientRect();
              return (
                !!tip && !!t && tip.left >= t.left && tip.left <= t.right && tip.top >= t.top && tip.top <= t.bottom
              );
            }, target),
          { message: target, intervals: POLL },
        )
        .toBe(true);
      await expect.poll(() => zoomedIn(box, target, 0), { message: target, intervals: POLL }).toBe(true);
      // Each Next one change: this action's result (the zoom held there, though Properties opens a dialog whose
      // words would be 11 px again), then the next action.
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(audience.getByTestId('audience-caption')).toContainText(
        ['The Organization object is selected', 'The File menu drops down', 'Properties dialog opens'][i]!,
      );
      await expect(box).toHaveAttribute('data-zoom', /.+/);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await expect(box).toHaveAttribute('data-zoom', /.+/);
    await page.keyboard.press('z');
    await expect(box).not.toHaveAttribute('data-zoom');
    await page.keyboard.press('g');
    await expect(kicker).toHaveText('Fix step · action 3 of 5');
    // The clicker aimed at the audience window: → and ← there too.
    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await expect(kicker).toHaveText('Fix step · action 4 of 5');
    await audience.keyboard.press('ArrowLeft');
    await expect(kicker).toHaveText('Fix step · action 3 of 5');
    for (const i of [4, 5]) {
      await audience.keyboard.press('ArrowRight');
      await expect(kicker).toHaveText(`Fix step · action ${i} of 5`);
    }
    // Only after the last action does → show the next slide: the next step (its tip came after action 2).
    await audience.keyboard.press('ArrowRight');
    await expect(heading(audience)).toHaveText('Grant Permissions Admin on the Site object');
    await expect(heading(page)).toHaveText('Grant Permissions Admin on the Site object');
  });

  test('the title slide opens the deck, and a question shows its screen picture beside its answers; axe passes', async ({
    page,
    context,
  }) => {
    await open(page, 'present/q255888');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    await expect(heading(audience)).toHaveText('XFOR: Migration from MS Mail to Exchange Server Does Not Work');
    await expect(audience.locator('article')).toContainText('KB Q255888');
    await expect(audience.getByTestId('title-symptom')).toContainText(
      'creates the accounts and mailboxes in Exchange Server 5.0 or 5.5, but their messages may not be migrated',
    );
    await expectNoAxeViolations(await settled(audience), 'audience, title');
    for (const [node, title] of [
      ['app-log-event', 'Application log event'],
      ['logged-on-role', 'Role of the logged-on account'],
    ] as const) {
      await open(page, `present/q255888?node=${node}`);
      await expect(heading(audience)).toHaveText(title);
      await expect(audience.locator('figure [data-slot="practice-screen"]')).toHaveCount(1);
      const m = await settledScreens(audience, node);
      expect(m.smallest, node).toBeGreaterThanOrEqual(9);
      // Every answer is in view beside the picture; nothing scrolls sideways.
      await expect(audience.locator('article li').last()).toBeInViewport();
      expect(await audience.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await expectNoAxeViolations(await settled(audience), `audience, ${node}`);
    }
  });
});

test.describe('a question with many long answers beside its picture', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('shows every answer whole at 1024×768, 1280×720 and 1920×1080 (nothing cut, nothing scrolls), the picture beside them', async ({
    page,
    context,
  }) => {
    await open(page, 'present/q186742?node=app-log-event');
    await expect(heading(page)).toHaveText('Application log event');
    const audience = await context.newPage();
    await open(audience, 'present/q186742?audience');
    await expect(heading(audience)).toHaveText('Application log event');
    const answers = audience.locator('article li');
    await expect(answers).toHaveCount(9);
    // With the class's answer marked too (the longest one here): marking it must not set the slide smaller.
    await page
      .getByTestId('slide-answers')
      .getByRole('button', { name: /Event ID 283/ })
      .click();
    await expect(audience.locator('[data-taken]')).toContainText('Event ID 283');
    // In forced colours too it stands out: drawn in the system's highlight colours, as a selected item is.
    await audience.emulateMedia({ forcedColors: 'active' });
    const [taken, page_] = await audience
      .locator('[data-taken]')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    expect(taken, 'the chosen answer in the highlight colour').not.toBe(page_);
    await audience.emulateMedia({ forcedColors: 'none' });
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const at = `${size.width}×${size.height}`;
      await audience.setViewportSize(size);
      await fittedToWindow(audience);
      await expect
        .poll(() => answers.last().evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight), {
          message: `the last answer in view at ${at}`,
          intervals: POLL,
        })
        .toBe(true);
      for (const answer of await answers.all()) await expect(answer, at).toBeInViewport({ ratio: 1 });
      const scroll = audience.getByTestId('audience-scroll');
      expect(await scroll.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), at).toBe(true);
      // Still legible: the answers at 16 px or more (larger in a larger window), beside the picture.
      const px = await answers
        .first()
        .evaluate(
          (el) =>
            parseFloat(getComputedStyle(el).fontSize) * (el as HTMLElement & { currentCSSZoom: number }).currentCSSZoom,
        );
      expect(px, at).toBeGreaterThanOrEqual(size.width === 1920 ? 22 : 16);
      const m = await settledScreens(audience, `app-log-event at ${at}`);
      expect(m.count, at).toBe(1);
      expect(await audience.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), at).toBe(true);
    }
    await expectNoAxeViolations(await settled(audience), 'audience, many answers');
  });
});

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
] as const) {
  test.describe(`a long instruction in the audience window at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('leaves the picture its room: drawn at least 0.9 of its size, its text at least 10 px, the words at least 18 px', async ({
      page,
      context,
    }) => {
      await open(page, 'present/q255888?node=fix-log-on');
      const [audience] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: 'Open audience window' }).click(),
      ]);
      await expect(heading(audience)).toHaveText(/^Log on as that account/);
      await page.bringToFront();
      for (const n of [3, 5]) {
        await page
          .getByTestId('slide-actions')
          .getByRole('button')
          .nth(n - 1)
          .click();
        await expect(audience.getByTestId('audience-kicker')).toContainText(`action ${n} of`);
        await expect(audience.locator('[data-slot="practice-screen"]')).toHaveCount(1);
        const m = await settledScreens(audience, `action ${n}`);
        expect(m.count).toBe(1);
        const scale = Number(await audience.getByTestId('audience-screen-box').getAttribute('data-scale'));
        expect(scale, `scale of action ${n}`).toBeGreaterThanOrEqual(0.9);
        expect(m.smallest, `smallest text of action ${n}`).toBeGreaterThanOrEqual(10);
        const words = await audience
          .getByTestId('audience-caption')
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(words, `the instruction of action ${n}`).toBeGreaterThanOrEqual(18);
        expect(await audience.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        expect(await audience.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
      }
      await expectNoAxeViolations(await settled(audience), `audience, long instruction at ${width}×${height}`);
    });
  });
}

test.describe('what the presenter reads out, the room sees', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a step’s warning on the presenter’s slide and with its first action on the audience screen; a result’s next checks too', async ({
    page,
    context,
  }) => {
    await open(page, 'present/q186742?node=fix-check-directory-name');
    await expect(page.getByTestId('slide-warning')).toContainText('Warning: raw mode');
    const audience = await context.newPage();
    await open(audience, 'present/q186742?audience');
    await expect(heading(audience)).toHaveText(/raw mode$/);
    const warning = audience.getByTestId('audience-warning');
    await expect(warning).toContainText('You use raw mode at your own risk.');
    // The warning and the first action both whole in a 1024×768 window.
    await expect(warning).toBeInViewport({ ratio: 1 });
    await expect(audience.getByTestId('audience-caption')).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(await settled(audience), 'audience, a step’s warning');
    await page.keyboard.press('PageDown');
    await expect(audience.getByTestId('audience-kicker')).toContainText('action 2 of');
    await expect(warning).toHaveCount(0);

    await open(page, 'present/q186742?node=cause-283-existing-recipient');
    await expect(heading(audience)).toHaveText(/^Event 283/);
    const checks = audience.getByTestId('audience-next-checks').getByRole('listitem');
    await expect(checks).toHaveCount(5);
    await expect(checks.first()).toContainText('Rights first');
    await expect(checks.last()).toBeInViewport({ ratio: 1 });
  });
});
