import { RichText, plainText } from '@/components/ui/rich-text';
import type { Flow, OutcomeNode } from '@/content/schema';
import { type Finding, assess, ruledOutBy } from '@/engine/evidence';
import type { Session } from '@/engine/session';
import type { Walk } from '@/engine/walk';
import { cn } from '@/lib/cn';
import { outcomeKindLabel } from '@/wizard/transcript';

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

function FindingItem({ f }: { f: Finding }) {
  return (
    <li>
      <span className="font-semibold">{plainText(f.question.title)}:</span>{' '}
      {f.answer ? <>“{plainText(f.answer.label)}”</> : <span className="text-slate-600">not asked on this path</span>}
      {f.evidence.source && (
        <span className="text-sm text-slate-600">
          {' '}
          (KB {f.evidence.source.ref}, {f.evidence.source.section})
        </span>
      )}
    </li>
  );
}

function Reasoning({ flow, walk, node }: { flow: Flow; walk: Walk; node: OutcomeNode }) {
  const ruled = ruledOutBy(flow, walk, node);
  const a = node.evidence?.length ? assess(flow, walk, node) : undefined;
  if (!ruled.length && !a) return null;
  return (
    <section aria-labelledby="why-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="reasoning">
      <h2 id="why-title" className="text-lg font-bold">
        Why this result
      </h2>
      {ruled.length > 0 && (
        <div className="mt-2" data-testid="ruled-out-by">
          <h3 className="font-semibold">Ruled out by your answer</h3>
          <ul className="mt-1 list-inside list-disc">
            {ruled.map((f) => (
              <FindingItem key={f.question.id} f={f} />
            ))}
          </ul>
        </div>
      )}
      {a && a.supporting.length > 0 && (
        <div className="mt-3" data-testid="supporting">
          <h3 className="font-semibold">Answers that support it</h3>
          <ul className="mt-1 list-inside list-disc">
            {a.supporting.map((f) => (
              <FindingItem key={f.question.id} f={f} />
            ))}
          </ul>
        </div>
      )}
      {a && a.contradicting.length > 0 && (
        <div className="mt-3" data-testid="contradicting">
          <h3 className="font-semibold">Answers that contradict it</h3>
          <ul className="mt-1 list-inside list-disc">
            {a.contradicting.map((f) => (
              <FindingItem key={f.question.id} f={f} />
            ))}
          </ul>
        </div>
      )}
      {a && a.open.length > 0 && (
        <div className="mt-3" data-testid="unconfirmed">
          <h3 className="font-semibold">Not confirmed yet</h3>
          <ul className="mt-1 list-inside list-disc">
            {a.open.map((f) => (
              <FindingItem key={f.question.id} f={f} />
            ))}
          </ul>
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
      <Reasoning flow={flow} walk={walk} node={node} />
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
      {node.type === 'escalate' && <SessionSummary flow={flow} session={session} walk={walk} />}
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
    </div>
  );
}
