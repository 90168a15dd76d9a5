import { Link } from 'react-router';

import { paths } from '@/app/paths';
import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import type { Walk } from '@/engine/walk';
import type { StoredSession } from '@/wizard/store/persisted';

import { AnswerTrail } from './answer-trail';
import { NoteField } from './note-field';

/**
 * The side column of every step, in the same order on every step (WCAG
 * 3.2.6): the way to hand the case over, the notes, then the answers so far.
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
  stored?: StoredSession;
}) {
  return (
    <>
      <section
        aria-labelledby="handover-title"
        className="rounded-lg border border-slate-200 bg-white p-4 print:hidden"
        data-testid="escalation"
      >
        <h2 id="handover-title" className="font-bold">
          Still stuck?
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Pass the case on with everything collected so far: answers, ticks, notes and times.
        </p>
        <Link
          to={paths.handover(flow.id, node.id)}
          className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
        >
          Hand over this case
        </Link>
      </section>
      <section aria-labelledby="notes-title" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="notes-title" className="font-bold">
          Notes
        </h2>
        <NoteField
          key={`node-${node.id}`}
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
          hint="Ticket number, caller, server names. Saved as you type."
        />
      </section>
      <AnswerTrail flow={flow} walk={walk} currentId={node.id} />
    </>
  );
}
