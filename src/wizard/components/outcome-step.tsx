import { Link } from 'react-router';

import { paths } from '@/app/paths';
import { AfterPaint } from '@/components/ui/after-paint';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Flow, OutcomeNode } from '@/content/schema';
import { type Finding, explain, ruledOutBy } from '@/engine/evidence';
import type { Session } from '@/engine/session';
import type { Walk } from '@/engine/walk';
import { cn } from '@/lib/cn';
import { pastedAnswers } from '@/wizard/provenance';
import { useCaseRef, useStoredCase } from '@/wizard/hooks/use-case';
import { outcomeKindLabel } from '@/wizard/transcript';

import { PrintFixLinks } from './print-fix-link';
import { SessionSummary } from './session-summary';
import { SourceCitation } from './source-citation';
import { StepHeading } from './step-heading';

const TONE: Record<OutcomeNode['type'], string> = {
  diagnosis: 'bg-brand-50 text-brand-800 border-brand-600',
  'not-this': 'bg-amber-50 text-amber-950 border-amber-600',
  'other-cause': 'bg-amber-50 text-amber-950 border-amber-600',
  'not-applicable': 'bg-slate-100 text-slate-900 border-slate-500',
  resolved: 'bg-green-50 text-green-900 border-green-700',
  escalate: 'bg-red-50 text-red-900 border-red-700',
};

function sourceText(src: { ref: string; section: string } | undefined): string {
  if (!src) return '';
  return /^Q\d{6}$/.test(src.ref) ? `KB ${src.ref}, ${src.section}` : `${src.ref}, ${src.section}`;
}

function FindingItem({ f, pasted, answerLink }: { f: Finding; pasted?: string; answerLink?: string }) {
  return (
    <li>
      <span className="font-semibold">{plainText(f.question.title)}:</span>{' '}
      {f.answer ? <>“{plainText(f.answer.label)}”</> : <span className="text-slate-600">not asked on this path</span>}
      {f.evidence.source && <span className="text-sm text-slate-600"> ({sourceText(f.evidence.source)})</span>}
      {pasted && (
        <span className="block text-sm text-slate-700" data-testid="pasted-citation">
          From the pasted event: {pasted}
        </span>
      )}
      {answerLink && (
        <>
          {' '}
          <Link to={answerLink} className="text-sm text-brand-700 underline underline-offset-2">
            Answer it now<span className="sr-only">: {plainText(f.question.title)}</span>
          </Link>
        </>
      )}
    </li>
  );
}

