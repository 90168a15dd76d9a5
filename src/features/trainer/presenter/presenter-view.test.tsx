/**
 * Presenter mode's keys against React's timing: a slide is drawn first and its effects run later, and a clicker
 * can be pressed in between.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import presenter from '@/content/presenter/q255888';

import { PresentPage } from './present-page';

const flow = FLOWS.find((f) => f.id === 'q255888')!;

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const position = () => screen.getByTestId('slide-position').textContent ?? '';
/** The fix step's action on the audience screen ("3. "). */
const current = () =>
  screen.getByTestId('slide-actions').querySelector('[aria-current="step"]')?.textContent?.slice(0, 3) ?? '';

// The keys are pressed as a browser would, outside React's act(): this test is about what happens between a
// slide being drawn and its effects running, which act() would close up.
const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
let scrollTo: { mockRestore: () => void } | undefined;
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  scrollTo?.mockRestore();
});
afterEach(() => cleanup());

describe('presenter keys', () => {
  it('a key pressed the moment the next slide is drawn moves on from that slide (no press is lost)', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888'],
    });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(position()).toMatch(/^Slide 1 of \d+$/));

    // Press N; as soon as "Slide 2" is in the page (a mutation, before React's passive effects run), press N again.
    let pressedOnDraw = false;
    const observer = new MutationObserver(() => {
      if (!pressedOnDraw && position().startsWith('Slide 2 ')) {
        pressedOnDraw = true;
        press('n');
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    press('n');
    await waitFor(() => expect(pressedOnDraw).toBe(true));
    observer.disconnect();
    await waitFor(() => expect(position()).toMatch(/^Slide 3 of \d+$/));
  });

  it('presses in quick succession each count, before any of their slides is drawn (a clicker pressed four times)', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888'],
    });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(position()).toMatch(/^Slide 1 of \d+$/));
    // Four presses in one task: React draws nothing between them.
    for (let i = 0; i < 4; i++) press('PageDown');
    await waitFor(() => expect(position()).toMatch(/^Slide 5 of \d+$/));
    for (let i = 0; i < 3; i++) press('PageUp');
    await waitFor(() => expect(position()).toMatch(/^Slide 2 of \d+$/));
    // Into a fix step and through its actions: each press is one action, then the next slide.
    router.navigate('/present/q255888?node=grant-organization&action=2');
    await waitFor(() => expect(current()).toBe('2. '));
    for (let i = 0; i < 2; i++) press('ArrowRight');
    await waitFor(() => expect(current()).toBe('4. '));
    const slide = position();
    for (let i = 0; i < 3; i++) press('ArrowRight');
    await waitFor(() => expect(position()).not.toBe(slide));
    // Action 5, then the next step (Site) at its action 1, then its action 2.
    expect(Number(position().split(' ')[1])).toBe(Number(slide.split(' ')[1]) + 1);
    await waitFor(() => expect(current()).toBe('2. '));
  });
});

describe('presenter keys on a fix step', () => {
  it('→ and ← walk the actions as Page Down and Page Up do, and the action is kept in the address', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888?node=grant-organization&action=3'],
    });
    render(<RouterProvider router={router} />);
    // Opened (or reloaded) on action 3: it resumes there.
    await waitFor(() => expect(current()).toBe('3. '));
    press('ArrowRight');
    await waitFor(() => expect(current()).toBe('4. '));
    expect(new URLSearchParams(router.state.location.search).get('action')).toBe('4');
    press('PageDown');
    await waitFor(() => expect(current()).toBe('5. '));
    press('ArrowLeft');
    await waitFor(() => expect(current()).toBe('4. '));
    press('PageUp');
    await waitFor(() => expect(current()).toBe('3. '));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Grant Permissions Admin on the Organization object',
    );
    // Past the last action, → moves on to the next slide, and ← comes back in at the last action.
    for (const n of ['4. ', '5. ']) {
      press('ArrowRight');
      await waitFor(() => expect(current()).toBe(n));
    }
    press('ArrowRight');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('node')).toBe('grant-site'));
    expect(new URLSearchParams(router.state.location.search).get('action')).toBeNull();
    await waitFor(() => expect(current()).toBe('1. '));
    press('ArrowLeft');
    await waitFor(() => expect(current()).toBe('5. '));
    expect(new URLSearchParams(router.state.location.search).get('action')).toBe('5');
  });
});

