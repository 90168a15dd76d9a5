/**
 * The words of the store's notices and of the storage banner. Loaded only
 * when there is something to say (see store-notice-banner.tsx), so none of
 * it is on the start page's first load nor on an ordinary walk.
 */
import { quoted } from '@/lib/quote';
import { type StorageHealth, type StoreNotice, type StoredCase } from '@/store';

export function noticeText(notice: StoreNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return 'Your saved cases could not be read, so the wizard started fresh. The unreadable copy was kept aside in this browser.';
    case 'invalid':
      return 'Your saved cases were not in a form this version understands, so the wizard started fresh. The old copy was kept aside in this browser.';
    case 'future-version':
      return `Your saved cases come from a newer version of this app (format ${notice.version}), so this version started fresh. The newer copy was kept aside in this browser.`;
    case 'partial':
      return notice.dropped === 0
        ? 'Part of your saved progress could not be read: a few entries of a case’s history were left out. Answers, ticks and notes were kept, and the original copy was kept aside in this browser.'
        : `Part of your saved progress could not be read. ${notice.kept === 1 ? 'One saved case was' : `${notice.kept} saved cases were`} kept; ${notice.dropped === 1 ? 'one that could not be read was' : `${notice.dropped} that could not be read were`} set aside in this browser.`;
    case 'synced':
      return 'This case was changed in another tab or window. This page now shows its latest answers and ticks.';
    case 'redirected':
      if (notice.reason === 'guides')
        return `This case went on in another guide since ${quoted(notice.title)}, and came back: this is where it stands in this guide now.`;
      return notice.reason === 'changed'
        ? `You changed an earlier answer, so this case no longer goes through ${quoted(notice.title)}. This is the step your answers lead to now.`
        : `${quoted(notice.title)} comes after questions this case has not answered yet, so you were taken to the next question on its path.`;
    case 'opened':
      if (notice.fuller)
        return 'This hand-over file holds a case that is open here already, with the same answers, ticks and notes, and more of its history (when each answer was given, the events pasted): this is that case, now with that history, not a second copy of it.';
      if (notice.already)
        return `${notice.source === 'import' ? 'This hand-over file holds' : 'This shared link holds'} a case that is open here already, with the same answers, ticks and notes: this is that case, not a second copy of it.`;
      return `${notice.source === 'import' ? 'The hand-over file was opened' : 'The shared link was opened'} as a new case. Your other cases are unchanged.${notice.source === 'share' ? ' A shared link carries the answers and ticks (and the notes, when its sender included them), not the events pasted or when each answer was given: its hand-over file keeps those.' : ''}${notice.dropped ? ` ${notice.dropped}` : ''}`;
    case 'skipped':
      return notice.reason === 'guides'
        ? 'This case went on in another guide and came back since those steps: Back and Forward skip the ones it no longer goes through here (the trail and the ticket keep them).'
        : 'You changed an earlier answer, so the steps after it changed. Back and Forward skip the steps your answers no longer reach.';
  }
}

const STORAGE_TEXT: Record<Exclude<StorageHealth, 'ok'>, string> = {
  full: 'This browser’s storage for this site is full, so your cases are not being saved.',
  blocked:
    'This browser does not let this site store anything (private mode or a setting), so your cases are not being saved.',
};

/** Storage full or blocked: what that means, and the way to keep a case (its hand-over file). */
export function StorageNotice({
  health,
  shown,
}: {
  health: Exclude<StorageHealth, 'ok'>;
  shown: StoredCase | undefined;
}) {
  return (
    <div className="border-b border-sky-300 bg-sky-50" data-testid="storage-banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sky-950">
        <p className="min-w-0 flex-1 basis-64">
          <span className="font-semibold">{STORAGE_TEXT[health]}</span> Everything keeps working in this tab, but
          closing it or reloading loses what is not saved. To keep a case, download its hand-over file (JSON) and open
          it again later with “Open a saved case”.
        </p>
        {shown && (
          <button
            type="button"
            onClick={() => void import('@/features/wizard/export/download-case').then((m) => m.downloadCase(shown))}
            className="min-h-11 rounded border border-sky-800 bg-white px-3 text-sm font-semibold text-sky-950 hover:bg-sky-100"
          >
            Download this case (JSON)
          </button>
        )}
      </div>
    </div>
  );
}