/** The reasoning trail: supporting, contradicting and open answers, and every other cause with what ruled it out. */
function Reasoning({ flow, session, walk, node }: { flow: Flow; session: Session; walk: Walk; node: OutcomeNode }) {
  // Which answers came from a pasted event (worked out here, below the first screen, not in the click).
  const stored = useStoredCase();
  const caseRef = useCaseRef();
  const pasted = pastedAnswers(flow, session.answers, stored?.log);
  // A fix result (resolved / escalate) is explained by the diagnosis the fix followed.
  const basis: OutcomeNode | undefined = node.evidence?.length
    ? node
    : walk.path
        .map((p) => p.node)
        .find((n): n is OutcomeNode => n.kind === 'outcome' && n.id !== node.id && Boolean(n.evidence?.length));
  const ruled = ruledOutBy(flow, walk, node);
  const onPath = new Set(walk.path.map((p) => p.node.id));
  const e = explain(flow, walk, basis ?? node);
  const own = basis ? e : undefined;
  const answerLink = (f: Finding) =>
    onPath.has(f.question.id) && (!f.answer || f.answer.unsure) ? paths.step(caseRef, f.question.id) : undefined;
  const item = (f: Finding, link = false) => (
    <FindingItem
      key={f.question.id}
      f={f}
      pasted={pasted.get(f.question.id)}
      answerLink={link ? answerLink(f) : undefined}
    />
  );
  return (
    <section
      aria-labelledby="why-title"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="reasoning"
    >
      <h2 id="why-title" className="text-lg font-bold">
        Why this result
      </h2>
      {basis && basis !== node && (
        <p className="mt-1 text-slate-700">
          This result follows the diagnosis “{plainText(basis.title)}”; here is how that diagnosis was reached.
        </p>
      )}
      {ruled.length > 0 && (
        <div className="mt-2" data-testid="ruled-out-by">
          <h3 className="font-semibold">Ruled out by your answer</h3>
          <ul className="mt-1 list-inside list-disc">{ruled.map((f) => item(f))}</ul>
        </div>
      )}
      {own && own.supporting.length > 0 && (
        <div className="mt-3" data-testid="supporting">
          <h3 className="font-semibold">Answers that support it</h3>
          <ul className="mt-1 list-inside list-disc">{own.supporting.map((f) => item(f))}</ul>
        </div>
      )}
      {own && own.contradicting.length > 0 && (
        <div className="mt-3" data-testid="contradicting">
          <h3 className="font-semibold">Answers that contradict it</h3>
          <ul className="mt-1 list-inside list-disc">{own.contradicting.map((f) => item(f))}</ul>
        </div>
      )}
      {own && own.open.length > 0 && (
        <div className="mt-3" data-testid="unconfirmed">
          <h3 className="font-semibold">Not confirmed yet</h3>
          <ul className="mt-1 list-inside list-disc">{own.open.map((f) => item(f, true))}</ul>
        </div>
      )}
      {(e.ruledOut.length > 0 || e.stillPossible.length > 0) && (
        <div className="mt-4 border-t border-slate-200 pt-3" data-testid="alternatives">
          <h3 className="font-semibold">Other known causes</h3>
          {e.stillPossible.length > 0 && (
            <div data-testid="still-possible">
              <p className="mt-1 text-slate-800">
                Still possible (no answer rules {e.stillPossible.length === 1 ? 'it' : 'them'} out yet; answering the
                open questions tells them apart):
              </p>
              <ul className="mt-1 list-inside list-disc">
                {e.stillPossible.map((a) => (
                  <li key={a.outcome.id}>
                    {plainText(a.outcome.title)}{' '}
                    <span className="text-sm text-slate-600">({sourceText(a.outcome.source)})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {e.ruledOut.length > 0 && (
            <details className="mt-2" data-testid="ruled-out-alternatives">
              <summary className="cursor-pointer font-semibold text-brand-700">
                Ruled out: {e.ruledOut.length} other {e.ruledOut.length === 1 ? 'cause' : 'causes'}, with the answer
                that ruled out each
              </summary>
              <ul className="mt-2 grid gap-2">
                {e.ruledOut.map((a) => (
                  <li key={a.outcome.id}>
                    <span className="block">{plainText(a.outcome.title)}</span>
                    {a.ruledOutBy && (
                      <span className="block text-sm text-slate-700">
                        Ruled out by {plainText(a.ruledOutBy.question.title)}: “
                        {plainText(a.ruledOutBy.answer?.label ?? '')}”
                        {a.ruledOutBy.evidence.source && <> ({sourceText(a.ruledOutBy.evidence.source)})</>}
                        {pasted.has(a.ruledOutBy.question.id) && <>, from the pasted event</>}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

export function OutcomeStep({
  flow,
  session,
  walk,
  node,
  onContinue,
  onStartOver,
}: {
  flow: Flow;
  session: Session;
  walk: Walk;
  node: OutcomeNode;
  onContinue?: () => void;
  onStartOver: () => void;
}) {
  return (
    <div>
      <p className={cn('inline-block rounded-full border px-3 py-0.5 text-sm font-semibold', TONE[node.type])}>
        {outcomeKindLabel(node.type)}
      </p>
      <StepHeading>{node.title}</StepHeading>
      <p className="mt-3 max-w-prose text-lg text-slate-800">
        <RichText text={node.summary} />
      </p>
      {node.body?.map((b, i) => (
        <p key={i} className="mt-3 max-w-prose text-slate-700">
          <RichText text={b} />
        </p>
      ))}
      <SourceCitation source={node.source} className="mt-3" />
      <AfterPaint>
        <Reasoning flow={flow} session={session} walk={walk} node={node} />
        {node.nextChecks && (
          <section aria-labelledby="next-title" className="mt-6">
            <h2 id="next-title" className="text-lg font-bold">
              What to check next
            </h2>
            <ul className="mt-2 grid max-w-prose list-inside list-disc gap-2">
              {node.nextChecks.map((c, i) => (
                <li key={i}>
                  <RichText text={c} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {!node.next && <SessionSummary flow={flow} session={session} walk={walk} />}
        <div className="mt-6 flex flex-wrap gap-3">
          {onContinue && node.next && (
            <button
              type="button"
              onClick={onContinue}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white shadow-sm hover:bg-brand-800"
            >
              {node.nextLabel ?? 'Continue'}
            </button>
          )}
          {node.type === 'diagnosis' && node.next && <PrintFixLinks />}
          {!node.next && (
            <button
              type="button"
              onClick={onStartOver}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-base font-semibold text-slate-900 hover:bg-slate-100"
            >
              Start a new session
            </button>
          )}
        </div>
      </AfterPaint>
    </div>
  );
}
