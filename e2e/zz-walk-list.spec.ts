import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { walkMatchingPath } from './full-walk.ts';
import { open } from './support.ts';
test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
test('list', async ({ page }) => {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (r) => { if (r.request().resourceType() === 'script' && !scripts.has(r.url())) scripts.set(r.url(), r.body().then((b) => gzipSync(b, { level: 6 }).length)); });
  await open(page);
  await walkMatchingPath(page);
  await page.waitForLoadState('networkidle');
  for (const [u, s] of scripts) console.log('SIZE', String(await s).padStart(7), u.split('/').pop()!.replace(/-[\w]{8}\.js$/, ''));
});
