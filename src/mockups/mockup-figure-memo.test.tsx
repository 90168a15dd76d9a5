import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { MockupRef } from './mockup-ref';

import { MockupFigure } from './mockup-figure';

const drawn = vi.hoisted(() => ({ count: 0 }));

// Every screen is one that counts how often it is drawn.
vi.mock('./registry', () => {
  const countingScreen = () => {
    drawn.count += 1;
    return <p>The screen</p>;
  };
  return { loadedScreen: () => countingScreen, loadScreen: () => Promise.resolve(countingScreen) };
});

const OPTIONS: MockupRef = { screen: 'exchange-options', description: 'Options dialog.' };

/** A step that re-renders on a tick, passing the same content to its figure. */
function Step() {
  const [ticks, setTicks] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setTicks((t) => t + 1)}>
        Tick {ticks}
      </button>
      <MockupFigure mockup={OPTIONS} />
    </>
  );
}

describe('MockupFigure', () => {
  it('is not drawn again when the step around it re-renders with the same content (a tick, a chosen answer)', async () => {
    render(<Step />);
    await screen.findByText('The screen');
    const before = drawn.count;
    fireEvent.click(screen.getByRole('button', { name: 'Tick 0' }));
    await screen.findByRole('button', { name: 'Tick 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Tick 1' }));
    await screen.findByRole('button', { name: 'Tick 2' });
    expect(drawn.count).toBe(before);
  });
});
