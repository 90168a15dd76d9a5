/**
 * "Print the fix": the whole fix on one page, made for paper. Every step
 * with every screen picture drawn (at once, not as the reader scrolls), each
 * decision with where its answers go, the "Done?" items as squares to tick
 * by hand (ticked where this case has ticked them), and a step's note only
 * when there is one. The app's header, footer and buttons do not print.
 * Print waits until every picture is drawn (print-screens.ts).
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { ChecklistItem, Flow, StepNode } from '@/content/schema';
import type { Session } from '@/engine/walk';
import { MockupFigure } from '@/mockups/mockup-figure';
import { listenForPrint, printWithScreens } from '@/mockups/print-screens';
import { SourceCitation, useOptionalCaseRef, useFlow, useFlowSession } from '@/features/wizard';

import { type RunbookLink, type RunbookPart, fixDiagnosis, runbookParts } from './runbook';

/** The case's notes, by node id. */
type Notes = Readonly<Record<string, { readonly text: string } | undefined>>;

function linkText(to: RunbookLink): string {
  if (to.kind === 'step') return `go to step ${to.number}, ${plainText(to.title)}`;
  if (to.kind === 'decision') return `then: ${plainText(to.title)}`;
  return `the end: ${plainText(to.title)}`;
}

/** A square to tick with a pen; drawn ticked when the case has ticked it. */
function Box({ item, ticked }: { item: ChecklistItem; ticked: boolean }) {
  return (
    <li className="flex items-start gap-3">
      <span
        aria-hidden="true"
        className="mt-0.5 inline-flex size-5 shrink-0 items-center justify-center border-2 border-slate-900 bg-white font-bold leading-none"
      >
        {ticked ? '✓' : ''}
      </span>
      <span>
        <span className="sr-only">{ticked ? 'Ticked: ' : 'To tick: '}</span>
        <RichText text={item.label} />
        {item.required && <span className="text-slate-700"> (required)</span>}
      </span>
    </li>
  );
}

function Note({ text }: { text: string | undefined }) {
  if (!text?.trim()) return null;
  return (
    <div className="mt-4 border-l-4 border-slate-400 pl-3">
      <h4 className="font-semibold">Note</h4>
      <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</p>
    </div>
  );
}

function StepPart({
  node,
  number,
  session,
  notes,
}: {
  node: StepNode;
  number: number;
  session: Session;
  notes: Notes;
}) {
  const ticked = session.checks[node.id] ?? [];
  return (
    <section aria-labelledby={`rb-${node.id}`} data-runbook-step={node.id} className="mt-10 print:mt-8">
      <h2 id={`rb-${node.id}`} className="text-2xl font-bold print:break-after-avoid">
        {`Step ${number}: `}
        <RichText text={node.title} />
      </h2>
      {node.intro?.map((p, i) => (
        <p key={i} className="mt-2 max-w-prose">
          <RichText text={p} />
        </p>
      ))}
      <ol className="mt-4 grid gap-6">
        {node.actions.map((a, i) => (
          <li key={a.id} className="grid gap-3 print:break-inside-avoid">
            <p className="flex gap-3 text-lg">
              <span aria-hidden="true" className="font-bold">{`${number}.${i + 1}`}</span>
              <span>
                <span className="sr-only">{`Action ${i + 1}: `}</span>
                <RichText text={a.text} />
              </span>
            </p>
            {a.mockup && <MockupFigure mockup={a.mockup} eager />}
          </li>
        ))}
      </ol>
      {node.tips?.map((t, i) => (
        <div key={i} className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 print:break-inside-avoid">
          <h3 className="font-semibold">{`Tip: ${plainText(t.title)}`}</h3>
          {t.body.map((b, j) => (
            <p key={j} className="mt-2 max-w-prose">
              <RichText text={b} />
            </p>
          ))}
          {t.mockup && <MockupFigure mockup={t.mockup} eager className="mt-3" />}
        </div>
      ))}
      {node.checklist && node.checklist.length > 0 && (
        <div className="mt-6 print:break-inside-avoid">
          <h3 className="font-bold">Done?</h3>
          <ul className="mt-2 grid gap-2">
            {node.checklist.map((item) => (
              <Box key={item.id} item={item} ticked={ticked.includes(item.id)} />
            ))}
          </ul>
        </div>
      )}
      <Note text={notes[node.id]?.text} />
      <SourceCitation source={node.source} className="mt-4" />
    </section>
  );
}

