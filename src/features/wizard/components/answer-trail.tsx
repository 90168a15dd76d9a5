import { memo } from 'react';
import { Link } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { type CaseRef, paths } from '@/lib/paths';
import { plainText } from '@/components/ui/rich-text';
import type { FlowNode } from '@/content/schema';
import type { Walk } from '@/engine/walk';
import { useCaseRef, useStoredCase } from '@/features/wizard/hooks/use-case';
import { assumedNodes, carriedQuestions } from '@/features/wizard/provenance';

/** The answers a handed-over case gave in earlier guides: loaded only for such a case. */
const EarlierTrail = lazyComponent(
  () => import('./earlier-trail'),
  (m) => m.default,
  'EarlierTrail',
);

/** The answers given on the current path, each with a link to change it. */
export function AnswerTrail({ walk, currentId }: { walk: Walk; currentId: string }) {
  const answered = walk.path.filter((p) => p.choice && p.node.kind !== 'outcome');
  const stored = useStoredCase();
  const notes = stored?.notes;
  const caseRef = useCaseRef();
  // A case handed over from another guide: the answers it came with, each marked (the guide is named above them).
  const carried = stored?.earlier ? carriedQuestions(stored.answers, stored.log) : [];
  // A case started at a later step: what comes before it was taken as given, not answered or done here.
  const assumed = assumedNodes(
    walk.path.map((p) => p.node.id),
    stored?.log,
  );
  return (
    <nav aria-labelledby="trail-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="trail-title" className="font-bold">
        Your answers
      </h2>
      {stored?.earlier && <EarlierTrail parts={stored.earlier} current={stored.flowId} />}
      {answered.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing answered yet.</p>
      ) : (
        <ol className="mt-2 grid gap-3 text-sm" data-testid="answer-trail">
          {answered.map((p) => (
            <TrailItem
              key={p.node.id}
              caseRef={caseRef}
              node={p.node}
              label={p.choice?.label ?? ''}
              note={notes?.[p.node.id]?.text}
              carried={carried.includes(p.node.id)}
              assumed={assumed.includes(p.node.id)}
              current={p.node.id === currentId}
            />
          ))}
        </ol>
      )}
    </nav>
  );
}

/**
 * One answer. Memoised: a step change adds an answer at the end and leaves the
 * others as they were, so only the new one renders inside the click.
 */
const TrailItem = memo(function TrailItem({
  caseRef,
  node,
  label,
  note,
  carried,
  assumed,
  current,
}: {
  caseRef: CaseRef;
  node: FlowNode;
  /** The chosen answer's label as written in the content (a string: memo compares it by value). */
  label: string;
  note: string | undefined;
  /** The answer came with the case from the guide before (a hand-over), and was not given again here. */
  carried: boolean;
  /** Taken as given when the case was started at a later step. */
  assumed: boolean;
  current: boolean;
}) {
  const title = plainText(node.title);
  return (
    <li className="min-w-0 wrap-anywhere">
      <span className="block font-semibold">{title}</span>
      <span className="block text-slate-700">
        {node.kind === 'step' ? (assumed ? 'Assumed done' : 'Done') : plainText(label)}
        {carried && ' (carried over)'}
        {assumed && node.kind !== 'step' && ' (assumed)'}
      </span>
      {note && (
        // Wrapped anywhere (a long word must never widen the page), and at most four lines here: the whole note
        // is on its own step, and in the ticket text; a pasted log would otherwise make this list pages long.
        <span className="line-clamp-4 whitespace-pre-line text-slate-600 italic">Note: {note}</span>
      )}
      {!current && (
        <Link
          to={paths.step(caseRef, node.id)}
          className="text-brand-700 underline underline-offset-2"
          aria-label={`Change: ${title}`}
        >
          Change
        </Link>
      )}
    </li>
  );
});
