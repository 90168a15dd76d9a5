import { beforeEach, describe, expect, it, vi } from 'vitest';

import { forgetFirstPageScroll } from './first-page-scroll';

const KEY = 'react-router-scroll-positions';
const kept = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as unknown;

describe('forgetFirstPageScroll', () => {
  beforeEach(() => sessionStorage.setItem(KEY, JSON.stringify({ default: 1014, abc123: 300 })));

  it('forgets the positions kept before when the page was opened by its address', () => {
    // A fresh document's history entry holds no state.
    history.replaceState(null, '');
    forgetFirstPageScroll();
    expect(kept()).toBeNull();
  });

  it('keeps it on a reload, Back or Forward (the entry holds the router’s state)', () => {
    history.replaceState({ usr: null, key: 'default', idx: 0 }, '');
    forgetFirstPageScroll();
    expect(kept()).toEqual({ default: 1014, abc123: 300 });
  });

  it('never throws, with nothing kept or storage blocked', () => {
    sessionStorage.removeItem(KEY);
    expect(() => forgetFirstPageScroll(true)).not.toThrow();
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => forgetFirstPageScroll(true)).not.toThrow();
    removeItem.mockRestore();
  });
});
