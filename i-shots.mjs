import { chromium } from '/work/wt-i/node_modules/playwright/index.mjs';
const BASE = 'http://127.0.0.1:4219/kb-wizard/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = [[320, 900], [1024, 768], [1920, 1080]];
const sections = process.argv.slice(2);
for (const [w, h] of sizes) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto(BASE + 'mockups');
  await p.waitForSelector('[data-slot="win-screen"]');
  for (const id of sections) {
    const sec = p.locator(`section:has(h2#screen-${id})`);
    await sec.scrollIntoViewIfNeeded();
    await p.waitForTimeout(400);
    await sec.screenshot({ path: `/tmp/i-shots/gallery-${id}-${w}.png` });
  }
  await p.close();
}
await b.close();
