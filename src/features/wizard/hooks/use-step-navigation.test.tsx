import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { holdAnimationFrames } from '@/testing/held-frames';

import { useStepNavigation } from './use-step-navigation';

const pathOf = (id: string) => `/s/${id}`;

function Step() {
  const { id = '' } = useParams();
  const { nodeId, go, ahead } = useStepNavigation(id, pathOf);
  return (
    <>
      <h1 data-ahead={ahead}>{nodeId}</h1>
      <button onClick={() => go(`${nodeId}+`)}>next</button>
    </>
  );
}

function setup() {
  const router = createMemoryRouter(
    [
      { path: '/s/:id', Component: Step },
      { path: '/elsewhere', element: <h1>elsewhere</h1> },
    ],
    { initialEntries: ['/s/a'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useStepNavigation', () => {
  it('shows the next step at once and moves the URL after the paint', async () => {
    const frames = holdAnimationFrames();
    const router = setup();
    act(() => screen.getByRole('button', { name: 'next' }).click());
    expect(screen.getByRole('heading').textContent).toBe('a+');
    expect(router.state.location.pathname).toBe('/s/a'); // not yet: the frame has not been painted
    act(() => frames.splice(0).forEach((f) => f(0)));
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
    await waitFor(() => expect(router.state.location.pathname).toBe('/s/a+'));
    expect(screen.getByRole('heading').textContent).toBe('a+');
  });

  it('says the step shown is ahead of the URL only between a click and the URL catching up (not on Back)', async () => {
    const frames = holdAnimationFrames();
    const router = setup();
    expect(screen.getByRole('heading')).toHaveAttribute('data-ahead', 'false');
    act(() => screen.getByRole('button', { name: 'next' }).click());
    expect(screen.getByRole('heading')).toHaveAttribute('data-ahead', 'true');
    act(() => frames.splice(0).forEach((f) => f(0)));
    await waitFor(() => expect(router.state.location.pathname).toBe('/s/a+'));
    await waitFor(() => expect(screen.getByRole('heading')).toHaveAttribute('data-ahead', 'false'));
    await act(() => router.navigate(-1));
    expect(screen.getByRole('heading').textContent).toBe('a');
    expect(screen.getByRole('heading')).toHaveAttribute('data-ahead', 'false');
  });

  it('pushes quick steps in order, each as its own history entry, and never shows an older step meanwhile', async () => {
    // Frames are run by hand: nothing here depends on how fast the machine is.
    const frames = holdAnimationFrames();
    const router = setup();
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(document.querySelector('h1')?.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    act(() => screen.getByRole('button', { name: 'next' }).click());
    act(() => screen.getByRole('button', { name: 'next' }).click());
    expect(screen.getByRole('heading').textContent).toBe('a++');
    expect(router.state.location.pathname).toBe('/s/a');
    // The paint: both steps are pushed, in order. React renders the router's updates once the act ends, so it
    // shows a++ without ever rendering a+: the step shown must be a++ and, the URL having caught up, not ahead.
    await act(async () => {
      frames.splice(0).forEach((f) => f(0));
      await vi.waitFor(() => expect(router.state.location.pathname).toBe('/s/a++'));
    });
    expect(screen.getByRole('heading')).toHaveAttribute('data-ahead', 'false');
    observer.disconnect();
    expect(shown.slice(shown.indexOf('a++'))).toEqual(shown.slice(shown.indexOf('a++')).map(() => 'a++'));
    expect(screen.getByRole('heading').textContent).toBe('a++');
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/s/a+');
    expect(screen.getByRole('heading').textContent).toBe('a+');
    await act(() => router.navigate(-1));
    expect(screen.getByRole('heading').textContent).toBe('a');
  });

  it('does not pull the user back when they have left the page before the paint', async () => {
    const router = setup();
    act(() => screen.getByRole('button', { name: 'next' }).click());
    await act(() => router.navigate('/elsewhere'));
    await act(() => new Promise((r) => setTimeout(r, 250)));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });
});
