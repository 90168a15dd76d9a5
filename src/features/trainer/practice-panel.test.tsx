import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { Link, MemoryRouter, RouterProvider, createMemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { LiveAnnouncer } from '@/components/ui/announcer';
import { FLOWS } from '@/content';
import type { StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';
import { SCREENS } from '@/mockups/catalog';
import { fitScale } from '@/mockups/fit-screen';

import { PracticePanel, practiceFit, practiceMinScale } from './practice-panel';

// A practice scrolls its frame sideways to the action (Element's scrollTo, which every browser has and jsdom lacks):
// a frame of the page's clock can run it during any test here.
let elementScrollTo: PropertyDescriptor | undefined;
beforeAll(() => {
  elementScrollTo = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo');
  Element.prototype.scrollTo = () => {};
});
afterAll(() => {
  if (elementScrollTo) Object.defineProperty(Element.prototype, 'scrollTo', elementScrollTo);
  else Reflect.deleteProperty(Element.prototype, 'scrollTo');
});

describe('practiceFit: each window the learner uses fits below the task bar', () => {
  const dialog = SCREENS['exchange-properties']!.size;
  const scale = (band: number, box = 1000) => fitScale(dialog, box, practiceFit('exchange-properties', band));

  it('with room, as large as fits, up to 2×, its targets 24 px or more', () => {
    expect(scale(2000, 3000)).toBe(2);
    const roomy = scale(dialog.height * 1.8);
    expect(roomy).toBeGreaterThanOrEqual(practiceMinScale('exchange-properties'));
    expect(roomy * dialog.height).toBeLessThanOrEqual(dialog.height * 1.8);
  });

  it('in a short window, no larger than fits (never scaled past the room below the bar)', () => {
    // 1024×768 less a task bar of about 130 px.
    const band = 768 - 130 - 32;
    const s = scale(band);
    expect(s).toBeLessThan(practiceMinScale('exchange-properties'));
    expect(s * dialog.height).toBeLessThanOrEqual(band);
    expect(s).toBeGreaterThan(1);
  });

  it('never below the program’s own size: a narrow screen scrolls sideways instead', () => {
    expect(scale(200, 300)).toBe(1);
  });
});

describe('PracticePanel', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;

  it('chosen on the step page, takes the focus from the button that chose it to its task', async () => {
    const bar = document.createElement('div');
    bar.dataset.testid = 'trainer-bar';
    const button = document.createElement('button');
    bar.append(button);
    document.body.append(bar);
    button.focus();
    const { getByTestId } = render(
      <PracticePanel kind="try" flowId={flow.id} step={step} moves={trainerMoves(step)} reveal />,
    );
    await waitFor(() => expect(document.activeElement).toBe(getByTestId('practice-task-text')));
    expect(getByTestId('practice-task-text').textContent).toMatch(/^Your task: /);
    bar.remove();
  });

  it('elsewhere (presenter mode), leaves the focus where it is', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    render(<PracticePanel kind="test" flowId={flow.id} step={step} moves={trainerMoves(step)} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});

describe('what a practice says', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;

  it('says a mistake once: moving on through the tree afterwards says nothing more', async () => {
    const view = render(
      <>
        <LiveAnnouncer />
        <PracticePanel kind="test" flowId={flow.id} step={step} moves={trainerMoves(step)} />
      </>,
    );
    const said = () => view.getByTestId('announcer').textContent;
    const control = (target: string) =>
      waitFor(() => {
        const el = view.getByTestId('practice-frame').querySelector<HTMLElement>(`[data-target="${target}"]`);
        expect(el).not.toBeNull();
        return el!;
      });
    fireEvent.click(await control('site-node'));
    await waitFor(() => expect(said()).toBe('Not the expected action (1 wrong on this one).'));
    // The arrow keys in the tree are no mistake (the count stays at 1), and the mistake is not said again.
    const tree = view
      .getByTestId('practice-frame')
      .querySelector<HTMLElement>('[data-slot="win-tree-item-label"][tabindex="0"]')!;
    tree.focus();
    // (The announcer says the same words again by adding a no-break space, so each key is checked on its own.)
    for (let i = 0; i < 2; i++) {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
      await new Promise((r) => setTimeout(r, 20));
      expect(said()).toBe('Not the expected action (1 wrong on this one).');
    }
    expect(view.getByTestId('practice-position')).toHaveTextContent('Wrong actions on this one: 1');
  });
});

describe('the keys in an open menu of a practice screen', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;

  it('keeps ← and → to itself, so presenter mode does not take them for the next slide', async () => {
    const view = render(<PracticePanel kind="try" flowId={flow.id} step={step} moves={trainerMoves(step)} />);
    const frame = view.getByTestId('practice-frame');
    await waitFor(() => expect(frame.querySelector('[data-target="organization-node"]')).not.toBeNull());
    fireEvent.click(frame.querySelector<HTMLElement>('[data-target="organization-node"]')!);
    await waitFor(() => expect(frame.querySelector('[data-target="file-menu"]')).not.toBeNull());
    // Each key in the open File menu (it moves along the menu bar, closing the menu: it is opened again for the next).
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      fireEvent.click(frame.querySelector<HTMLElement>('[data-target="file-menu"]')!);
      const item = await waitFor(() => {
        const el = frame.querySelector<HTMLElement>('[role="menu"] [role="menuitem"]');
        expect(el).not.toBeNull();
        return el!;
      });
      item.focus();
      // fireEvent returns false when the key was taken (its default prevented).
      expect(fireEvent.keyDown(item, { key, bubbles: true }), key).toBe(false);
      await waitFor(() => expect(frame.querySelector('[role="menu"]')).toBeNull());
    }
  });
});

