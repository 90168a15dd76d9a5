import { afterEach, describe, expect, it, vi } from 'vitest';

import type { StorageHealth } from '@/store';

import { registerServiceWorker } from './register-sw';

/** A page served by a service worker (or not: `controlled`), whose reload is counted. */
function page(controlled: boolean) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve()),
  });
  const reload = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('window', { location: { reload } });
  return { reload, newVersion: () => container.dispatchEvent(new Event('controllerchange')) };
}

describe('registerServiceWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reloads a page an older version served when a new one takes control, once', () => {
    const { reload, newVersion } = page(true);
    registerServiceWorker(() => ({ storage: 'ok' }));
    newVersion();
    newVersion();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it.each<StorageHealth>(['full', 'blocked'])(
    'does not reload while storage is %s: the cases live in this tab only, and a reload would lose them',
    (storage) => {
      const { reload, newVersion } = page(true);
      registerServiceWorker(() => ({ storage }));
      newVersion();
      expect(reload).not.toHaveBeenCalled();
    },
  );

  it('does not reload the first time a service worker takes control (the page is already this version)', () => {
    const { reload, newVersion } = page(false);
    registerServiceWorker(() => ({ storage: 'ok' }));
    newVersion();
    expect(reload).not.toHaveBeenCalled();
  });
});
