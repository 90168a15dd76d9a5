import { Link } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { paths } from '@/lib/paths';
import { AfterPaint } from '@/lib/after-paint';
import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Flow, OutcomeNode, Source } from '@/content/schema';
import { type Finding, explain, ruledOutBy } from '@/engine/evidence';
import type { Session } from '@/engine/walk';
import { type Verdict, basisOf, verdict as verdictOf } from '@/engine/verdict';
import type { Walk } from '@/engine/walk';
import { cn } from '@/lib/cn';
import { quoted } from '@/lib/quote';
import { pastedAnswers } from '@/features/wizard/provenance';
import { useCaseRef, useStoredCase } from '@/features/wizard/hooks/use-case';
import { levelLabel, outcomeHeadline, outcomeKindLabel, refText, sourceText } from '@/features/wizard/transcript';

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

/**
 * Where the answers of one list come from, said once under its heading
 * ("KB Q255888, Symptoms and Cause") when they share one article; otherwise
 * each answer cites its own.
 */
function sharedSource(findings: readonly Finding[]): string | undefined {
  const sources = findings.map((f) => f.evidence.source).filter((s): s is Source => !!s);
  if (sources.length !== findings.length || !sources.length) return undefined;
  const ref = sources[0]!.ref;
  if (!sources.every((s) => s.ref === ref)) return undefined;
  const sections = [...new Set(sources.map((s) => s.section))];
  return sourceText({
    ref,
    section: sections.length > 1 ? `${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}` : sections[0]!,
  });
}

