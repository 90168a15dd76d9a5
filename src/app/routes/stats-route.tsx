import { useEffect, useMemo, useRef, useState } from 'react';
import { useLoaderData } from 'react-router';

import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { loadAllFlows } from '@/content/load-all-flows';
import type { Flow } from '@/content/schema';
import { formatWhen } from '@/lib/format-when';
import { plural } from '@/lib/quote';
import { downloadText } from '@/lib/download';
import { type NamedRow, statistics } from '@/store';
import { outcomeKindLabel } from '@/features/wizard/transcript';

function name(flows: readonly Flow[], flowId: string, nodeId: string): { kb: string; title: string; label?: string } {
  const flow = flows.find((f) => f.id === flowId);
  const node = flow?.nodes.find((n) => n.id === nodeId);
  return {
    kb: flow?.kb.id ?? flowId,
    title: node ? plainText(node.title) : `${nodeId} (no longer in the guide)`,
    ...(node?.kind === 'outcome' ? { label: outcomeKindLabel(node.type) } : {}),
  };
}

type Stats = Awaited<ReturnType<typeof statistics>>;

/** The flows, to name the outcomes of every article, and the statistics (with what the last click recorded). */
export async function loader(): Promise<{ flows: Flow[]; stats: Stats }> {
  const [flows, stats] = await Promise.all([loadAllFlows(), statistics()]);
  return { flows, stats };
}

/**
 * `/stats`: which outcomes sessions in this browser reached, and where
 * sessions were abandoned. Local only; exportable as CSV; erasable.
 */
export function Component() {
  const { flows, stats } = useLoaderData() as { flows: Flow[]; stats: Stats };
  const { eraseStats, levelsText, statsCsv, summarise } = stats;
  const [events, setEvents] = useState(stats.readStats);
  const [confirm, setConfirm] = useState(false);
  const [status, setStatus] = useState('');
  /** The safe answer takes the focus when the question opens; Escape or it gives the focus back to the opener. */
  const keepRef = useRef<HTMLButtonElement>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows: (NamedRow & { label?: string })[] = useMemo(
    () => summarise(events).map((r) => ({ ...r, ...name(flows, r.flowId, r.node) })),
    [events, flows, summarise],
  );
  const outcomes = rows.filter((r) => r.kind === 'outcome');
  const abandoned = rows.filter((r) => r.kind === 'abandoned');
  // Results a case arrived with (a hand-over file, a share link) are counted where they were reached, not here.
  const counted = events.filter((e) => !e.elsewhere);
  const sessions = new Set(counted.map((e) => e.session)).size;

  useEffect(() => {
    document.title = 'Outcome statistics – KB Wizard';
  }, []);
  useEffect(() => {
    if (confirm) keepRef.current?.focus();
  }, [confirm]);

  const exportCsv = () => {
    downloadText(`kb-wizard-outcomes-${new Date().toISOString().slice(0, 10)}.csv`, statsCsv(rows), 'text/csv');
    setStatus('CSV file saved to your downloads.');
  };
  const keep = () => {
    setConfirm(false);
    eraseRef.current?.focus();
  };
  const erase = () => {
    eraseStats();
    setEvents([]);
    setConfirm(false);
    setStatus('Statistics erased.');
    headingRef.current?.focus();
  };

  // On a narrow screen the table scrolls sideways in its own box, under its title; the page never does.
  const table = (title: string, list: (NamedRow & { label?: string })[], what: string, testId: string) => (
    <div className="min-w-0">
      <h2 id={`${testId}-title`} className="text-lg font-bold">
        {title}
      </h2>
      <TableScroll className="mt-2" label={title}>
        <table
          aria-labelledby={`${testId}-title`}
          className="w-full min-w-[32rem] border-collapse text-left"
          data-testid={testId}
        >
          <TableHead columns={['KB', what, { label: 'Sessions', className: 'text-right' }, 'Last seen']} />
          <tbody>
            {list.map((r) => (
              <tr key={`${r.flowId}-${r.node}`} className="border-b border-slate-200">
                <td className="py-2 pr-3">{r.kb}</td>
                <th scope="row" className="py-2 pr-3 font-normal">
                  {r.title}
                  {r.label && <span className="text-sm text-slate-600"> ({r.label})</span>}
                  {levelsText(r.levels) && (
                    <span className="block text-sm text-slate-700" data-testid="stats-levels">
                      How sure: {levelsText(r.levels)}
                    </span>
                  )}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{r.count}</td>
                <td className="py-2">{formatWhen(r.last)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );

  return (
    <div className="grid max-w-4xl gap-6">
      <div>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Outcome statistics
        </h1>
        <p className="mt-2 max-w-prose text-slate-700">
          For a helpdesk lead: which results the cases in this browser reached, and where they were abandoned (started
          over, closed or deleted before reaching a result). Each case counts as one session, and again each time it is
          started over. A session that reaches several results (a diagnosis, then the result of its fix) counts under
          each, so the results can add up to more than the sessions. A case opened from a hand-over file or a shared
          link counts only for what it reaches here. Kept only in this browser; nothing is sent anywhere.
        </p>
      </div>
      {counted.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4" data-testid="stats-empty">
          No sessions recorded yet in this browser.
        </p>
      ) : (
        <>
          <p>
            {plural(sessions, 'session')} recorded since {formatWhen(Math.min(...counted.map((e) => e.at)), 'date')}.
          </p>
          {outcomes.length > 0 && table('Results reached', outcomes, 'Result', 'stats-outcomes')}
          {abandoned.length > 0 &&
            table('Sessions abandoned, by the step they were on', abandoned, 'Step', 'stats-abandoned')}
        </>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={exportCsv} disabled={counted.length === 0}>
          Download CSV
        </Button>
        <Button
          ref={eraseRef}
          variant="secondary"
          onClick={() => setConfirm(true)}
          disabled={events.length === 0}
          aria-expanded={confirm}
        >
          Erase statistics…
        </Button>
      </div>
      <p role="status" className="min-h-6 text-sm text-slate-700">
        {status}
      </p>
      {confirm && (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes a dialog (WAI-ARIA APG); focus is always on one of its buttons
        <div
          role="alertdialog"
          aria-labelledby="erase-title"
          aria-describedby="erase-desc"
          className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
          onKeyDown={(e) => {
            if (e.key === 'Escape') keep();
          }}
        >
          <h2 id="erase-title" className="font-bold">
            Erase all statistics?
          </h2>
          <p id="erase-desc" className="mt-1">
            This removes every recorded result and abandoned session from this browser. It cannot be undone. Your cases
            themselves are not affected.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button variant="danger" onClick={erase}>
              Yes, erase
            </Button>
            <Button variant="secondary" ref={keepRef} onClick={keep}>
              Keep them
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