describe('a move made from its action’s picture', () => {
  // Q186742's first action: "Open the .csv file in a text editor …", over a picture of the file open in Notepad, its
  // Mode column pointed at. The action has no moves of its own, so its picture makes one.
  const flow = FLOWS.find((f) => f.id === 'q186742')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'fix-csv-mode')!;
  const moves = trainerMoves(step);

  it('names the control to use in its task (Test me gives no hints) and in its hint', async () => {
    // Written in the step's moves without words of its own, only to say what it shows: it is still the picture's.
    expect(moves[0]).toMatchObject({ actionId: 'open-file', target: 'mode-column', fromPicture: true });
    expect(moves[0]!.result).toContain('**Mode**');
    expect(moves[1]!.fromPicture).toBeUndefined();
    for (const kind of ['try', 'test'] as const) {
      const { getByTestId, unmount } = render(<PracticePanel kind={kind} flowId={flow.id} step={step} moves={moves} />);
      expect(getByTestId('practice-task-text').textContent).toMatch(
        /^Your task: Open the \.csv file in a text editor.* On this screen: click the Mode column name in the first line\.$/,
      );
      unmount();
    }
    const { getByRole, getByTestId } = render(<PracticePanel kind="try" flowId={flow.id} step={step} moves={moves} />);
    getByRole('button', { name: 'Give me a hint' }).click();
    await waitFor(() =>
      expect(getByTestId('hint-area').textContent).toContain('Hint: Click the Mode column name in the first line.'),
    );
  });
});

