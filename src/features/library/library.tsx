/**
 * The start page's library: every guide (from the build-time catalogue), a
 * search over what the cards say, the events the guides know, and the names
 * of their causes and fixes, and a box to paste an Event Viewer entry into,
 * which finds the guide it belongs to. Only the boxes are here: the search
 * (search-tools.tsx) loads when its box is first focused, the event reader and
 * every guide's evidence rules (paste-result.tsx) on the first "Find the
 * guide".
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { CATALOG, type FlowSummary } from '@/content/catalog';

import type * as PasteModule from './paste-result';
import type * as SearchModule from './search-tools';

type Paste = { mod: typeof PasteModule; reading: PasteModule.PasteMatchReading; n: number } | { failed: true };

const box = 'min-w-0 rounded-xl border border-slate-200 bg-white p-4 sm:p-5';
const field = 'mt-2 block w-full min-w-0 rounded-md border border-slate-500 bg-white p-2 text-slate-900';

/** Rendered once, on the start page (its ids are fixed). */
export function Library({ renderFlow }: { renderFlow: (flow: FlowSummary) => ReactNode }) {
  const [tools, setTools] = useState<typeof SearchModule>();
  const [query, setQuery] = useState('');
  const [paste, setPaste] = useState<Paste>();
  // What was read from the box's current text was no event (or nothing): the box is marked, described by the error.
  const [bad, setBad] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  // Both boxes are uncontrolled: what was typed on the served page before the app took over is read from them.
  const searchRef = useRef<HTMLInputElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const load = () =>
    void import('./search-tools').then(
      (t) => {
        setTools(t);
        setQuery(searchRef.current?.value ?? '');
      },
      () => undefined,
    );
  // Words typed into the served page's box before the app took over: search for them at once.
  useEffect(() => {
    if (searchRef.current?.value) load();
  }, []);
  const hits = tools?.searchCatalog(CATALOG, query) ?? CATALOG.map((flow) => ({ flow, events: [], names: [] }));
  const read = async () => {
    let next: Paste;
    const text = pasteRef.current?.value ?? '';
    try {
      const mod = await import('./paste-result');
      next = {
        mod,
        reading: await mod.readPasteForGuides(text),
        n: (paste && 'n' in paste ? paste.n : 0) + 1,
      };
    } catch {
      next = { failed: true };
    }
    // The text changed meanwhile: what was read is about the text before, and the change cleared its result.
    if (pasteRef.current?.value !== text) return;
    setPaste(next);
    setBad('reading' in next && next.reading.kind !== 'read');
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  return (
    <section aria-labelledby="lib-h" id="start-new" className="grid min-w-0 gap-6">
      <h2 id="lib-h" className="text-2xl font-bold">
        Guides
      </h2>
      <div className="grid min-w-0 items-start gap-4 lg:grid-cols-2">
        <div className={box}>
          <label htmlFor="lib-q" className="text-lg font-bold">
            Search the guides
          </label>
          <input
            id="lib-q"
            type="search"
            ref={searchRef}
            onChange={(e) => (setQuery(e.target.value), tools || load())}
            onFocus={load}
            aria-describedby="lib-s"
            placeholder="KB number, event ID, words"
            className={field}
          />
          <p id="lib-s" role="status" className="mt-2 text-sm text-slate-700">
            {tools?.searchStatus(query, hits.length, CATALOG.length)}
          </p>
        </div>
        <div className={box}>
          <label htmlFor="lib-p" className="text-lg font-bold">
            Or paste the event from Event Viewer
          </label>
          <textarea
            id="lib-p"
            ref={pasteRef}
            rows={4}
            // A change to the text: the result, and the error, were about the text before.
            onChange={() => (setBad(false), setPaste(undefined))}
            aria-invalid={bad || undefined}
            aria-describedby={bad ? 'lib-r' : undefined}
            className={`${field} font-mono text-sm aria-invalid:border-red-700`}
          />
          <Button variant="secondary" className="mt-3" onClick={() => void read()}>
            Find the guide
          </Button>
          {/* Focus comes here with a result: a region named as such. What it holds is read from there, and an error in
              it is an alert: one announcement each (a live region around it spoke the alert twice). The box's error
              is described by the content alone (#lib-r). */}
          <div
            ref={resultRef}
            tabIndex={-1}
            role="region"
            aria-label={paste && 'Result of Find the guide'}
            className="mt-3 min-w-0 outline-none"
          >
            <div id="lib-r">
              {paste &&
                ('failed' in paste ? (
                  <p role="alert">
                    The event reader could not be loaded: check the connection and try again, or reload the page and
                    paste the event once more.
                  </p>
                ) : (
                  <paste.mod.PasteMatches key={paste.n} reading={paste.reading} />
                ))}
            </div>
          </div>
        </div>
      </div>
      <div className="grid min-w-0 gap-8">
        {hits.map((hit) => (
          <div key={hit.flow.id}>
            {tools?.why(hit)}
            {renderFlow(hit.flow)}
          </div>
        ))}
      </div>
    </section>
  );
}
