import { describe, expect, it } from 'vitest';

import { SCREEN_IDS } from './catalog';
import { SCREEN_COMPONENTS } from './registry';

describe('mockup registry', () => {
  it('has a component for every catalog screen, and nothing else', () => {
    expect(Object.keys(SCREEN_COMPONENTS).sort()).toEqual([...SCREEN_IDS].sort());
  });

  it('lists seven screens', () => {
    expect(SCREEN_IDS).toHaveLength(7);
  });
});
