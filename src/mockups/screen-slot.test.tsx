import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ScreenSlot } from './screen-slot';

/** A registry whose loads the test settles by hand. */
const registry = vi.hoisted(() => {
  const state = {
    loaded: undefined as undefined | (() => React.ReactNode),
    calls: 0,
    settle: { resolve: (_: unknown) => {}, reject: (_: unknown) => {} },
  };
  return state;
});

vi.mock('./registry', () => ({
  loadedScreen: () => registry.loaded,
  loadScreen: () => {
    registry.calls += 1;
    return new Promise((resolve, reject) => {
      registry.settle = {
        resolve: (c) => {
          registry.loaded = c as () => React.ReactNode;
          resolve(c);
        },
        reject,
      };
    });
  },
}));

const reload = vi.hoisted(() => ({ answers: true, calls: 0 }));
vi.mock('@/lib/reload-if-reachable', () => ({
  reloadIfReachable: () => {
    reload.calls += 1;
    return Promise.resolve(reload.answers);
  },
}));

function Drawn() {
  return <p>Event Detail</p>;
}

function Slot({ show = true }: { show?: boolean }) {
  return (
    <ScreenSlot screen="event-viewer" show={show} width={400} height={300}>
      {(Screen) => <Screen />}
    </ScreenSlot>
  );
}

beforeEach(() => {
  registry.loaded = undefined;
  registry.calls = 0;
  reload.answers = true;
  reload.calls = 0;
});

async function failThenRetry() {
  render(<Slot />);
  await act(async () => registry.settle.reject(new Error('offline')));
  fireEvent.click(await screen.findByRole('button', { name: 'Try loading the picture again' }));
  await act(async () => registry.settle.reject(new Error('failed at once: the browser kept the first failure')));
}

describe('ScreenSlot', () => {
  it('keeps the drawing’s place, then draws the screen when its code is in', async () => {
    const { container } = render(<Slot />);
    const placeholder = container.querySelector<HTMLElement>('[data-slot="mockup-placeholder"]');
    expect(placeholder?.style.width).toBe('400px');
    expect(placeholder?.style.height).toBe('300px');
    expect(placeholder?.getAttribute('aria-hidden')).toBe('true');
    await act(async () => registry.settle.resolve(Drawn));
    expect(await screen.findByText('Event Detail')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="mockup-placeholder"]')).toBeNull();
  });

  it('draws at once, with no placeholder, when the code is already loaded', () => {
    registry.loaded = Drawn;
    const { container } = render(<Slot />);
    expect(screen.getByText('Event Detail')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="mockup-placeholder"]')).toBeNull();
    expect(registry.calls).toBe(0);
  });

  it('neither loads nor draws while it is not to be shown', () => {
    registry.loaded = Drawn;
    const { container, rerender } = render(<Slot show={false} />);
    expect(screen.queryByText('Event Detail')).toBeNull();
    expect(container.querySelector('[data-slot="mockup-placeholder"]')).not.toBeNull();
    registry.loaded = undefined;
    rerender(<Slot show={false} />);
    expect(registry.calls).toBe(0);
  });

  it('says so when the code cannot be fetched, and tries again on request', async () => {
    render(<Slot />);
    await act(async () => registry.settle.reject(new Error('offline')));
    expect(await screen.findByText(/could not be loaded/)).toBeInTheDocument();
    expect(registry.calls).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Try loading the picture again' }));
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    expect(registry.calls).toBe(2);
    await act(async () => registry.settle.resolve(Drawn));
    expect(await screen.findByText('Event Detail')).toBeInTheDocument();
    expect(reload.calls).toBe(0);
  });

  it('reloads the page when trying again fails too and the server answers', async () => {
    await failThenRetry();
    expect(reload.calls).toBe(1);
    // The page is going away: no message in between.
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('says so again, without reloading, when trying again fails and the server does not answer', async () => {
    reload.answers = false;
    await failThenRetry();
    expect(reload.calls).toBe(1);
    expect(await screen.findByText(/could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try loading the picture again' })).toBeInTheDocument();
  });
});
