import { memo, useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import type { Walk } from '@/engine/walk';
import { copyText } from '@/lib/clipboard';
import { buildReport, ticketText } from '@/features/wizard/export/session-report';
import { useCaseRef } from '@/features/wizard/hooks/use-case';
import { type StoredCase, caseById, getWizardState } from '@/store';

import { AnswerTrail } from './answer-trail';
import { NoteField } from './note-field';

/**
 * The side column of every step, in the same order on every step (WCAG
 * 3.2.6): the case's ticket text and hand-over, the notes, then the answers
 * so far.
 */
export function SessionAside({
  flow,
  walk,
  node,
  stored,
}: {
  flow: Flow;
  walk: Walk;
  node: FlowNode;
  stored?: StoredCase;
}) {
  return (
    <>
      <StillStuck flow={flow} nodeId={node.id} />
      <section aria-labelledby="notes-title" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="notes-title" className="font-bold">
          Notes
        </h2>
        <NoteField
          key="step"
          flow={flow}
          nodeId={node.id}
          stored={stored?.notes[node.id]?.text ?? ''}
          label={`On this step: ${plainText(node.title)}`}
          hint="What the caller said or saw here. Saved in this browser as you type."
        />
        <NoteField
          key="session"
          flow={flow}
          nodeId={null}
          stored={stored?.sessionNote?.text ?? ''}
          label="On the whole case"
          hint="Ticket number, caller, server names: its first line names the case. Saved as you type."
        />
      </section>
      <AnswerTrail walk={walk} currentId={node.id} />
    </>
  );
}

/**
 * Copy for ticket and Hand over. Memoised on the step: an answer changes the
 * case, not these (the copy reads the case when pressed).
 */
const StillStuck = memo(function StillStuck({ flow, nodeId }: { flow: Flow; nodeId: string }) {
  const caseRef = useCaseRef();
  return (
    <section
      aria-labelledby="handover-title"
      className="rounded-lg border border-slate-200 bg-white p-4 print:hidden"
      data-testid="escalation"
    >
      <h2 id="handover-title" className="font-bold">
        Ticket and hand-over
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Pass the case on with everything collected so far: answers, ticks, notes and times.
      </p>
      <CopyForTicket flow={flow} nodeId={nodeId} />
      <Link
        to={paths.handover(caseRef, nodeId)}
        className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
      >
        Hand over this case
      </Link>
    </section>
  );
});

/**
 * The case as plain text for a ticket, on the clipboard in one press, from
 * every step. The text is made on the press, not on every render of a step.
 */
function CopyForTicket({ flow, nodeId }: { flow: Flow; nodeId: string }) {
  const caseRef = useCaseRef();
  const [status, setStatus] = useState({ nodeId, text: '' });
  const copy = async () => {
    const stored = caseById(getWizardState().cases, caseRef.caseId);
    if (stored?.flowId !== flow.id) return;
    // A case handed over from another guide: each guide's part in order (loaded on the press).
    const text = stored.earlier
      ? await import('../export/case-report').then((m) => m.caseTicketTextOf(flow, stored))
      : ticketText(buildReport(flow, stored));
    const copied = await copyText(text);
    setStatus({
      nodeId,
      text: copied
        ? 'Copied for the ticket.'
        : 'Copying was blocked: open “Hand over this case” and copy the text there.',
    });
  };
  return (
    <div className="mt-3 grid gap-1">
      <Button variant="secondary" onClick={() => void copy()} className="justify-self-start">
        Copy for ticket
      </Button>
      <p role="status" className="text-sm text-slate-700" data-testid="copy-status">
        {/* Said about the step it was pressed on. */}
        {status.nodeId === nodeId && status.text}
      </p>
    </div>
  );
}
