import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { startSession } from '@/engine/session';
import { ownName } from '@/features/wizard/case-name';
import { useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { useFlow, useFlowSession } from '@/features/wizard/hooks/use-flow';
import { copyText } from '@/lib/clipboard';
import { downloadText } from '@/lib/download';
import { exportFileName, sessionFileJson } from '@/features/wizard/export/session-file';
import { SessionFileImport } from '@/features/wizard/export/session-file-import';
import { buildCaseReport, caseMarkdown, caseTicketText, loadEarlierFlows } from '@/features/wizard/export/case-report';
import { SessionReportView } from '@/features/wizard/export/session-report-view';
import type { StoredSession } from '@/store';
import { GuideRevision } from '@/features/wizard/components/revision-notice';
import { SharePanel } from '@/features/wizard/share/share-panel';

import { type CaseRef, paths } from '@/lib/paths';
import { CaseOffer } from './lazy-case-offer';

/**
 * `/t/:flowId/handover?case=…`: everything collected in a case, ready to
 * copy into a ticket, download, print or share, with the way back to the
 * step. The page itself is the print view: app chrome and buttons do not
 * print. Without a case this browser has: which case to hand over.
 */
export function HandoverPage() {
  const flow = useFlow();
  const ref = useOptionalCaseRef();
  const [params] = useSearchParams();
  if (!ref) {
    return (
      <CaseOffer
        fallback={<p className="mt-6 text-slate-700">Opening…</p>}
        flow={flow}
        nodeId={null}
        missingCase={params.get('case')}
        mode={null}
        purpose="handover"
      />
    );
  }
  return <Handover flow={flow} caseRef={ref} />;
}

function Handover({ flow, caseRef }: { flow: Flow; caseRef: CaseRef }) {
  const { stored, walk } = useFlowSession(flow);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ticketBox = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  const session: StoredSession & { name?: string } = useMemo(
    () => stored ?? { ...startSession(flow), id: 'new', startedAt: 0, updatedAt: 0, log: [], notes: {}, checks: {} },
    [stored, flow],
  );
  // A case handed over from another guide: each guide's part in order, once the earlier guides are in.
  const [earlierFlows, setEarlierFlows] = useState<ReadonlyMap<string, Flow>>(new Map());
  const parts = stored?.earlier;
  useEffect(() => {
    let live = true;
    if (parts) void loadEarlierFlows(parts).then((f) => live && setEarlierFlows(f));
    return () => {
      live = false;
    };
  }, [parts]);
  const report = useMemo(() => buildCaseReport(flow, session, earlierFlows), [flow, session, earlierFlows]);
  const ticket = useMemo(() => caseTicketText(report), [report]);

  const from = params.get('from');
  const back = walk.path.find((p) => p.node.id === from)?.node ?? walk.current;

  useEffect(() => {
    document.title = `Hand over – KB ${flow.kb.id} – KB Wizard`;
    headingRef.current?.focus();
  }, [flow.kb.id]);

  const copy = async () => {
    if (await copyText(ticket)) return setStatus('Copied for the ticket.');
    // Refused both ways: the text, shown and selected, is one Ctrl+C away.
    const box = ticketBox.current;
    const details = box?.closest('details');
    if (details) details.open = true;
    box?.focus();
    setStatus('Copying was blocked: the ticket text is selected below; press Ctrl+C to copy it.');
  };
  const name = ownName(session);
  const save = (kind: 'md' | 'json') => {
    const now = Date.now();
    if (kind === 'md') downloadText(exportFileName(flow, now, 'md', name), caseMarkdown(report), 'text/markdown');
    else downloadText(exportFileName(flow, now, 'json', name), sessionFileJson(flow, session, now), 'application/json');
    setStatus(
      kind === 'md'
        ? 'Markdown file saved to your downloads.'
        : 'JSON file saved to your downloads. Open it here again with “Open a saved case”.',
    );
  };
  const print = () => {
    window.print();
    // What the status line said about the last download no longer applies.
    setStatus('');
  };

  return (
    <div className="mt-4 grid gap-6">
      <div className="print:hidden">
        <Link
          to={paths.step(caseRef, back.id)}
          // Inline, not flex: a long step title wraps under the arrow instead of leaving it alone beside two lines.
          className="inline-block min-h-11 py-2.5 font-semibold text-brand-700 underline underline-offset-2"
        >
          <span aria-hidden="true">←&nbsp;</span>Back to the step: {plainText(back.title)}
        </Link>
      </div>
      <div>
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-balance sm:text-3xl">
          Hand over this case
        </h1>
        <p className="mt-2 max-w-prose text-slate-700 print:hidden">
          Everything collected so far, ready for the ticket or for whoever takes the case next. Nothing here leaves this
          computer unless you copy, save or share it.
        </p>
      </div>
      <section
        aria-labelledby="handover-actions"
        className="rounded-lg border border-slate-200 bg-white p-4 print:hidden"
      >
        <h2 id="handover-actions" className="sr-only">
          Copy, save or print
        </h2>
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => void copy()}>Copy for ticket</Button>
          <Button variant="secondary" onClick={() => save('md')}>
            Download Markdown
          </Button>
          <Button variant="secondary" onClick={() => save('json')}>
            Download JSON
          </Button>
          <Button variant="secondary" onClick={print}>
            Print
          </Button>
        </div>
        <p role="status" className="mt-2 min-h-6 text-sm text-slate-700" data-testid="handover-status">
          {status}
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold text-brand-700">Show the ticket text</summary>
          <label htmlFor="ticket-text" className="mt-2 block text-sm text-slate-700">
            Plain text, as “Copy for ticket” puts it on the clipboard:
          </label>
          <textarea
            ref={ticketBox}
            id="ticket-text"
            readOnly
            value={ticket}
            rows={Math.min(24, ticket.split('\n').length + 1)}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm"
          />
        </details>
      </section>
      <SessionReportView report={report} />
      <GuideRevision flow={flow} />
      <SharePanel flow={flow} session={session} />
      <section aria-labelledby="open-file" className="rounded-lg border border-slate-200 bg-white p-4 print:hidden">
        <h2 id="open-file" className="text-lg font-bold">
          Pick up a case
        </h2>
        <div className="mt-2">
          <SessionFileImport onOpened={(to) => navigate(to)} />
        </div>
      </section>
    </div>
  );
}
