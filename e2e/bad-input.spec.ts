import { expect, test } from '@playwright/test';

import { BAD_STORED_STATES, NOTICE_TEXT, STORED_STATE_KEY } from '../src/testing/fixtures/bad-stored-states.ts';
import { entryButton, firstHeading } from './flow-walk.ts';
import { heading, open } from './support.ts';

test(`${BAD_STORED_STATES.length} kinds of bad stored state: start page, clear message, valid cases kept and listed`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  // One page for every kind (a browser profile each cost more than the checks): before each kind, a blank page of
  // the app's origin empties both storages and stores that kind, so the app's first read is of that kind alone.
  await page.route('**/__seed', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const c of BAD_STORED_STATES) {
    await open(page, '__seed');
    await page.evaluate(
      ([key, raw]) => {
        localStorage.clear();
        sessionStorage.clear();
        localStorage.setItem(key!, raw!);
      },
      [STORED_STATE_KEY, c.raw],
    );
    errors.length = 0;
    await open(page);
    await expect(heading(page), c.name).toContainText('Guided troubleshooting');
    const notice = page.getByTestId('store-notice');
    if (c.notice) await expect(notice, c.name).toContainText(NOTICE_TEXT[c.notice]);
    else await expect(notice, c.name).toHaveCount(0);
    if (c.resumes) {
      await page.getByTestId('case-row').locator('a[data-case-link]').click();
      await expect(heading(page), c.name).toHaveText(/\S/);
      await expect(page.getByText('Something went wrong'), c.name).toHaveCount(0);
    } else {
      await entryButton(page, 'q255888', 'diagnose').click();
      await expect(heading(page), c.name).toHaveText(firstHeading('q255888'));
    }
    expect(errors, c.name).toEqual([]);
  }
});

/** A small deterministic generator (mulberry32), so a failing link can be reproduced from the seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.FUZZ_SEED ?? 255888);
const SEGMENTS = [
  'q255888',
  'app-log-event',
  'mailboxes-created',
  'batch-size',
  'grant-site',
  'grant-organization',
  'fix-log-on',
  'resolved',
  'diagnosis-q255888',
  'not-this-symptoms',
  'handover',
  'shared',
  'mockups',
  'stats',
  't',
  '',
  '.',
  '..',
  '%2F',
  '%E0%A4%A',
  '%00',
  '__proto__',
  'constructor',
  'Q255888',
  '%F0%9F%98%80',
  'x'.repeat(200),
  'index.html',
  '%3Cscript%3E',
  'null',
];

function randomLink(next: () => number): string {
  const pick = () => SEGMENTS[Math.floor(next() * SEGMENTS.length)]!;
  const shape = Math.floor(next() * 4);
  const path =
    shape === 0
      ? `t/q255888/${pick()}`
      : shape === 1
        ? `t/${pick()}/${pick()}`
        : shape === 2
          ? `t/${pick()}`
          : Array.from({ length: 1 + Math.floor(next() * 4) }, pick).join('/');
  const query = next() < 0.3 ? `?${pick()}=${pick()}` : '';
  const hash = next() < 0.2 ? `#${pick()}` : '';
  return `${path}${query}${hash}`;
}

test.describe(() => {
  // As a second visit: the service worker answers every address inside the base path (a first visit is answered by
  // the intranet's server, whichever it is; `vite preview` refuses addresses with broken %-escapes).
  test.use({ serviceWorkers: 'allow' });
  test(`50 random deep links (seed ${SEED}) each show a page with a heading, never an error page`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    // Installed and in control first, so every link below is answered the same way.
    await page.goto('');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const next = random(SEED);
    for (let i = 0; i < 50; i++) {
      const link = randomLink(next);
      const response = await page.goto(link);
      expect(response?.status(), link).toBeLessThan(500);
      await expect(heading(page), link).toHaveText(/\S/);
      await expect(page.getByText('Something went wrong'), link).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
});

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomPayload(next: () => number, i: number): string {
  const chars = (n: number, set = B64URL) => {
    const points = [...set]; // by code point, so no lone surrogates
    return Array.from({ length: n }, () => points[Math.floor(next() * points.length)]).join('');
  };
  switch (i % 6) {
    case 0:
      return chars(1 + Math.floor(next() * 300)); // plausible alphabet, random content
    case 1:
      return `${Math.floor(next() * 9)}.${chars(Math.floor(next() * 120))}`; // version-like prefix
    case 2:
      return encodeURIComponent(chars(Math.floor(next() * 40), 'ÄöüßΩ漢字😀 %#?&=/\\\'"<>')); // foreign characters
    case 3:
      return chars(70_000 + Math.floor(next() * 1_000)); // far too long
    case 4:
      return ['', '%', '%%', '%E0%A4%A', '.', '..', '0', '1.', '999.', '=='][Math.floor(next() * 10)]!;
    default:
      return `${chars(8)}%00${chars(8)}`;
  }
}

test(`30 random share-link payloads (seed ${SEED}) are refused with a clear message and change nothing`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  // A case of one's own, which a bad link must leave alone.
  await open(page);
  await entryButton(page, 'q255888', 'diagnose').click();
  await page.getByRole('radio', { name: /Event ID 7044/ }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(heading(page)).toHaveText(/what do you find in Exchange/);
  const stored = await page.evaluate((key) => localStorage.getItem(key), STORED_STATE_KEY);

  const next = random(SEED + 1);
  for (let i = 0; i < 30; i++) {
    const payload = randomPayload(next, i);
    await page.goto('about:blank');
    await page.goto(`t/q255888/shared#${payload}`);
    const label = `payload #${i} (${payload.slice(0, 40)}…)`;
    await expect(heading(page), label).toHaveText('This link could not be opened');
    await expect(page.getByTestId('share-refused').getByRole('alert'), label).toHaveText(/^\S.{20,}$/);
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), STORED_STATE_KEY)).toBe(stored);
  expect(errors).toEqual([]);
});
