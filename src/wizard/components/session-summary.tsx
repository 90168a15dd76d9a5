import { useState } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import type { Session } from '@/engine/session';
import type { Walk } from '@/engine/walk';
import { buildTranscript } from '@/wizard/transcript';

/** Everything answered and done, as text ready for a ticket, with a copy button. */
export function SessionSummary({ flow, session, walk }: { flow: Flow; session: Session; walk: Walk }) {
  const text = buildTranscript(flow, session, walk);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby="summary-title" className="mt-6" data-testid="session-summary">
      <h2 id="summary-title" className="text-lg font-bold">
        Summary for the ticket
      </h2>
      <label htmlFor="summary-text" className="mt-1 block text-slate-700">
        Everything answered and done in this session:
      </label>
      <textarea
        id="summary-text"
        readOnly
        value={text}
        rows={Math.min(24, text.split('\n').length + 1)}
        className="mt-2 w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy summary
        </Button>
        <span role="status" className="text-sm text-slate-700">
          {copied === 'done' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Copying was blocked: select the text and copy it.' : ''}
        </span>
      </div>
    </section>
  );
}
