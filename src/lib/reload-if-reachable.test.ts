import { afterEach, describe, expect, it, vi } from 'vitest';

import { reloadIfReachable } from './reload-if-reachable';

afterEach(() => vi.unstubAllGlobals());

/** The page's own address (only its path here: the helper passes it on as it is). */
const PAGE = '/kb-wizard/t/q255888/intake';

function stub(fetch: () => Promise<unknown>) {
  const reload = vi.fn();
  const fetchSpy = vi.fn(fetch);
  vi.stubGlobal('fetch', fetchSpy);
  vi.stubGlobal('location', { href: PAGE, reload });
  return { reload, fetchSpy };
}

describe('reloadIfReachable', () => {
  it('asks the server for the page, bypassing caches, and reloads when it answers (whatever its status)', async () => {
    const { reload, fetchSpy } = stub(() => Promise.resolve(new Response(null, { status: 404 })));
    await expect(reloadIfReachable()).resolves.toBe(true);
    expect(fetchSpy).toHaveBeenCalledWith(PAGE, {
      method: 'HEAD',
      cache: 'no-store',
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload while the server cannot be reached (a reload would show the browser’s error page)', async () => {
    const { reload } = stub(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(reloadIfReachable()).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
