import { useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { useFlow } from '@/features/wizard/hooks/use-flow';

import type * as ReaderModule from './evidence-read';
import type { PasteReading } from './evidence-result';

type Reader = typeof ReaderModule;
type Result = { reader: Reader; reading: PasteReading; n: number } | { failed: true };

/** The parser and the result view load on the first "Read event", not with the step page. */
const loadReader = () => import('./evidence-read');

/** Whether any evidence rule of the flow can answer this question. */
function acceptsPaste(flow: Flow, questionId: string): boolean {
  return (flow.evidenceRules ?? []).some((r) => Object.hasOwn(r.answers, questionId));
}

/**
 * "Paste an event": reads what Event Viewer shows, proposes the answers it
 * settles, lets the user correct each one, then fills them in (recorded as a
 * paste) and moves on to the first question still open. Text it cannot read
 * changes nothing. This is the box; the reading and its result come with the
 * reader (evidence-read.ts, evidence-result.tsx).
 */
export function EvidencePaste({ questionId }: { questionId: string }) {
  const flow = useFlow();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);

  if (!acceptsPaste(flow, questionId)) return null;

  const read = async () => {
    if (busy) return;
    let next: Result;
    setBusy(true);
    try {
      const reader = await loadReader();
      next = { reader, reading: reader.readPaste(flow, text), n: result && 'n' in result ? result.n + 1 : 0 };
    } catch {
      // The reader's file could not load (offline before it was cached, or a new version deployed). A browser may
      // keep that failure for the page's life (src/lib/reload-if-reachable.ts), hence the reload in the message.
      next = { failed: true };
    }
    setBusy(false);
    setResult(next);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-8 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="evidence-paste"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        Or paste the event from Event Viewer
      </h2>
      <p id={`${id}-help`} className="mt-1 max-w-prose text-slate-700">
        Copy what the event shows (its Event ID, Source, Type and Description, rows of the event list or a saved log, or
        just the description) and paste it here: quoted in an e-mail, several events, an Event Viewer in German, French,
        Spanish or Italian. The wizard shows what it found and fills in the answers it settles; you can correct them
        first.
      </p>
      <label htmlFor={`${id}-text`} className="mt-3 block font-semibold">
        Event text
      </label>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-help`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={6}
        spellCheck={false}
        className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 font-mono text-sm text-slate-900"
        placeholder={'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: …'}
      />
      <Button variant="secondary" className="mt-3" onClick={() => void read()} aria-disabled={busy || undefined}>
        Read event
      </Button>

      {/* Focus comes here with a result: a region named as such. What it holds is read from there, and an error in it
          is an alert: one announcement each (a live region around it spoke the alert twice). */}
      <div
        ref={resultRef}
        tabIndex={-1}
        role="region"
        aria-label={result ? 'Result of Read event' : undefined}
        className="mt-4 outline-none"
        data-testid="paste-result"
      >
        {result && 'failed' in result && (
          <p role="alert" className="font-semibold text-red-800">
            The event reader could not be loaded. Check the connection and press “Read event” again; if it fails again,
            reload the page (the case is kept) and paste the event once more. Or answer the question above yourself.
          </p>
        )}
        {result && 'reader' in result && (
          <result.reader.PasteResult key={result.n} flow={flow} reading={result.reading} />
        )}
      </div>
    </section>
  );
}
