import { Link } from 'react-router';

import { paths } from '@/app/paths';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import type { Walk } from '@/engine/walk';
import { useStoredSession } from '@/wizard/store/wizard-store';

/** The answers given on the current path, each with a link to change it. */
export function AnswerTrail({ flow, walk, currentId }: { flow: Flow; walk: Walk; currentId: string }) {
  const answered = walk.path.filter((p) => p.choice && p.node.kind !== 'outcome');
  const notes = useStoredSession(flow.id)?.notes;
  return (
    <nav aria-labelledby="trail-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="trail-title" className="font-bold">
        Your answers
      </h2>
      {answered.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing answered yet.</p>
      ) : (
        <ol className="mt-2 grid gap-3 text-sm" data-testid="answer-trail">
          {answered.map((p) => (
            <li key={p.node.id}>
              <span className="block font-semibold">{plainText(p.node.title)}</span>
              <span className="block text-slate-700">
                {p.node.kind === 'step' ? 'Done' : plainText(p.choice?.label ?? '')}
              </span>
              {notes?.[p.node.id]?.text && (
                <span className="block truncate text-slate-600 italic" title={notes[p.node.id]!.text}>
                  Note: {notes[p.node.id]!.text}
                </span>
              )}
              {p.node.id !== currentId && (
                <Link
                  to={paths.step(flow.id, p.node.id)}
                  className="text-brand-700 underline underline-offset-2"
                  aria-label={`Change: ${plainText(p.node.title)}`}
                >
                  Change
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