describe('a tip slide in the story’s order', () => {
  it('comes right after the action it belongs to: the step’s slide goes on after it, and a reload resumes on either part', async () => {
    const routes = [{ path: '/present/:flowId', element: <PresentPage flow={flow} presenter={presenter} /> }];
    const router = createMemoryRouter(routes, {
      initialEntries: ['/present/q255888?node=grant-organization&action=2'],
    });
    render(<RouterProvider router={router} />);
    const q = () => new URLSearchParams(router.state.location.search);
    const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
    await waitFor(() => expect(current()).toBe('2. '));
    const part = position();
    // Action 2 opens the Properties dialog: the tip about a missing Permissions tab comes next, not after action 5.
    press('ArrowRight');
    await waitFor(() => expect(heading()).toBe('No Permissions tab, or no Rights list?'));
    expect(q().get('node')).toBe('grant-organization~tip-0');
    press('PageDown');
    await waitFor(() => expect(current()).toBe('3. '));
    expect(heading()).toBe('Grant Permissions Admin on the Organization object');
    expect([q().get('node'), q().get('action')]).toEqual(['grant-organization', '3']);
    expect(Number(position().split(' ')[1])).toBe(Number(part.split(' ')[1]) + 2);
    const continued = position();
    // The outline names the step's second part as such.
    expect(screen.getByTestId('deck-outline').textContent).toContain(
      'Grant Permissions Admin on the Organization object (continued)',
    );
    // Back: the tip, then the first part at its last action.
    press('ArrowLeft');
    await waitFor(() => expect(heading()).toBe('No Permissions tab, or no Rights list?'));
    press('ArrowLeft');
    await waitFor(() => expect(current()).toBe('2. '));
    expect(position()).toBe(part);
    // A reload (a clicker's F5) on action 4 opens the second part there.
    cleanup();
    const reloaded = createMemoryRouter(routes, {
      initialEntries: ['/present/q255888?node=grant-organization&action=4'],
    });
    render(<RouterProvider router={reloaded} />);
    await waitFor(() => expect(current()).toBe('4. '));
    expect(position()).toBe(continued);
  });
});

describe('the presenter’s own page follows the clicker', () => {
  const current = () => screen.getByTestId('slide-actions').querySelector<HTMLElement>('[aria-current="step"]');

  it('brings the current action into view, scrolling only as far as needed, without smooth scrolling when motion is reduced, and leaves focus alone', async () => {
    // jsdom lays nothing out and has neither scrollIntoView nor matchMedia: record what is asked of them.
    const calls: { el: Element; options: ScrollIntoViewOptions }[] = [];
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push({ el: this, options: typeof options === 'object' ? options : {} });
    };
    let reduce = false;
    window.matchMedia = (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList;
    try {
      const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
        initialEntries: ['/present/q255888?node=fix-log-on'],
      });
      render(<RouterProvider router={router} />);
      await waitFor(() => expect(current()?.textContent?.slice(0, 3)).toBe('1. '));
      const focused = document.activeElement;
      // The first action may have been brought into view already: only what each press asks for counts.
      calls.length = 0;
      press('PageDown');
      await waitFor(() => expect(current()?.textContent?.slice(0, 3)).toBe('2. '));
      await waitFor(() => expect(calls.at(-1)?.el).toBe(current()));
      expect(calls.at(-1)?.options).toEqual({ block: 'nearest', behavior: 'smooth' });
      reduce = true;
      calls.length = 0;
      press('PageDown');
      await waitFor(() => expect(current()?.textContent?.slice(0, 3)).toBe('3. '));
      await waitFor(() => expect(calls.at(-1)?.el).toBe(current()));
      expect(calls.at(-1)?.options.behavior).not.toBe('smooth');
      expect(document.activeElement).toBe(focused);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
      delete (window as Partial<Window>).matchMedia;
    }
  });
});

describe('a blank audience screen', () => {
  const search = (router: { state: { location: { search: string } } }) =>
    new URLSearchParams(router.state.location.search);

  it('is plain on the presenter’s screen (a banner, a button that says what it will do) and survives a reload', async () => {
    const routes = [{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }];
    const router = createMemoryRouter(routes, { initialEntries: ['/present/q255888'] });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(position()).toMatch(/^Slide 1 of \d+$/));
    expect(screen.queryByTestId('blank-banner')).toBeNull();
    screen.getByRole('button', { name: 'Blank audience screen' });

    press('b');
    await waitFor(() =>
      expect(screen.getByTestId('blank-banner').textContent).toBe(
        'The audience screen is blank. Press B to show it again.',
      ),
    );
    screen.getByRole('button', { name: 'Show the audience screen again' });
    expect(screen.queryByRole('button', { name: 'Blank audience screen' })).toBeNull();
    await waitFor(() => expect(search(router).get('blank')).toBe('1'));
    // Moving on keeps it blank, in the address too.
    press('n');
    await waitFor(() => expect(position()).toMatch(/^Slide 2 of \d+$/));
    expect(search(router).get('blank')).toBe('1');
    expect(screen.getByTestId('blank-banner')).toBeTruthy();

    // A reload (the same address, a new page) is still blank.
    const address = `${router.state.location.pathname}${router.state.location.search}`;
    cleanup();
    const reloaded = createMemoryRouter(routes, { initialEntries: [address] });
    render(<RouterProvider router={reloaded} />);
    await waitFor(() => expect(position()).toMatch(/^Slide 2 of \d+$/));
    expect(screen.getByTestId('blank-banner')).toBeTruthy();

    // The button brings it back.
    screen.getByRole('button', { name: 'Show the audience screen again' }).click();
    await waitFor(() => expect(screen.queryByTestId('blank-banner')).toBeNull());
    screen.getByRole('button', { name: 'Blank audience screen' });
    expect(search(reloaded).get('blank')).toBeNull();
    expect(position()).toMatch(/^Slide 2 of \d+$/);
  });
});

