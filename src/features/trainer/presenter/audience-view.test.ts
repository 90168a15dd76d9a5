import { describe, expect, it } from 'vitest';

import { wordScale } from './audience-view';

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