describe('the end of Let me try', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;
  // The step's first action only, so that one click ends it.
  const moves = trainerMoves(step).slice(0, 1);
  const finish = async (next?: { title: string; to: string }) => {
    const view = render(
      <MemoryRouter>
        <PracticePanel kind="try" flowId={flow.id} step={step} moves={moves} next={next} />
      </MemoryRouter>,
    );
    const target = await waitFor(() => {
      const el = view.getByTestId('practice-frame').querySelector<HTMLElement>(`[data-target="${moves[0]!.target}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    fireEvent.click(target);
    await view.findByTestId('try-summary');
    return view;
  };

  it('offers the next fix step’s practice when there is one, besides the test and practising again', async () => {
    const view = await finish({
      title: 'Grant Permissions Admin on the Site object',
      to: '/t/q255888/grant-site?mode=try',
    });
    const link = view.getByRole('link', { name: 'Practise the next step: Grant Permissions Admin on the Site object' });
    expect(link.getAttribute('href')).toBe('/t/q255888/grant-site?mode=try');
    view.getByRole('button', { name: 'Take the test' });
    view.getByRole('button', { name: 'Practise again' });
    view.unmount();
  });

  it('offers no such link without one', async () => {
    const view = await finish();
    expect(view.queryByRole('link', { name: /^Practise the next step/ })).toBeNull();
    view.unmount();
  });

  it('says “both” for two actions, and what the last one did', async () => {
    const two = trainerMoves(step).slice(0, 2);
    const view = render(
      <MemoryRouter>
        <LiveAnnouncer />
        <PracticePanel kind="try" flowId={flow.id} step={step} moves={two} />
      </MemoryRouter>,
    );
    for (const move of two) {
      const el = await waitFor(() => {
        const found = view.getByTestId('practice-frame').querySelector<HTMLElement>(`[data-target="${move.target}"]`);
        expect(found).not.toBeNull();
        return found!;
      });
      fireEvent.click(el);
    }
    await view.findByTestId('try-summary');
    view.getByRole('heading', { name: 'Well done: you did both actions' });
    await waitFor(() =>
      expect(view.getByTestId('announcer').textContent).toBe(
        'Well done: you did both actions. The File menu drops down.',
      ),
    );
    view.unmount();
  });
});

describe('the end of Test me', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-site')!;
  const moves = trainerMoves(step).slice(0, 1);
  const finish = async (next?: { title: string; to: string }) => {
    const view = render(
      <MemoryRouter>
        <PracticePanel kind="test" flowId={flow.id} step={step} moves={moves} next={next} />
      </MemoryRouter>,
    );
    view.getByRole('button', { name: 'Give up on this action' }).click();
    await view.findByTestId('overall-score');
    return view;
  };

  it('offers the next fix step’s practice, as the end of Let me try does', async () => {
    const view = await finish({
      title: 'Grant Permissions Admin on the Configuration object',
      to: '/t/q255888/grant-configuration?mode=try',
    });
    const link = view.getByRole('link', {
      name: 'Practise the next step: Grant Permissions Admin on the Configuration object',
    });
    expect(link.getAttribute('href')).toBe('/t/q255888/grant-configuration?mode=try');
    view.getByRole('button', { name: 'Take the test again' });
    view.unmount();
  });

  it('offers no such link without one (presenter mode, a case, the whole fix)', async () => {
    const view = await finish();
    expect(view.queryByRole('link', { name: /^Practise the next step/ })).toBeNull();
    view.unmount();
  });
});

describe('several accounts to select (the Migration Wizard)', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'fix-log-on')!;
  const moves = trainerMoves(step);

  it('waits for Next >: a third account is the learner’s own choice, no mistake, and stays on the screen', async () => {
    expect(moves.map((m) => [m.screen, m.target])).toEqual([
      ['migration-wizard', 'accounts-list'],
      ['migration-wizard', 'next-button'],
      ['exchange-mailbox-resources', 'migrated-mailbox'],
    ]);
    const view = render(
      <MemoryRouter>
        <LiveAnnouncer />
        <PracticePanel kind="test" flowId={flow.id} step={step} moves={moves} />
      </MemoryRouter>,
    );
    const frame = () => view.getByTestId('practice-frame');
    const account = (id: string) =>
      waitFor(() => {
        const el = frame().querySelector<HTMLElement>(`[data-key="mailbox:${id}"]`);
        expect(el).not.toBeNull();
        return el!;
      });
    const selected = () =>
      [...frame().querySelectorAll('[role="option"][aria-selected="true"]')].map((o) => o.getAttribute('data-key'));
    const position = () => view.getByTestId('practice-position').textContent;
    fireEvent.click(await account('ANNAB'));
    expect(position()).toBe('Action 1 of 3');
    fireEvent.click(await account('BRUNOK'));
    // Two are several: the selection is done, and the wizard's page stays, with the learner's two (not the picture's three).
    await waitFor(() => expect(position()).toBe('Action 2 of 3'));
    // The next task said too, so that a screen-reader user need not leave the screen to read it.
    expect(view.getByTestId('announcer').textContent).toBe(
      `Right. They are selected. Select another if you like, then click Next >. Next: action 2 of 3. ${view.getByTestId('practice-task-text').textContent!.replace(/^Your task: /, '')}`,
    );
    expect(selected()).toEqual(['mailbox:ANNAB', 'mailbox:BRUNOK']);
    // A third: no mistake, still the account page.
    fireEvent.click(await account('DAVIDW'));
    await waitFor(() => expect(selected()).toEqual(['mailbox:ANNAB', 'mailbox:BRUNOK', 'mailbox:DAVIDW']));
    expect(position()).toBe('Action 2 of 3');
    // Next > ends it: on to Mailbox Resources.
    fireEvent.click(frame().querySelector<HTMLElement>('[data-target="next-button"]')!);
    await waitFor(() => expect(position()).toBe('Action 3 of 3'));
    await waitFor(() => expect(frame().querySelector('[data-target="migrated-mailbox"]')).not.toBeNull());
    fireEvent.click(frame().querySelector<HTMLElement>('[data-target="migrated-mailbox"]')!);
    await view.findByTestId('overall-score');
    // No wrong action on the way.
    expect(view.getByTestId('test-summary').textContent).toMatch(/^Wrong actions: 0 · right first time: 3 of 3/);
    view.unmount();
  });
});

describe('a practice part-way through', () => {
  const flow = FLOWS.find((f) => f.id === 'q255888')!;
  const step = flow.nodes.find((n): n is StepNode => n.kind === 'step' && n.id === 'grant-organization')!;
  const moves = trainerMoves(step).slice(0, 2);
  /** Whether leaving the page now would be asked about (the browser asks when beforeunload is cancelled). */
  const leavingAsks = () => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  };
  /** The panel on a page of a data router (as in the app), with a link to another page. */
  const renderOnPage = () => {
    const router = createMemoryRouter(
      [
        {
          path: '/practice',
          element: (
            <>
              <Link to="/elsewhere">Elsewhere</Link>
              <PracticePanel kind="test" flowId={flow.id} step={step} moves={moves} />
            </>
          ),
        },
        { path: '/elsewhere', element: <h1>Elsewhere</h1> },
      ],
      { initialEntries: ['/practice'] },
    );
    const view = render(<RouterProvider router={router} />);
    const control = (target: string) =>
      waitFor(() => {
        const el = view.getByTestId('practice-frame').querySelector<HTMLElement>(`[data-target="${target}"]`);
        expect(el).not.toBeNull();
        return el!;
      });
    return { view, router, control };
  };

  it('has the browser ask before leaving the page (closing the tab loses it), and not once it is over', async () => {
    const { view, control } = renderOnPage();
    expect(leavingAsks()).toBe(false);
    fireEvent.click(await control(moves[0]!.target));
    await waitFor(() => expect(leavingAsks()).toBe(true));
    fireEvent.click(await control(moves[1]!.target));
    await waitFor(() => expect(leavingAsks()).toBe(false));
    view.unmount();
  });

  it('a reload of the tab resumes it where it was, and says so; leaving it forgets it', async () => {
    const first = renderOnPage();
    fireEvent.click(await first.control('recipients-node'));
    fireEvent.click(await first.control(moves[0]!.target));
    await waitFor(() => expect(first.view.getByTestId('practice-position')).toHaveTextContent('Action 2 of 2'));
    // What a reload finds in this tab's storage (a reload does not unmount the page; leaving it does, below).
    const key = 'kb-wizard:practice:q255888:grant-organization:test';
    const kept = sessionStorage.getItem(key);
    expect(kept).not.toBeNull();
    first.view.unmount();
    expect(sessionStorage.getItem(key)).toBeNull();
    sessionStorage.setItem(key, kept!);
    // The page loaded again by a reload of itself.
    const nav = vi
      .spyOn(performance, 'getEntriesByType')
      .mockReturnValue([{ type: 'reload', name: location.href } as unknown as PerformanceNavigationTiming]);
    const again = renderOnPage();
    nav.mockRestore();
    expect(again.view.getByTestId('practice-position')).toHaveTextContent('Action 2 of 2');
    expect(again.view.getByTestId('practice-resumed')).toHaveTextContent(
      'Picked up where you were before the page was reloaded: one action done. This action starts again.',
    );
    // The first action's wrong click is kept in its result.
    fireEvent.click(await again.control(moves[1]!.target));
    await waitFor(() => expect(again.view.getByText(/Wrong actions: 1/)).toBeTruthy());
    again.view.unmount();
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('asks before a link in the app leaves it: Stay keeps it where it was, Leave goes', async () => {
    const { view, router, control } = renderOnPage();
    // Not yet begun: a link just goes (and comes back).
    fireEvent.click(view.getByRole('link', { name: 'Elsewhere' }));
    await view.findByRole('heading', { name: 'Elsewhere' });
    await act(() => router.navigate('/practice'));
    fireEvent.click(await control(moves[0]!.target));
    await waitFor(() => expect(view.getByTestId('practice-position')).toHaveTextContent('Action 2 of 2'));
    const link = view.getByRole('link', { name: 'Elsewhere' });
    link.focus();
    fireEvent.click(link);
    const ask = await view.findByRole('alertdialog');
    expect(ask).toHaveTextContent('Leave the test? What you have done in it so far is not kept.');
    const stay = view.getByRole('button', { name: 'Stay and go on' });
    expect(stay).toHaveFocus();
    // Pressed again while asked (focus back on the link): the question takes focus again, never silently nothing.
    link.focus();
    fireEvent.click(link);
    await waitFor(() => expect(stay).toHaveFocus());
    fireEvent.click(stay);
    expect(view.queryByRole('alertdialog')).toBeNull();
    expect(router.state.location.pathname).toBe('/practice');
    expect(view.getByTestId('practice-position')).toHaveTextContent('Action 2 of 2');
    // Focus goes back to what tried to leave, not to the page's body; so does Escape.
    expect(link).toHaveFocus();
    fireEvent.click(link);
    fireEvent.keyDown(await view.findByRole('button', { name: 'Stay and go on' }), { key: 'Escape' });
    expect(view.queryByRole('alertdialog')).toBeNull();
    expect(link).toHaveFocus();
    fireEvent.click(link);
    fireEvent.click(await view.findByRole('button', { name: 'Leave' }));
    await view.findByRole('heading', { name: 'Elsewhere' });
    view.unmount();
  });
});