describe('the audience’s picture zoomed in', () => {
  it('Z or its button zooms it in and out, says so, and keeps it in the address beside blank', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888?node=grant-organization&blank=1'],
    });
    render(<RouterProvider router={router} />);
    const q = () => new URLSearchParams(router.state.location.search);
    const zoomIn = await screen.findByRole('button', { name: 'Zoom the audience’s picture in' });
    press('z');
    await waitFor(() => expect(q().get('zoom')).toBe('1'));
    expect(q().get('blank')).toBe('1');
    expect(screen.getByTestId('announcer').textContent).toBe(
      'The audience’s screen pictures are zoomed in on the control they show.',
    );
    expect(zoomIn.isConnected).toBe(true);
    expect(zoomIn.textContent).toBe('Show the audience the whole screen picture');
    // Unblanking leaves the zoom; the button zooms out, and the address forgets it.
    press('b');
    await waitFor(() => expect(q().get('blank')).toBeNull());
    expect(q().get('zoom')).toBe('1');
    zoomIn.click();
    await waitFor(() => expect(q().get('zoom')).toBeNull());
    expect(zoomIn.textContent).toBe('Zoom the audience’s picture in');
    expect(screen.getByTestId('announcer').textContent).toBe('The audience sees the whole screen picture again.');
  });
});

describe('the focus when the slide changes', () => {
  it('goes to the new slide chosen in the deck’s outline, and stays among the buttons when Next slide ends the deck', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888'],
    });
    render(<RouterProvider router={router} />);
    await waitFor(() => expect(position()).toMatch(/^Slide 1 of \d+$/));
    const outline = screen.getByTestId('deck-outline');
    const third = outline.querySelectorAll('button')[2]!;
    third.focus();
    third.click();
    await waitFor(() => expect(position()).toMatch(/^Slide 3 of \d+$/));
    expect(document.activeElement?.tagName).toBe('H1');
    expect(third.textContent).toContain(document.activeElement!.textContent!);
    // On the last slide but one, Next slide takes the deck to its end and is disabled: focus goes to the button after
    // it in the presenter's bar, not to the page.
    const last = outline.querySelectorAll('button').length;
    outline.querySelectorAll('button')[last - 2]!.click();
    await waitFor(() => expect(position()).toBe(`Slide ${last - 1} of ${last}`));
    const next = screen.getByRole('button', { name: /Next slide/ });
    next.focus();
    next.click();
    await waitFor(() => expect(position()).toBe(`Slide ${last} of ${last}`));
    expect(next).toBeDisabled();
    const bar = [...next.parentElement!.querySelectorAll('button')];
    expect(document.activeElement).toBe(bar.slice(bar.indexOf(next as HTMLButtonElement) + 1).find((b) => !b.disabled));
  });
});

describe('undoing the choices made in class', () => {
  it('keeps the focus on the line the control was on, and says so', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888?pick=app-log-event.other-event'],
    });
    render(<RouterProvider router={router} />);
    const undo = await screen.findByRole('button', { name: 'Undo the choices made in class' });
    undo.focus();
    undo.click();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo the choices made in class' })).toBeNull());
    expect(new URLSearchParams(router.state.location.search).get('pick')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('deck-basis'));
    expect(screen.getByTestId('announcer').textContent).toBe('Back to the story’s own answers.');
  });
});

describe('a clicker in Show me', () => {
  it('a press while the pointer is on its way shows that action’s result at once (no press is lost)', async () => {
    const router = createMemoryRouter([{ path: '/present/:flowId', element: <PresentPage flow={flow} /> }], {
      initialEntries: ['/present/q255888?node=grant-organization&mode=show'],
    });
    render(<RouterProvider router={router} />);
    const caption = () => screen.queryByTestId('show-caption')?.textContent ?? '';
    // It plays by itself (no reduced motion here). Its code loads first, which a busy machine can make slow.
    await waitFor(() => expect(caption()).toMatch(/^Action 1 of 13: /), { timeout: 10_000 });
    // The pointer is on its way to action 1's control (900 ms, then 350 ms pressing): a press shows the result
    // now, well before the show itself would have.
    press('PageDown');
    await waitFor(() => expect(caption()).toContain('The Organization object is selected'), { timeout: 600 });
    // At a result, the next press goes on to the next action.
    press('PageDown');
    await waitFor(() => expect(caption()).toMatch(/^Action 2 of 13: /));
    press('PageDown');
    await waitFor(() => expect(caption()).toContain('The File menu drops down.'), { timeout: 600 });
  });
});
