import { describe, expect, it } from 'vitest';

import { wordFits, wordScale } from './audience-view';

describe('the audience window’s words in a larger window', () => {
  it('are drawn at their own size up to 1024×768 and in windows larger in one direction only', () => {
    expect(wordScale(1024, 768)).toBe(1);
    expect(wordScale(800, 600)).toBe(1);
    expect(wordScale(1366, 768)).toBe(1);
    expect(wordScale(1280, 720)).toBe(1);
    expect(wordScale(1024, 1366)).toBe(1);
  });

  it('grow with the window’s shorter side against 1024×768, so that they take the same share of it', () => {
    expect(wordScale(1920, 1080)).toBe(1.4);
    expect(wordScale(1600, 1200)).toBe(1.56);
    expect(wordScale(2048, 1536)).toBe(2);
    expect(wordScale(3840, 2160)).toBe(2.81);
  });
});

describe('the layouts a slide’s words are fitted in (the first that fits the window whole)', () => {
  it('beside a picture: at their own size first in their usual column, then wider, then a step smaller each time', () => {
    const fits = wordFits(true, true);
    expect(fits.slice(0, 4)).toEqual([
      { share: 34, scale: 1 },
      { share: 44, scale: 1 },
      { share: 50, scale: 1 },
      { share: 34, scale: 0.9 },
    ]);
    expect(wordFits(true, false)[0]).toEqual({ share: 38, scale: 1 });
    // The words never grow as the list goes on, nor does their column shrink at the same size, and never past half.
    for (let i = 1; i < fits.length; i++) {
      expect(fits[i]!.scale).toBeLessThanOrEqual(fits[i - 1]!.scale);
      if (fits[i]!.scale === fits[i - 1]!.scale) expect(fits[i]!.share!).toBeGreaterThan(fits[i - 1]!.share!);
      expect(fits[i]!.share).toBeLessThanOrEqual(50);
    }
    expect(fits.at(-1)!.scale).toBeGreaterThanOrEqual(0.5);
  });

  it('without a picture: a question’s answers go into two columns before they are set smaller; other words only smaller', () => {
    expect(wordFits(false, true, true).slice(0, 3)).toEqual([{ scale: 1 }, { columns: 2, scale: 1 }, { scale: 0.9 }]);
    expect(wordFits(false, false).slice(0, 2)).toEqual([{ scale: 1 }, { scale: 0.9 }]);
    expect(wordFits(false, false).every((f) => f.share === undefined && f.columns === undefined)).toBe(true);
  });
});
