import { useEffect, useId, useRef, useState } from 'react';

/**
 * "Open a saved case": a file input for a hand-over file (JSON). The file
 * opens as a new case, next to the others (never over one). Clear errors for
 * bad files. Only the field is here (it is on the start page's first load);
 * what reads the file loads when one is chosen (open-as-case.ts).
 */
/** `onOpened` gets the address of the new case's step. */
export function SessionFileImport({ onOpened }: { onOpened: (to: string) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  /** A file being read: another chosen meanwhile is not opened too. (Not `disabled`: that would drop the focus.) */
  const reading = useRef(false);

  const choose = async (file: File | undefined) => {
    setError(null);
    if (!file || reading.current) return;
    reading.current = true;
    try {
      const { openAsCase } = await import('./open-as-case');
      const result = await openAsCase(file);
      if (result.ok) onOpened(result.to);
      else setError(result.message);
    } catch {
      setError('The file reader could not be loaded. Reload the page and try again.');
    } finally {
      reading.current = false;
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
    <div className="grid min-w-0 gap-2" data-testid="session-import">
      <label htmlFor={`${id}-file`} className="font-semibold">
        Open a saved case (.json)
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        A hand-over file saved with “Download JSON”, here or on another computer. It opens as a new case; your other
        cases are not touched.
      </p>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        // The error's id is named before there is one (a name with no element is passed over).
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(e) => void choose(e.target.files?.[0])}
        className="w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:font-semibold file:text-slate-900 hover:file:bg-slate-100"
      />
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          {error}
        </p>
      )}
    </div>
  );
}
