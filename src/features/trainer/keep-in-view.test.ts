import { describe, expect, it } from 'vitest';

import { scrollToShow } from './keep-in-view';

// A 1024×768 window with a 150 px task bar stuck to its top.
const band = { top: 150, bottom: 768 };

describe('scrollToShow', () => {
  it('leaves the page alone when the window is already in the band', () => {
    expect(scrollToShow(band, { top: 200, bottom: 700 })).toBe(0);
    expect(scrollToShow(band, { top: 150, bottom: 768 }, { top: 600, bottom: 630 })).toBe(0);
  });

  it('scrolls down just enough to show the bottom of a window that fits', () => {
    expect(scrollToShow(band, { top: 400, bottom: 900 })).toBe(132);
  });

  it('scrolls up, not under the bar, to show the top of a window that fits', () => {
    expect(scrollToShow(band, { top: 100, bottom: 500 })).toBe(-50);
    expect(scrollToShow(band, { top: -300, bottom: 200 })).toBe(-450);
  });

  it('puts the title bar of a window taller than the band at the top of the band', () => {
    expect(scrollToShow(band, { top: 400, bottom: 1200 })).toBe(250);
    expect(scrollToShow(band, { top: -100, bottom: 700 })).toBe(-250);
  });

  it('brings the target into the band too, even when the title bar then leaves it', () => {
    // The dialog's OK button, at the bottom of a dialog taller than the band.
    expect(scrollToShow(band, { top: 150, bottom: 900 }, { top: 850, bottom: 890 })).toBe(122);
    // A target above the band, in a window that fits but sits low.
    expect(scrollToShow(band, { top: 100, bottom: 700 }, { top: 110, bottom: 130 })).toBe(-50);
  });

  it('ignores less than a pixel', () => {
    expect(scrollToShow(band, { top: 149.6, bottom: 600 })).toBe(0);
  });
});
