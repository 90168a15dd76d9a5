import { type Page, expect, test } from '@playwright/test';

import { FLOW_PLANS, entryButton, firstHeading, planOf, walk } from './flow-walk.ts';
import { choose, heading, open, openWithAppHeld } from './support.ts';

/** Text as React writes it into served HTML. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** Waits until the service worker controls the page and has precached the build. */
async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(
    async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      // "activated" means the install step, which precaches the whole build, has finished.
      if (reg?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
      const names = await caches.keys();
      for (const name of names) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((r) => r.url.includes('/index.html')) && keys.some((r) => /step-route-[^/]+\.js$/.test(r.url)))
          return true;
      }
      return false;
    },
    undefined,
    { timeout: 30_000 },
  );
}

test.describe('offline, installable, self-contained', () => {
  test.describe(() => {
    // The one spec that lets the service worker run (playwright.config.ts blocks it elsewhere).
    test.use({ serviceWorkers: 'allow' });
    test('after one visit, the whole wizard works with the network off', async ({ page, context }) => {
      await open(page);
      await expect(heading(page)).toContainText('Guided troubleshooting');
      await untilOfflineReady(page);

      await context.setOffline(true);
      // The network is really gone: a file that was never cached cannot be fetched.
      const probe = await page.evaluate(async () => {
        try {
          await fetch(`never-cached-${Date.now()}.txt`, { cache: 'no-store' });
          return 'fetched';
        } catch {
          return 'failed';
        }
      });
      expect(probe).toBe('failed');

      await page.reload();
      await expect(heading(page)).toContainText('Guided troubleshooting');
      // The walk through every fix step (a new account: all three grants), every page from the cache.
      await walk(page, planOf('q255888'), planOf('q255888').longestFix);

      // A deep link opened offline is answered from the cache too.
      await open(page, 't/q255888/grant-site');
      await expect(heading(page)).toHaveText(/./);
      await open(page, 'mockups');
      await expect(heading(page)).toHaveText(/./);
      await context.setOffline(false);
    });
  });

  test('the start page is in the served HTML and hydrates without errors; it and the gallery load from this origin only, within the CSP', async ({
    page,
    request,
    baseURL,
  }) => {
    const served = await request.get('');
    expect(served.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    const html = await served.text();
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    expect(html).toContain('data-prerendered');
    expect(html).toContain('Guided troubleshooting for MS Mail to Exchange migrations');
    // Every article's card, with its ways in.
    for (const plan of FLOW_PLANS) {
      expect(html).toMatch(new RegExp(`Knowledge Base (<!-- -->)?${plan.kb}`));
      for (const entry of plan.entries) expect(html).toContain(escapeHtml(entry.label));
    }
    expect(html).not.toContain('unsafe-inline');

    const problems: string[] = [];
    page.on('console', (m) => {
      // Playwright's own note when it blocks the service worker (playwright.config.ts) is not the app's.
      if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('blocked by Playwright'))
        problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // Keep hold of the served heading before any script runs: hydration adopts it, a re-render would replace it.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { __h1: Element | null }).__h1 = document.querySelector('h1');
      });
    });
    await open(page);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
    await expect(entryButton(page, 'q255888', 'diagnose')).toBeVisible();
    await page.waitForFunction(() => document.querySelector('#root')?.hasAttribute('data-prerendered'));
    // React has attached to the served markup (its handlers work) and kept the very same heading element.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((k) => k.startsWith('__react'))),
      )
      .toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __h1: Element | null }).__h1 === document.querySelector('h1')),
    ).toBe(true);
    await entryButton(page, 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
    expect(problems).toEqual([]);
    // The walks' requests and CSP: e2e/flows.spec.ts. The gallery's:
    await open(page, 'mockups');
    await expect(heading(page)).toHaveText(/./);
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((u) => !u.startsWith(`${origin}/`)),
      'requests to another origin or data: URLs',
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  test('a start button pressed on the served page before the app runs is pressed again once it does', async ({
    page,
  }) => {
    const release = await openWithAppHeld(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await expect(heading(page)).toHaveText(/Guided troubleshooting/);
    release();
    await expect(heading(page)).toHaveText(firstHeading('q255888'));
  });

  test.describe('in a browser that writes dates another way (en-GB)', () => {
    test.use({ locale: 'en-GB' });
    test('the served page is taken over as it is: a button pressed before the app runs is pressed again', async ({
      page,
    }) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('blocked by Playwright')) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      const release = await openWithAppHeld(page);
      // The build's way of writing the date, not this browser's (written anew once the app runs: library.spec.ts).
      await expect(page.locator('#root time').first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
      await entryButton(page, 'q255888', 'diagnose').click();
      release();
      await expect(heading(page)).toHaveText(firstHeading('q255888'));
      expect(problems).toEqual([]);
    });
  });

  test('taking over the served start page keeps the reader where they have scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 600 });
    const release = await openWithAppHeld(page);
    await entryButton(page, 'q255888', 'fix').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    release();
    // Set once React has taken the page over (READY_FLAG in scripts/build/app-shell.ts).
    await page.waitForFunction(() => (window as Window & { __kbwReady?: boolean }).__kbwReady === true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a deep link or a stored case never shows the prerendered start page by mistake', async ({ page }) => {
    await open(page);
    await entryButton(page, 'q255888', 'diagnose').click();
    await choose(page, /Event ID 7044/);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    const caseUrl = new URL(page.url());
    // Returning with a case in progress: the start page lists it, from its first frame.
    await open(page);
    await expect(page.getByTestId('case-row')).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/kbw-pending/);
    // A deep link: the case's step, not the start page.
    await open(page, `${caseUrl.pathname.replace(/^.*\/t\//, 't/')}${caseUrl.search}`);
    await expect(heading(page)).toHaveText(/what do you find in Exchange/);
    await expect(page.locator('#main')).toBeVisible();
  });

  test('the web manifest and icons are served from the base path', async ({ request, baseURL }) => {
    const manifest = (await (await request.get('manifest.webmanifest')).json()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: Array<{ src: string; sizes: string; purpose?: string }>;
    };
    const base = new URL(baseURL!).pathname;
    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await request.get(icon.src);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
    }
  });
});