function Part({ part, session, notes }: { part: RunbookPart; session: Session; notes: Notes }) {
  if (part.kind === 'step') return <StepPart node={part.node} number={part.number} session={session} notes={notes} />;
  const chosen = session.answers[part.node.id];
  if (part.kind === 'decision') {
    return (
      <section
        aria-labelledby={`rb-${part.node.id}`}
        className="mt-10 rounded-lg border-2 border-slate-400 p-4 print:mt-8 print:break-inside-avoid"
      >
        <h2 id={`rb-${part.node.id}`} className="text-xl font-bold">
          {'Decide: '}
          <RichText text={part.node.prompt} />
        </h2>
        <ul className="mt-3 grid gap-2">
          {part.options.map((o) => (
            <li key={o.id} className={o.id === chosen ? 'font-semibold' : undefined}>
              <RichText text={o.label} />
              {` → ${linkText(o.to)}`}
              {o.id === chosen && ' (this case’s answer)'}
            </li>
          ))}
        </ul>
        <Note text={notes[part.node.id]?.text} />
      </section>
    );
  }
  return (
    <section aria-labelledby={`rb-${part.node.id}`} className="mt-8 print:break-inside-avoid">
      <h2 id={`rb-${part.node.id}`} className="text-lg font-bold">
        {'End: '}
        <RichText text={part.node.title} />
      </h2>
      <p className="mt-1 max-w-prose">
        <RichText text={part.node.summary} />
      </p>
    </section>
  );
}

function Runbook({ flow }: { flow: Flow }) {
  // The case named in the address (the flow layout checks it): its answers, ticks and notes; else the article's fix.
  const caseRef = useOptionalCaseRef();
  const { session, stored, walk } = useFlowSession(flow);
  const notes: Notes = stored?.notes ?? {};
  const diagnosis = fixDiagnosis(
    flow,
    walk.path.map((p) => p.node),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `Fix runbook – KB ${flow.kb.id} – KB Wizard`;
    headingRef.current?.focus();
    listenForPrint();
  }, [flow.kb.id]);
  const parts = diagnosis ? runbookParts(flow, diagnosis.id) : [];
  const caseNote = stored?.sessionNote?.text.trim();
  const back = caseRef ? paths.step(caseRef, walk.current.id) : paths.flow(flow.id);

  return (
    <article className="mt-4" data-slot="runbook">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Button onClick={() => void printWithScreens()}>Print</Button>
        <Link
          to={back}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
        >
          Back to the guide
        </Link>
      </div>
      <h1 ref={headingRef} tabIndex={-1} className="mt-6 text-3xl font-bold print:mt-0">
        {'Fix runbook: '}
        {diagnosis ? <RichText text={diagnosis.title} /> : plainText(flow.title)}
      </h1>
      <p className="mt-2 text-slate-700">
        Work through it in order and tick each box as you go. Each decision says where each answer leads.
      </p>
      {caseNote && (
        <div className="mt-4 border-l-4 border-slate-400 pl-3">
          <h2 className="font-semibold">Case note</h2>
          <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{caseNote}</p>
        </div>
      )}
      {parts.length === 0 ? (
        <p className="mt-6">This guide has no fix to print.</p>
      ) : (
        parts.map((part) => <Part key={part.node.id} part={part} session={session} notes={notes} />)
      )}
    </article>
  );
}

export function FixRunbook() {
  const flow = useFlow();
  return <Runbook flow={flow} />;
}
