/**
 * Every kind of bad stored state in src/testing/fixtures/bad-stored-states.ts:
 * the loader classifies it, and the whole app, started on top of it, shows the
 * start page with a clear notice, keeps any session that was still valid, and
 * never a blank page or a crash.
 */
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  BAD_STORED_STATES,
  NOTICE_TEXT,
  GOOD_STORED_RAW,
  STORED_STATE_KEY,
} from '@/testing/fixtures/bad-stored-states';

import { WIZARD_STORE_KEY, loadPersisted } from '@/store';

/** The good seeded session as the current version stores it (after any migrations): one case. */
function cleanCases() {
  const r = loadPersisted(GOOD_STORED_RAW);
  if (!r.ok || r.notice) throw new Error('the good fixture must load cleanly');
  return r.data.cases;
}

/** The start page's card of KB Q255888 (other articles have cards with the same buttons). */
const Q255888_CARD = { name: /^Mail is not migrated when several MS Mail users/ } as const;
const q255888Card = Object.assign(() => screen.getByRole('article', Q255888_CARD), {
  find: () => screen.findByRole('article', Q255888_CARD),
});

describe('bad stored state', () => {
  beforeEach(() => localStorage.clear());

  it('covers at least ten kinds, under the store’s real key', () => {
    expect(STORED_STATE_KEY).toBe(WIZARD_STORE_KEY);
    expect(BAD_STORED_STATES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(BAD_STORED_STATES.map((c) => c.name)).size).toBe(BAD_STORED_STATES.length);
  });

  it.each(BAD_STORED_STATES.map((c) => [c.name, c] as const))('loader: %s', (_, c) => {
    const r = loadPersisted(c.raw);
    if (c.notice === null) {
      expect(r.ok && r.notice === undefined).toBe(true);
    } else if (c.notice === 'partial') {
      expect(r.ok && r.notice?.kind).toBe('partial');
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.notice.kind).toBe(c.notice);
    }
    if (c.resumes) {
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(Object.values(r.data.cases).find((x) => x.flowId === 'q255888')?.answers['app-log-event']).toBeDefined();
    }
  });

  it('keeps the valid session and only that when one of two is broken', () => {
    const r = loadPersisted(BAD_STORED_STATES.find((c) => c.name.startsWith('one good session'))!.raw);
    expect(r.ok && r.data.cases).toEqual(cleanCases());
    expect(r.ok && r.notice).toEqual({ kind: 'partial', kept: 1, dropped: 1 });
  });

  it('keeps a session’s answers and the readable part of its history when one entry is bad', () => {
    const r = loadPersisted(BAD_STORED_STATES.find((c) => c.name.includes('unreadable history'))!.raw);
    expect(r.ok && r.data.cases).toEqual(cleanCases());
    expect(r.ok && r.notice).toEqual({ kind: 'partial', kept: 1, dropped: 0 });
  });

  it.each(BAD_STORED_STATES.map((c) => [c.name, c] as const))(
    'app: %s → start page, clear notice, valid cases listed',
    async (_, c) => {
      localStorage.setItem(WIZARD_STORE_KEY, c.raw);
      vi.resetModules();
      const { routes } = await import('@/app/router');
      const router = createMemoryRouter(routes, { initialEntries: ['/'] });
      render(<RouterProvider router={router} />);

      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Guided troubleshooting');
      // The notice's words load when there is one to show (store-notice-banner.tsx).
      if (c.notice) expect(await screen.findByTestId('store-notice')).toHaveTextContent(NOTICE_TEXT[c.notice]);
      else {
        await new Promise((r) => setTimeout(r, 20));
        expect(screen.queryByTestId('store-notice')).toBeNull();
      }
      if (c.resumes) {
        const row = await screen.findByTestId('case-row');
        expect(row.querySelector('a[data-case-link]')).toBeInTheDocument();
      } else {
        expect(screen.queryByTestId('case-list')).toBeNull();
        expect(within(q255888Card()).getByRole('button', { name: 'Diagnose from the symptoms' })).toBeInTheDocument();
      }
      expect(screen.queryByText(/Invalid Date|NaN|undefined|\[object Object\]/)).toBeNull();
      // Whatever could not be read is kept aside, never silently destroyed.
      if (c.notice) expect(localStorage.getItem(`${WIZARD_STORE_KEY}:unreadable`)).toBe(c.raw);
    },
  );

  it('says a partly readable store once: the cleaned data is written back', async () => {
    const c = BAD_STORED_STATES.find((x) => x.notice === 'partial')!;
    localStorage.setItem(WIZARD_STORE_KEY, c.raw);
    vi.resetModules();
    await import('@/store');
    expect(loadPersisted(localStorage.getItem(WIZARD_STORE_KEY))).toEqual({
      ok: true,
      data: { cases: cleanCases(), written: {}, deleted: {} },
    });
  });

  it.each(['corrupt', 'future-version', 'partial'] as const)(
    'storage too full to keep the %s data aside: it stays where it is, and the cases started live in this tab',
    async (kind) => {
      const c = BAD_STORED_STATES.find((x) => x.notice === kind)!;
      localStorage.setItem(WIZARD_STORE_KEY, c.raw);
      // Full: a copy aside (a new key as large as the data) does not fit; writing over the data itself would.
      const setItem = Storage.prototype.setItem;
      const setSpy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
        if (key.endsWith(':unreadable')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        setItem.call(this, key, value);
      });
      try {
        vi.resetModules();
        const { getWizardActionsForTests, getWizardState, rehydrateWizardStore } = await import('@/store');
        await rehydrateWizardStore();
        const { q255888Flow } = await import('@/content/flows/q255888');
        const act = getWizardActionsForTests();
        const id = act.startCase(q255888Flow);
        act.answer(q255888Flow, id, 'app-log-event', 'event-7044');
        expect(getWizardState().cases[id]?.answers).toEqual({ 'app-log-event': 'event-7044' });
        await vi.waitFor(() => expect(getWizardState().storage).toBe('full'));
      } finally {
        setSpy.mockRestore();
      }
      // Nothing was written over it, and no copy aside was claimed.
      expect(localStorage.getItem(WIZARD_STORE_KEY)).toBe(c.raw);
      expect(localStorage.getItem(`${WIZARD_STORE_KEY}:unreadable`)).toBeNull();
    },
  );

  it('works with storage that throws on every access (blocked or private mode)', async () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const setSpy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    try {
      vi.resetModules();
      const { routes } = await import('@/app/router');
      render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
      expect(
        within(await q255888Card.find()).getByRole('button', { name: 'Diagnose from the symptoms' }),
      ).toBeInTheDocument();
      const { getWizardActionsForTests, getWizardState } = await import('@/store');
      const { q255888Flow } = await import('@/content/flows/q255888');
      const act = getWizardActionsForTests();
      const id = act.startCase(q255888Flow);
      expect(act.answer(q255888Flow, id, 'app-log-event', 'event-7044')).toBeUndefined();
      expect(getWizardState().cases[id]?.answers).toEqual({ 'app-log-event': 'event-7044' });
      expect(getWizardState().storage).toBe('blocked');
    } finally {
      spy.mockRestore();
      setSpy.mockRestore();
    }
  });
});
