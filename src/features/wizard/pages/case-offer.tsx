import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button, ButtonLink } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode, OutcomeNode, QuestionNode, StepNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { indexNodes } from '@/engine/graph';
import { entryStart, walk } from '@/engine/walk';
import { MODE_LABELS, parseMode, StepTrainer } from '@/features/trainer';
import { formatWhen } from '@/lib/format-when';
import { quoted } from '@/lib/quote';
import { MockupFigure } from '@/mockups/mockup-figure';
import { caseName } from '@/features/wizard/case-name';
import { ActionItem, StepTips } from '@/features/wizard/components/fix-step';
import { PrintFixLinks } from '@/features/wizard/components/print-fix-link';
import { SourceCitation } from '@/features/wizard/components/source-citation';
import { outcomeKindLabel } from '@/features/wizard/transcript';
import { CATALOG } from '@/content/catalog';
import {
  type StoredCase,
  actions,
  caseById,
  getWizardState,
  hasContent,
  loadCaseActions,
  useCases,
  useListAction,
} from '@/store';
import { type StartAt, shortestWayTo, waysTo } from '@/features/wizard/start-at';
import CaseMoved from '@/features/wizard/components/case-moved';

import { type CaseRef, type PracticeMode, paths } from '@/lib/paths';

const PRACTICE: readonly PracticeMode[] = ['show', 'try', 'test'];

type Props = {
  flow: Flow;
  /** The step the link named, or null (the flow's own address, a hand-over without a case). */
  nodeId: string | null;
  /** The case id the link named that this browser does not have, if any. */
  missingCase: string | null;
  /** `?mode=` of the link: a fix step's trainer opens in it, without a case. */
  mode: string | null;
  /** What the person came for: a step (default) or a case's hand-over page. */
  purpose?: 'step' | 'handover';
};

/**
 * A link without a case this browser has: never a silent redirect, but what
 * makes sense for whoever was sent it. For a fix step: start a new case at
 * that step, or from the beginning; for a question: start the diagnosis; in
 * both, resume an open case of the article. With `?mode=show|try|test` on a
 * fix step, that step's trainer opens at once, without a case (nothing is
 * stored, no statistics are counted).
 */
