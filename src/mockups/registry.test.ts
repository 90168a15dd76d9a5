import { describe, expect, it, vi } from 'vitest';

import { SCREENS } from './catalog';
import { SCREEN_LOADERS, loadScreen, loadedScreen } from './registry';
import { EAGER_SCREENS } from './testing/eager-screens';

const SCREEN_IDS = Object.keys(SCREENS);

describe('mockup registry', () => {
  it('loads every screen folder’s own component, through its bundle or on its own', async () => {
    expect(Object.keys(SCREEN_LOADERS).sort()).toEqual([...SCREEN_IDS].sort());
    for (const id of SCREEN_IDS) expect(await SCREEN_LOADERS[id]!(), id).toBe(EAGER_SCREENS[id]);
  });
});

describe('loadScreen', () => {
  it('forgets a failed load, so that the next call fetches again', async () => {
    const loaders = SCREEN_LOADERS as unknown as Record<string, () => Promise<unknown>>;
    const spy = vi.spyOn(loaders, 'exchange-options').mockRejectedValueOnce(new Error('offline'));
    await expect(loadScreen('exchange-options')).rejects.toThrow('offline');
    expect(loadedScreen('exchange-options')).toBeUndefined();
    const component = await loadScreen('exchange-options');
    expect(typeof component).toBe('function');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('loads each screen once, shares the promise, and then has it at hand', async () => {
    expect(loadedScreen('event-viewer')).toBeUndefined();
    const first = loadScreen('event-viewer');
    expect(loadScreen('event-viewer')).toBe(first);
    const component = await first;
    expect(loadedScreen('event-viewer')).toBe(component);
  });

  it('loads every catalog screen as a component', async () => {
    for (const id of SCREEN_IDS) expect(typeof (await loadScreen(id))).toBe('function');
  });
});
