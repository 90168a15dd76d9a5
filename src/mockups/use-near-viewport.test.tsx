import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { MockupFigure } from './mockup-figure';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;

/** A controllable IntersectionObserver: `reveal()` reports every observed element as in view. */
let observers: Array<{ callback: Callback; observed: Element[]; disconnected: boolean }> = [];
function reveal() {
  act(() => {
    for (const o of observers) if (!o.disconnected && o.observed.length) o.callback([{ isIntersecting: true }]);
  });
}

beforeEach(() => {
  observers = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private record: { callback: Callback; observed: Element[]; disconnected: boolean };
      constructor(callback: Callback) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(el: Element) {
        this.record.observed.push(el);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const OPTIONS = { screen: 'exchange-options', description: 'Options dialog.' } as const;

describe('screens are drawn only near the viewport', () => {
  it('holds the place with a box of the drawing’s size, then draws the screen once it nears the viewport', async () => {
    render(<MockupFigure mockup={OPTIONS} />);
    const box = document.querySelector<HTMLElement>('[data-slot="mockup-placeholder"]');
    expect(box).not.toBeNull();
    expect(box!.style.width).toBe('400px');
    expect(box!.style.height).toBe('239px');
    expect(screen.queryByText('Show Permissions page for all objects')).not.toBeInTheDocument();
    // The caption is there from the start.
    expect(screen.getByRole('figure', { name: 'Exchange Administrator: Options dialog' })).toHaveTextContent(
      'Options dialog.',
    );
    reveal();
    expect(await screen.findByText('Show Permissions page for all objects')).toBeInTheDocument();
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('draws at once when asked to (the gallery) and when printing', async () => {
    const { unmount } = render(<MockupFigure mockup={OPTIONS} eager />);
    expect(await screen.findByText('Show Permissions page for all objects')).toBeInTheDocument();
    unmount();
    render(<MockupFigure mockup={OPTIONS} />);
    expect(screen.queryByText('Show Permissions page for all objects')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(await screen.findByText('Show Permissions page for all objects')).toBeInTheDocument();
  });
});