export function CaseOffer({ flow, nodeId, missingCase, mode, purpose = 'step' }: Props) {
  const node = nodeId ? indexNodes(flow).get(nodeId) : undefined;
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cases = useCases();
  const open = useMemo(
    () =>
      Object.entries(cases)
        .filter(([, c]) => c.flowId === flow.id && c.closedAt === undefined && hasContent(c, 'all'))
        .sort(([, a], [, b]) => b.updatedAt - a.updatedAt),
    [cases, flow.id],
  );
  const practice = node?.kind === 'step' && hasTrainer(node) ? parseMode(mode) : 'guide';

  const title =
    purpose === 'handover'
      ? 'Which case do you want to hand over?'
      : node
        ? plainText(node.kind === 'question' ? node.prompt : node.title)
        : `KB ${flow.kb.id}: start or resume a case`;

  useEffect(() => {
    document.title = `${title} – KB ${flow.kb.id} – KB Wizard`;
    // The heading, unless a part the page opens at names itself (a practice asked for in the link).
    (document.querySelector<HTMLElement>('[data-arrival-focus]') ?? headingRef.current)?.focus();
  }, [title, flow.kb.id]);

  // Back to the guide from a practice ("Guide" in its bar, which goes with it): focus goes to the practice's section
  // of the guide, where the modes are offered again, rather than the page.
  const practised = useRef(practice);
  useEffect(() => {
    if (practised.current !== 'guide' && practice === 'guide') document.getElementById('offer-practise')?.focus();
    practised.current = practice;
  }, [practice]);

  /** A new case, here at the step asked for when it is on the way; replaces the link in the history. */
  const start = (way: Pick<StartAt, 'entry' | 'answers'>, at: string) => {
    const partWay = Object.keys(way.answers).length > 0;
    const caseId = actions.startCase(flow, { entry: way.entry, answers: way.answers, ...(partWay ? { at } : {}) });
    navigate(paths.step({ flowId: flow.id, caseId }, at), { replace: true });
  };

  // A case handed over from this guide to another: say where it went (and offer to take it back).
  const moved = caseById(cases, missingCase);
  if (moved && moved.flowId !== flow.id && moved.earlier?.some((p) => p.flowId === flow.id)) {
    return <CaseMoved caseId={missingCase!} stored={moved} here={flow.id} />;
  }
  // Another guide's case (an address with the guide changed by hand, or a link mixed up).
  const elsewhere = moved && moved.flowId !== flow.id ? CATALOG.find((f) => f.id === moved.flowId) : undefined;

  const here = node?.kind === 'step' ? shortestWayTo(flow, node.id) : undefined;
  // A way in that starts right at the linked question (the fix's first question) comes first, else the flow's order.
  const fromStart = node
    ? waysTo(flow, node.id).sort((a, b) => Number(a.steps > 0) - Number(b.steps > 0))
    : flow.entries.map((e) => ({ entry: e.id, answers: {}, steps: 0 }));
  const label = (entryId: string) => flow.entries.find((e) => e.id === entryId)?.label ?? entryId;

  return (
    <div className="mt-4 grid min-w-0 gap-6" data-testid="case-offer">
      <div className="max-w-3xl">
        <h1 ref={headingRef} tabIndex={-1} data-step-heading className="text-2xl font-bold text-balance sm:text-3xl">
          {title}
        </h1>
        <p className="mt-2 max-w-prose text-slate-700" data-testid="case-offer-why">
          {missingCase
            ? (elsewhere && `This link names a case of KB ${elsewhere.kb}, not of KB ${flow.kb.id}.`) ||
              (Object.hasOwn(getWizardState().deleted, missingCase) &&
                'This link names a case that was deleted in this browser.') ||
              'This link names a case that is not in this browser. Cases stay in the browser they were worked in; to pass one on, send its share link or its hand-over file.'
            : purpose === 'handover'
              ? 'A hand-over page belongs to a case. Choose one of your open cases of this article.'
              : node?.kind === 'outcome'
                ? `This is a link to one of the results of KB ${flow.kb.id}, not to one of your cases. Here is what it says; answer the questions to find out whether it is what happened in yours.`
                : node?.kind === 'step'
                  ? `This is a link to a step of KB ${flow.kb.id}, not to one of your cases. What it says is below; to tick what is done, keep notes and go on from there, start a case at this step.`
                  : node
                    ? `This is a link to a question of KB ${flow.kb.id}, not to one of your cases. What it asks is below; to answer it, start a case.`
                    : `Start a new case on KB ${flow.kb.id}, or carry on with one of yours.`}
          {practice !== 'guide' && ' You are practising this step: nothing is saved and no statistics are counted.'}
        </p>
        {missingCase && <MissingCaseWays caseId={missingCase} flow={flow} elsewhere={elsewhere?.id} />}
      </div>

      {practice !== 'guide' && node?.kind === 'step' ? (
        <>
          {here && (
            <div className="flex flex-wrap gap-3">
              <Button variant="secondary" onClick={() => start(here, node.id)}>
                Start a case at this step
              </Button>
            </div>
          )}
          <div>
            <StepTrainer flowId={flow.id} step={node} />
          </div>
        </>
      ) : (
        <>
          {purpose === 'step' && node?.kind === 'outcome' && <OutcomeReading node={node} />}
          {purpose === 'step' && (
            <section
              aria-labelledby="offer-start"
              className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 id="offer-start" className="text-lg font-bold">
                Start a new case
              </h2>
              {here && node && (
                <div className="grid gap-1">
                  <Button onClick={() => start(here, node.id)} className="justify-self-start text-left">
                    Start a case at this step
                  </Button>
                  <p className="text-sm text-slate-700">
                    A new case on {quoted(label(here.entry))}, opened at this step.
                    {here.steps > 0 &&
                      ' What comes before it is taken as done and marked as assumed; change it under “Your answers” if it was not.'}
                  </p>
                </div>
              )}
              {fromStart.length > 0 && (
                <div className="grid gap-2">
                  {here && <p className="text-sm font-semibold text-slate-800">Or from the beginning:</p>}
                  <ul className="flex flex-wrap gap-3">
                    {fromStart.map((w, i) => (
                      <li key={w.entry}>
                        <Button
                          variant={!here && i === 0 ? 'primary' : 'secondary'}
                          className="text-left"
                          onClick={() => start({ entry: w.entry, answers: {} }, entryStart(flow, w.entry))}
                        >
                          {label(w.entry)}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          )}
          {purpose === 'step' && node?.kind === 'step' && <StepReading node={node} />}
          {purpose === 'step' && node?.kind === 'question' && <QuestionReading node={node} />}

          <section
            aria-labelledby="offer-resume"
            className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="offer-resume" className="text-lg font-bold">
              {purpose === 'handover' ? 'Your open cases of this article' : 'Or resume one of your cases'}
            </h2>
            {open.length === 0 ? (
              <>
                <p className="text-slate-700">No open case of KB {flow.kb.id} in this browser.</p>
                {purpose === 'handover' && (
                  // Nothing to hand over here yet: the ways on from this page, never a dead end.
                  <div className="flex flex-wrap gap-3" data-testid="offer-no-case">
                    {flow.entries.map((e) => (
                      <Button
                        key={e.id}
                        variant="secondary"
                        className="text-left"
                        onClick={() => start({ entry: e.id, answers: {} }, entryStart(flow, e.id))}
                      >
                        {`Start a case: ${e.label}`}
                      </Button>
                    ))}
                    <ButtonLink variant="secondary" to={paths.home()}>
                      Go to your cases
                    </ButtonLink>
                  </div>
                )}
              </>
            ) : (
              <ul className="grid gap-2" data-testid="offer-cases">
                {open.map(([caseId, c]) => (
                  <OpenCase
                    key={caseId}
                    flow={flow}
                    caseRef={{ flowId: flow.id, caseId }}
                    stored={c}
                    node={node}
                    purpose={purpose}
                  />
                ))}
              </ul>
            )}
          </section>

          {node?.kind === 'step' && hasTrainer(node) && purpose === 'step' && (
            <section
              aria-labelledby="offer-practise"
              className="grid max-w-3xl gap-2 rounded-lg border border-brand-100 bg-brand-50 p-4"
            >
              <h2 id="offer-practise" tabIndex={-1} className="text-lg font-bold">
                Practise this step without a case
              </h2>
              <ul className="flex flex-wrap gap-3">
                {PRACTICE.map((m) => (
                  <li key={m}>
                    <ButtonLink variant="secondary" to={paths.articleStep(flow.id, node.id, m)}>
                      {MODE_LABELS[m]}
                    </ButtonLink>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/**
 * What a result says, for whoever follows a link to it without a case (from
 * the decision map, or sent by a colleague): its kind, its text, its source
 * and what to check next. How well a case's answers support it is shown only
 * in a case.
 */
function OutcomeReading({ node }: { node: OutcomeNode }) {
  return (
    <Reading id="offer-reads" testId="offer-outcome" title="What this result says" kind={outcomeKindLabel(node.type)}>
      <p className="max-w-prose text-slate-800">
        <RichText text={node.summary} />
      </p>
      <Paragraphs texts={node.body} />
      <SourceCitation source={node.source} />
      <Bullets title="What to check next" items={node.nextChecks} />
    </Reading>
  );
}

/**
 * What a fix step says, for whoever follows a link to it without a case: its
 * introduction and warnings, what to do (with the screen pictures), its tips
 * and what "done" means, read-only, and the whole fix to print. Ticking, notes
 * and Next come with a case.
 */
function StepReading({ node }: { node: StepNode }) {
  return (
    <Reading id="offer-step-reads" testId="offer-step" title="What this step says">
      <Paragraphs texts={node.intro} />
      {node.warnings?.map((w, i) => (
        <aside
          key={i}
          aria-label={w.title}
          className="max-w-prose rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950"
        >
          <h3 className="font-bold">{w.title}</h3>
          {w.body.map((b, j) => (
            <p key={j} className="mt-2">
              <RichText text={b} />
            </p>
          ))}
          <SourceCitation source={w.source} className="mt-2" />
        </aside>
      ))}
      <h3 className="font-semibold">What to do</h3>
      <ol className="grid gap-5" data-testid="actions">
        {node.actions.map((a, i) => (
          <ActionItem key={a.id} action={a} n={i + 1} />
        ))}
      </ol>
      <StepTips tips={node.tips} />
      <Bullets title="Done when" items={node.checklist?.map((item) => item.label)} />
      <SourceCitation source={node.source} />
      <PrintFixLinks />
    </Reading>
  );
}

/**
 * What a question asks, for whoever follows a link to it without a case: its
 * help and picture, the answers it offers and how to find out. Answering it
 * takes a case.
 */
function QuestionReading({ node }: { node: QuestionNode }) {
  return (
    <Reading id="offer-question-reads" testId="offer-question" title="What this question asks">
      <Paragraphs texts={node.help} />
      {node.mockup && <MockupFigure mockup={node.mockup} />}
      <Bullets title="The answers it offers" items={node.options.map((o) => o.label)} />
      {node.howToCheck && (
        <>
          <h3 className="font-semibold">{node.howToCheck.title}</h3>
          <ol className="grid max-w-prose list-decimal gap-2 pl-6">
            {node.howToCheck.steps.map((step, i) => (
              <li key={i}>
                <RichText text={step} />
              </li>
            ))}
          </ol>
          {node.howToCheck.mockup && <MockupFigure mockup={node.howToCheck.mockup} />}
        </>
      )}
    </Reading>
  );
}

/** A box with what a linked question, step or result says, under its heading (and the result's kind above it). */
function Reading({
  id,
  testId,
  title,
  kind,
  children,
}: {
  id: string;
  testId: string;
  title: string;
  kind?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="grid max-w-3xl min-w-0 gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={testId}
    >
      <div>
        {kind && <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{kind}</p>}
        <h2 id={id} className="text-lg font-bold">
          {title}
        </h2>
      </div>
      {children}
    </section>
  );
}

function Paragraphs({ texts }: { texts: readonly string[] | undefined }) {
  return texts?.map((t, i) => (
    <p key={i} className="max-w-prose text-slate-700">
      <RichText text={t} />
    </p>
  ));
}

/** A titled list, or nothing when there is nothing to list. */
function Bullets({ title, items }: { title: string; items: readonly string[] | undefined }) {
  if (!items?.length) return null;
  return (
    <>
      <h3 className="font-semibold">{title}</h3>
      <ul className="grid max-w-prose list-inside list-disc gap-2">
        {items.map((c, i) => (
          <li key={i}>
            <RichText text={c} />
          </li>
        ))}
      </ul>
    </>
  );
}

function OpenCase({
  flow,
  caseRef,
  stored,
  node,
  purpose,
}: {
  flow: Flow;
  caseRef: CaseRef;
  stored: StoredCase;
  node: FlowNode | undefined;
  purpose: 'step' | 'handover';
}) {
  const w = walk(flow, stored);
  const onPath = !!node && w.path.some((p) => p.node.id === node.id);
  const name = caseName(stored, flow.kb.id);
  const to =
    purpose === 'handover'
      ? paths.handover(caseRef)
      : onPath && node
        ? paths.step(caseRef, node.id)
        : paths.resume(caseRef);
  return (
    <li className="grid min-w-0 gap-0.5 rounded-md border border-slate-200 p-3 wrap-anywhere">
      <Link to={to} className="font-semibold text-brand-700 underline underline-offset-2">
        {name}
        <span className="sr-only">
          {purpose === 'handover' ? ': hand it over' : onPath ? ': open it at this step' : ': open it where it stands'}
        </span>
      </Link>
      <span className="text-sm text-slate-700">
        {onPath && purpose === 'step' ? 'This step is on its way. ' : ''}Now at step {w.path.length}:{' '}
        {plainText(w.current.title)} · last change {formatWhen(stored.updatedAt) || 'not known'}
      </span>
    </li>
  );
}

/**
 * The way to a case a link names that this guide does not have: in its own guide (`elsewhere`), or, just deleted
 * here and its Undo still offered on the start page, Undo here too (which brings the case back on this page).
 */
function MissingCaseWays({ caseId, flow, elsewhere }: { caseId: string; flow: Flow; elsewhere: string | undefined }) {
  const last = useListAction();
  if (elsewhere)
    return (
      <ButtonLink to={paths.resume({ flowId: elsewhere, caseId })} variant="secondary" className="mt-3">
        Open the case in its guide
      </ButtonLink>
    );
  if (last?.action !== 'delete' || last.caseId !== caseId || last.previous.flowId !== flow.id) return null;
  return (
    <Button
      variant="secondary"
      className="mt-3"
      onClick={() => void loadCaseActions().then((m) => m.caseActions.undoListAction(flow))}
    >
      Undo the deletion
    </Button>
  );
}
