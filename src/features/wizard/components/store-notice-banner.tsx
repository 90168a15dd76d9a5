import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

import { moduleSlot, useModuleSlot } from '@/lib/module-slot';
import { dismissNotice, useCaseById, useStorageHealth, useStoreNotice } from '@/store';

/**
 * The words of both banners load only when one has something to say: most
 * visits never need them. main.tsx loads them before the first render when
 * the stored data already gives a notice.
 */
export const noticeTextSlot = moduleSlot(() => import('@/features/wizard/notice-text'));

/** Notices about stored data and about how the page got here; a notice about another case's change is not shown on this one. */
export function StoreNoticeBanner() {
  const notice = useStoreNotice();
  const [params] = useSearchParams();
  const texts = useModuleSlot(noticeTextSlot);
  const shown = !!notice && (notice.kind !== 'synced' || notice.cases.includes(params.get('case') ?? ''));
  useEffect(() => {
    if (shown) void noticeTextSlot.load();
  }, [shown]);
  if (!shown || !texts) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50" data-testid="store-notice">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-3 px-4 py-3 text-amber-950">
        <p className="min-w-0 flex-1 basis-64 wrap-anywhere">{texts.noticeText(notice)}</p>
        <button
          type="button"
          onClick={dismissNotice}
          className="min-h-11 rounded border border-amber-700 bg-white px-3 text-sm font-semibold text-amber-950 hover:bg-amber-100"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}

/**
 * Storage full or blocked: the wizard keeps working in this tab, in memory,
 * and says so for as long as it lasts (no dismiss: it stays true), with the
 * way to keep a case: its hand-over file. A polite live region, always there.
 */
export function StorageBanner() {
  const health = useStorageHealth();
  const [params] = useSearchParams();
  // The case is read only while there is something to say, so an answer does not re-render the banner.
  const shown = useCaseById(health === 'ok' ? null : params.get('case'));
  const texts = useModuleSlot(noticeTextSlot);
  useEffect(() => {
    if (health !== 'ok') void noticeTextSlot.load();
  }, [health]);
  return (
    <div role="status" className="print:hidden">
      {health !== 'ok' && texts && <texts.StorageNotice health={health} shown={shown} />}
    </div>
  );
}
