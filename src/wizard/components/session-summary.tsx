import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/app/paths';
import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import type { Session } from '@/engine/session';
import type { Walk } from '@/engine/walk';
import { copyText } from '@/wizard/export/download';
import { buildReport, ticketText } from '@/wizard/export/session-report';
import { useStoredSession } from '@/wizard/store/wizard-store';

/** Everything answered, done and noted, as text ready for a ticket, with a copy button. */
export function SessionSummary({ flow, session, walk }: { flow: Flow; session: Session; walk: Walk }) {
  const stored = useStoredSession(flow.id);
  const text = useMemo(
    () =>
      ticketText(
        buildReport(flow, stored ?? { ...session, answers: { ...session.answers }, checks: {}, id: '', startedAt: 0, updatedAt: 0, log: [], notes: {} }),
      ),
    [flow, session, stored],
  );
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => setCopied((await copyText(text)) ? 'done' : 'failed');
  return (
    <section aria-labelledby="summary-title" className="mt-6" data-testid="session-summary">
      <h2 id="summary-title" className="text-lg font-bold">
        Summary for the ticket
      </h2>
      <label htmlFor="summary-text" className="mt-1 block text-slate-700">
        Everything answered, done and noted in this session:
      </label>
      <textarea
        id="summary-text"
        readOnly
        value={text}
        rows={Math.min(24, text.split('\n').length + 1)}
        className="mt-2 w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          Copy for ticket
        </Button>
        <Link to={paths.handover(flow.id, walk.current.id)} className="font-semibold text-brand-700 underline underline-offset-2">
          More: download, print or share
        </Link>
        <span role="status" className="text-sm text-slate-700">
          {copied === 'done' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Copying was blocked: select the text and copy it.' : ''}
        </span>
      </div>
    </section>
  );
}