function FindingItem({
  f,
  pasted,
  answerLink,
  cite = true,
}: {
  f: Finding;
  pasted?: string;
  answerLink?: string;
  cite?: boolean;
}) {
  return (
    <li>
      <span className="font-semibold">{plainText(f.question.title)}:</span>{' '}
      {f.answer ? quoted(plainText(f.answer.label)) : <span className="text-slate-600">not asked on this path</span>}
      {cite && f.evidence.source && <span className="text-sm text-slate-600"> ({sourceText(f.evidence.source)})</span>}
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
  const basis = basisOf(walk, node);
  const v = basis && verdictOf(flow, walk, basis);
  const basisVerdict = basis !== node ? v : undefined;
  const ruled = ruledOutBy(flow, walk, node);
  // Reached straight from the fix, with no diagnosis: no cause was weighed, so none is listed as still possible.
  if (!basis && !ruled.length) return null;
  const onPath = new Set(walk.path.map((p) => p.node.id));
  const e = explain(flow, walk, basis ?? node);
  const own = basis ? e : undefined;
  // An answer that rules the article out is listed there, not again as support for "probably not this article".
  const supporting = own?.supporting.filter((f) => !ruled.some((r) => r.question.id === f.question.id)) ?? [];
  const answerLink = (f: Finding) =>
    onPath.has(f.question.id) && (!f.answer || f.answer.unsure)
      ? `${paths.step(caseRef, f.question.id)}&settle`
      : undefined;
  const item = (f: Finding, link = false, cite = true) => (
    <FindingItem
      key={f.question.id}
      f={f}
      pasted={pasted.get(f.question.id)}
      answerLink={link ? answerLink(f) : undefined}
      cite={cite}
    />
  );
  /** A list of answers under its heading, its source said once when the answers share one. */
  const list = (title: string, findings: readonly Finding[], testId: string, link = false, first = false) => {
    const shared = sharedSource(findings);
    return (
      <div className={first ? 'mt-2' : 'mt-3'} data-testid={testId}>
        <h3 className="font-semibold">{title}</h3>
        {shared && (
          <p className="text-sm text-slate-600" data-testid="list-source">
            Source: {shared}
          </p>
        )}
        <ul className="mt-1 list-inside list-disc">{findings.map((f) => item(f, link, !shared))}</ul>
      </div>
    );
  };
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
          This result follows the diagnosis {quoted(plainText(basis.title))}
          {basisVerdict && <> ({levelLabel(basisVerdict.level).toLowerCase()} by your answers)</>}; here is how that
          diagnosis was reached.
        </p>
      )}
      {ruled.length > 0 && list('Ruled out by your answer', ruled, 'ruled-out-by', false, true)}
      {supporting.length > 0 && list('Answers that support it', supporting, 'supporting')}
      {own && own.contradicting.length > 0 && list('Answers that contradict it', own.contradicting, 'contradicting')}
      {own &&
        own.open.length > 0 &&
        // Open answers do not hold back a confirmed verdict (its decisive answers are all given). Short of it, they
        // are what they are: an answer the cause allows without pointing to it, a "Not sure", a question not asked
        // (what would settle it is named above, under "How sure").
        list(
          v && v.level === 'confirmed' ? 'Not needed to confirm it' : 'Neither for nor against',
          own.open,
          'unconfirmed',
          true,
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
                    {plainText(a.outcome.title)}
                    {/* The article is cited once: by the title when it names it, else here. */}
                    {!a.outcome.title.includes(a.outcome.source.ref) && (
                      <span className="text-sm text-slate-600"> ({refText(a.outcome.source.ref)})</span>
                    )}
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
                        Ruled out by {plainText(a.ruledOutBy.question.title)}:{' '}
                        {quoted(plainText(a.ruledOutBy.answer?.label ?? ''))}
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

/** Only an outcome that another guide continues loads it. */
const HandOverPanel = lazyComponent(
  () => import('./hand-over-panel'),
  (m) => m.default,
  'HandOverPanel',
);
/** The answers that would settle a verdict short of confirmed: not needed on a walk whose answers confirm it. */
const VerdictOpen = lazyComponent(
  () => import('./verdict-open'),
  (m) => m.VerdictOpen,
  'VerdictOpen',
);

/**
 * How sure the verdict is, under the headline: confirmed by the answers that
 * define the cause, or likely / possible with the one or two answers that
 * would settle it, each with a link to answer it now and how to check it.
 */
function VerdictPanel({ walk, v, basis }: { walk: Walk; v: Verdict; basis: OutcomeNode }) {
  const confirmed = v.level === 'confirmed';
  return (
    <section
      aria-labelledby="verdict-title"
      className={cn(
        'mt-4 max-w-prose rounded-lg border-2 p-4',
        confirmed ? 'border-green-700 bg-green-50' : 'border-amber-600 bg-amber-50',
      )}
      data-testid="verdict"
      data-level={v.level}
    >
      <h2 id="verdict-title" className="text-lg font-bold">
        How sure: {levelLabel(v.level).toLowerCase()}
        {!confirmed && <span className="font-normal">, not confirmed yet</span>}
      </h2>
      {confirmed ? (
        <>
          <p className="mt-1">
            {basis.type === 'diagnosis'
              ? 'The answers that define the article’s cause'
              : 'The answers that decide this'}{' '}
            are given, and none of your answers contradicts it:
          </p>
          <ul className="mt-1 list-inside list-disc">
            {v.checks.map((c) => (
              <li key={c.question.id}>
                <span className="font-semibold">{plainText(c.question.title)}:</span>{' '}
                {quoted(plainText(c.answer?.label ?? ''))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <VerdictOpen fallback={<p className="mt-1">Looking up what would settle it…</p>} walk={walk} v={v} />
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
  onClose,
}: {
  flow: Flow;
  session: Session;
  walk: Walk;
  node: OutcomeNode;
  onContinue?: () => void;
  onStartOver: () => void;
  /** Close (file away) the case at its end; absent when it is closed already. */
  onClose?: () => void;
}) {
  // Only an outcome that names a cause carries a verdict in its headline; a fix result shows the verdict it rests on.
  const basis = basisOf(walk, node);
  const v = basis ? verdictOf(flow, walk, basis) : undefined;
  return (
    <div>
      <p className={cn('inline-block rounded-full border px-3 py-0.5 text-sm font-semibold', TONE[node.type])}>
        {outcomeKindLabel(node.type)}
      </p>
      <StepHeading>{outcomeHeadline(node.title, basis === node ? v : undefined)}</StepHeading>
      <p className="mt-3 max-w-prose text-lg text-slate-800">
        <RichText text={node.summary} />
      </p>
      {v && basis === node && <VerdictPanel walk={walk} v={v} basis={basis} />}
      {node.body?.map((b, i) => (
        <p key={i} className="mt-3 max-w-prose text-slate-700">
          <RichText text={b} />
        </p>
      ))}
      <SourceCitation source={node.source} className="mt-3" />
      {node.continues && <HandOverPanel flow={flow} session={session} node={node} />}
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
          {onContinue && node.next && <Button onClick={onContinue}>{node.nextLabel ?? 'Continue'}</Button>}
          {node.type === 'diagnosis' && node.next && <PrintFixLinks />}
          {!node.next && (
            <Button variant="secondary" onClick={onStartOver}>
              Start a new case
            </Button>
          )}
          {!node.next && onClose && (
            <Button variant="secondary" onClick={onClose}>
              Close this case
            </Button>
          )}
        </div>
      </AfterPaint>
    </div>
  );
}
