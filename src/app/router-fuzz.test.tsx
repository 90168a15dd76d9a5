/**
 * 500 random URLs and step ids through the app's real routes (in jsdom):
 * every one renders a page with a heading — the page asked for, a redirect
 * to where the session stands, or a "not found" page — and none reaches the
 * "Something went wrong" boundary or throws.
 */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import * as fc from 'fast-check';
import { type RouteObject, RouterProvider, createMemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import { GOOD_STORED_RAW, STORED_STATE_KEY } from '@/testing/fixtures/bad-stored-states';
import { rehydrateWizardStore, resetWizardStore } from '@/store';

import { routes } from './router';

const RUNS = 500;

const nodeIds = [...new Set(FLOWS.flatMap((f) => f.nodes.map((n) => n.id)))];
const flowIds = FLOWS.map((f) => f.id);

/** Path segments: real ids, near misses, encodings, traversal, and noise. */
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nodeIds) },
  { weight: 2, arbitrary: fc.constantFrom(...flowIds, 't', 'mockups', 'stats', 'handover', 'shared', 'index.html') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '.',
      '..',
      '%',
      '%25',
      '%2F',
      '%E0%A4%A',
      '%00',
      '%C0%AE%C0%AE',
      '__proto__',
      'constructor',
      'toString',
      'Q255888',
      'Q255888 ',
      'q255888%20',
      'app-log-event/',
      'GRANT-SITE',
      '😀',
      'ü',
      '<script>',
      '"',
      "'",
      '\\',
      '?',
      '#',
      'a'.repeat(300),
      '-'.repeat(5),
      'null',
      'undefined',
      'NaN',
    ),
  },
  { weight: 2, arbitrary: fc.webSegment() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
);

/** A flow's own step, question or outcome, as its pages are addressed (`/t/<flow>/<node>`). */
const ownNode = fc.constantFrom(...FLOWS.flatMap((f) => f.nodes.map((n) => `/t/${f.id}/${n.id}`)));

/** The app's other pages: a flow's hand-over, shared link, map, runbook and class pages, and the app-wide ones. */
const otherPage = fc.constantFrom(
  ...FLOWS.flatMap((f) =>
    ['handover', 'shared', 'map', 'runbook', 'class/quiz', 'class/fix-test', 'class/practise'].map(
      (p) => `/t/${f.id}/${p}`,
    ),
  ),
  ...FLOWS.map((f) => `/present/${f.id}`),
  '/',
  '/mockups',
  '/stats',
  '/class',
);

const path = fc
  .oneof(
    // The app's own pages, as links and bookmarks name them (what the search and hash below then vary).
    { weight: 5, arbitrary: ownNode },
    { weight: 1, arbitrary: otherPage },
    // Shaped like the app's own URLs.
    {
      weight: 5,
      arbitrary: fc.tuple(fc.constantFrom(...flowIds, 'q000000', ''), segment).map(([f, n]) => `/t/${f}/${n}`),
    },
    { weight: 2, arbitrary: segment.map((f) => `/t/${f}`) },
    { weight: 2, arbitrary: fc.array(segment, { minLength: 0, maxLength: 6 }).map((s) => `/${s.join('/')}`) },
    { weight: 1, arbitrary: fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)) },
  )
  .chain((p) =>
    fc.record({
      path: fc.constant(p),
      search: fc.oneof(
        fc.constant(''),
        fc.webQueryParameters().map((q) => `?${q}`),
        // Case ids: the stored one, ones this browser does not have, and ones that try to reach the prototype.
        fc.constantFrom(
          '?case=seeded',
          '?case=',
          '?case=__proto__',
          '?case=constructor',
          '?case=toString',
          '?case=nope',
          '?case=seeded&mode=try',
          '?mode=test',
          '?mode=show&case=%00',
          '?case=seeded&case=other',
          '?from=grant-site&case=seeded',
        ),
      ),
      hash: fc.oneof(
        fc.constant(''),
        fc.webFragments().map((h) => `#${h}`),
      ),
      withSession: fc.boolean(),
    }),
  );

describe('router fuzz', () => {
  const errors: unknown[] = [];
  let elementScrollTo: PropertyDescriptor | undefined;
  beforeAll(async () => {
    // Every route's code first: its first import in the test runner includes compiling it (the screen gallery
    // compiles every screen), which on a busy machine outlasted the 5 s a page is given below. The fuzz is about
    // what the routes do with an address, not about how long their code takes to compile.
    const lazy = (list: readonly RouteObject[]): Array<() => unknown> =>
      list.flatMap((r) => [...(typeof r.lazy === 'function' ? [r.lazy] : []), ...lazy(r.children ?? [])]);
    await Promise.all(lazy(routes).map((load) => load()));
    // React and the router report caught render errors on the console; collect them.
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // jsdom has no scrolling; ScrollRestoration calls it on every navigation, and the decision map scrolls its
    // box to where the reader is (Element's scrollTo, which jsdom does not have at all).
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    elementScrollTo = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo');
    Element.prototype.scrollTo = () => {};
  });
  afterAll(() => {
    vi.restoreAllMocks();
    if (elementScrollTo) Object.defineProperty(Element.prototype, 'scrollTo', elementScrollTo);
    else delete (Element.prototype as Partial<Element>).scrollTo;
  });

  it(`${RUNS} random URLs and step ids each render a page with a heading, never the error page`, async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(path, async ({ path: p, search, hash, withSession }) => {
        localStorage.clear();
        if (withSession) localStorage.setItem(STORED_STATE_KEY, GOOD_STORED_RAW);
        resetWizardStore();
        await rehydrateWizardStore();
        errors.length = 0;

        const router = createMemoryRouter(routes, { initialEntries: [`${p}${search}${hash}`] });
        try {
          render(<RouterProvider router={router} />);
          await waitFor(() => expect(document.querySelector('h1')).not.toBeNull(), { timeout: 5_000, interval: 5 });
          // Let redirects settle, then look again.
          await act(() => new Promise((r) => setTimeout(r, 0)));
          const title = document.querySelector('h1')?.textContent ?? '';
          expect(title.trim().length).toBeGreaterThan(0);
          expect(title).not.toMatch(/Something went wrong/);
          expect(errors).toEqual([]);
          const kind = /couldn’t find/.test(title)
            ? 'not found'
            : `page at ${router.state.location.pathname.split('/').slice(0, 3).join('/')}`;
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
        } finally {
          // Also after a failure, so that shrinking starts each run clean.
          cleanup();
          router.dispose();
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches real pages as well as not-found ones.
    expect(seen.get('not found')).toBeGreaterThan(50);
    // Every flow's pages, and most runs on the app's own pages (about 200 flow pages in 500 runs; when the flows'
    // own addresses were left to chance, about 100 in 1,000).
    for (const id of flowIds) expect(seen.get(`page at /t/${id}`), id).toBeGreaterThan(50);
    expect(flowIds.reduce((n, id) => n + (seen.get(`page at /t/${id}`) ?? 0), 0)).toBeGreaterThan(150);
  }, 240_000);
});
