import { type StoreNotice, dismissNotice, useStoreNotice } from '@/wizard/store/store-core';

function noticeText(notice: StoreNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return 'Your saved progress could not be read, so the wizard started fresh. The unreadable copy was kept aside in this browser.';
    case 'invalid':
      return 'Your saved progress was not in a form this version understands, so the wizard started fresh. The old copy was kept aside in this browser.';
    case 'future-version':
      return `Your saved progress comes from a newer version of this app (format ${notice.version}), so this version started fresh. The newer copy was kept aside in this browser.`;
    case 'partial':
      return notice.dropped === 0
        ? 'Part of your saved progress could not be read: a few entries of the session history were left out. Your answers and ticks were kept, and the original copy was kept aside in this browser.'
        : `Part of your saved progress could not be read. ${notice.kept === 1 ? 'One saved session was' : `${notice.kept} saved sessions were`} kept; ${notice.dropped === 1 ? 'one that could not be read was' : `${notice.dropped} that could not be read were`} set aside in this browser.`;
    case 'synced':
      return 'This session was changed in another tab or window. This page now shows the latest answers and ticks.';
    case 'redirected':
      return 'That step depends on answers you have not given yet, so you were taken to the next question on your path.';
  }
}

export function StoreNoticeBanner() {
  const notice = useStoreNotice();
  if (!notice) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50" data-testid="store-notice">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-3 px-4 py-3 text-amber-950">
        <p>{noticeText(notice)}</p>
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
