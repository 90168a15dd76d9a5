import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import type { Flow } from '@/content/schema';
import type { Session } from '@/engine/walk';
import type { Walk } from '@/engine/walk';
import { buildReport, ticketText } from '@/features/wizard/export/session-report';
import { useCaseRef, useStoredCase } from '@/features/wizard/hooks/use-case';

/**
 * Everything answered, done and noted, as the text for the ticket, on a
 * case's last page. "Copy for ticket" is where it is on every step (the
 * "Ticket and hand-over" panel beside it), so it is not repeated here.
 */
export function SessionSummary({ flow, session, walk }: { flow: Flow; session: Session; walk: Walk }) {
  const stored = useStoredCase();
  const caseRef = useCaseRef();
  const text = useMemo(
    () =>
      ticketText(
        buildReport(
          flow,
          stored ?? {
            ...session,
            answers: { ...session.answers },
            checks: {},
            id: '',
            startedAt: 0,
            updatedAt: 0,
            log: [],
            notes: {},
          },
        ),
      ),
    [flow, session, stored],
  );
  // A case handed over from another guide: each guide's part in order, once the earlier guides are in.
  const [made, setMade] = useState<{ of: typeof stored; text: string }>();
  useEffect(() => {
    if (stored?.earlier)
      void import('../export/case-report')
        .then((m) => m.caseTicketTextOf(flow, stored))
        .then(
          (t) => setMade({ of: stored, text: t }),
          () => undefined,
        );
  }, [flow, stored]);
  const whole = made && made.of === stored ? made.text : undefined;
  return (
    <section aria-labelledby="summary-title" className="mt-6" data-testid="session-summary">
      <h2 id="summary-title" className="text-lg font-bold">
        Summary for the ticket
      </h2>
      <label htmlFor="summary-text" className="mt-1 block text-slate-700">
        Everything answered, done and noted in this case (“Copy for ticket” under “Ticket and hand-over” puts it on the
        clipboard):
      </label>
      <textarea
        id="summary-text"
        readOnly
        value={whole ?? text}
        rows={Math.min(24, (whole ?? text).split('\n').length + 1)}
        className="mt-2 w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link
          to={paths.handover(caseRef, walk.current.id)}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          More: download, print or share
        </Link>
      </div>
    </section>
  );
}
