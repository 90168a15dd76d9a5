/**
 * The part of the "How sure" panel for a verdict short of confirmed: the one
 * or two open answers that would settle it, each with a link to answer it now
 * and how to check it. Loaded only for such a verdict (outcome-step.tsx).
 */
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import { quoted } from '@/lib/quote';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Verdict } from '@/engine/verdict';
import type { Walk } from '@/engine/walk';
import { useCaseRef } from '@/features/wizard/hooks/use-case';

export function VerdictOpen({ walk, v }: { walk: Walk; v: Verdict }) {
  const caseRef = useCaseRef();
  const onPath = new Set(walk.path.map((p) => p.node.id));
  // Every answer this guide asks is given: what is left is asked by the guide that continues the case (below).
  if (v.settledIn && !v.toSettle.length)
    return (
      <p className="mt-1" data-testid="settled-in">
        No answer rules it out, and this guide has asked all it can. The guide the case continues in (below) asks the
        rest and checks whether its cause is what happened here.
      </p>
    );
  return (
    <>
      <p className="mt-1">
        No answer rules it out, but {v.toSettle.length === 1 ? 'this answer is' : 'these answers are'} still open.{' '}
        {v.toSettle.length === 1 ? 'It settles' : 'They settle'} it:
      </p>
      <ul className="mt-2 grid gap-3" data-testid="to-settle">
        {v.toSettle.map((c) => (
          <li key={c.question.id} className="rounded-md border border-amber-300 bg-white p-3">
            <p>
              <span className="font-semibold">{plainText(c.question.title)}</span>
              {c.answer ? <> (you answered {quoted(plainText(c.answer.label))})</> : null}. Confirmed if the answer is{' '}
              {c.settles.map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ' or '}
                  {quoted(plainText(o.label))}
                </span>
              ))}
              .
            </p>
            {onPath.has(c.question.id) && (
              <Link
                to={`${paths.step(caseRef, c.question.id)}&settle`}
                className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
              >
                Answer it now<span className="sr-only">: {plainText(c.question.title)}</span>
              </Link>
            )}
            {c.question.howToCheck && (
              <details className="mt-1">
                <summary className="cursor-pointer font-semibold text-brand-700">
                  {plainText(c.question.howToCheck.title)}
                </summary>
                <ol className="mt-2 grid list-decimal gap-1 pl-6">
                  {c.question.howToCheck.steps.map((step, i) => (
                    <li key={i}>
                      <RichText text={step} />
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
