import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { sessionHasContent } from '@/wizard/session-content';
import { getWizardState } from '@/wizard/store/store-core';

import type { ImportResult } from './session-file';

type Pending = Extract<ImportResult, { ok: true }>;

/**
 * "Open a saved session": a file input for a hand-over file (JSON). Clear
 * errors for bad files; asks before replacing a session in progress. The
 * reader is loaded only when a file is chosen.
 */
export function SessionFileImport({ onOpened }: { onOpened: (flow: Flow) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async (p: Pending) => {
    // The store's actions load with the wizard's pages, not with the start page.
    const { actions } = await import('@/wizard/store/wizard-store');
    actions.restore(p.flow, p.session, 'import');
    setPending(null);
    onOpened(p.flow);
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    setBusy(true);
    try {
      const { openSessionFile } = await import('./open-file');
      const result = await openSessionFile(file);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      if (sessionHasContent(getWizardState().sessions[result.flow.id])) setPending(result);
      else await finish(result);
    } catch {
      setError('The file reader could not be loaded. Reload the page and try again.');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  // A file chosen on the served page before the app took it over: hydration
  // keeps the same input element, with the file still in it.
  useEffect(() => {
    const early = input.current?.files?.[0];
    if (early) void choose(early);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the app takes over
  }, []);

  return (
    <div className="grid gap-2" data-testid="session-import">
      <label htmlFor={`${id}-file`} className="font-semibold">
        Open a saved session (.json)
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        A hand-over file saved with “Download JSON”, here or on another computer.
      </p>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(e) => void choose(e.target.files?.[0])}
        className="max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:font-semibold file:text-slate-900 hover:file:bg-slate-100"
      />
      {error && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {error}
        </p>
      )}
      {pending && (
        <div
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          aria-describedby={`${id}-confirm-desc`}
          className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
        >
          <h3 id={`${id}-confirm`} className="font-bold">
            Replace your session in progress?
          </h3>
          <p id={`${id}-confirm-desc`} className="mt-1">
            The file holds a session for KB {pending.flow.kb.id}. Opening it sets your current session aside (you can
            undo this on the next page).
            {pending.dropped > 0 &&
              ` ${pending.dropped} answer(s) or tick(s) in the file no longer fit this guide and will be left out.`}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              onClick={() =>
                void finish(pending).catch(() =>
                  setError('The wizard could not be loaded. Reload the page and try again.'),
                )
              }
            >
              Open the file’s session
            </Button>
            <Button variant="secondary" onClick={() => setPending(null)}>
              Keep my session
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
