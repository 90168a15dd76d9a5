import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { lazyComponent } from '@/lib/lazy-component';
import { DeferBelowTheFold } from '@/lib/after-paint';
import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import { OUTCOME_CONTINUE, STEP_DONE } from '@/engine/graph';
import { missingChecks, previousNodeId } from '@/engine/session';
import { entryStart, progressAt, stepForward } from '@/engine/walk';
import { StepTrainer } from '@/features/trainer';
import { caseName } from '@/features/wizard/case-name';
import { carriedQuestions } from '@/features/wizard/provenance';
import { FixStep } from '@/features/wizard/components/fix-step';
import { OutcomeStep } from '@/features/wizard/components/outcome-step';
import { QuestionStep } from '@/features/wizard/components/question-step';

import { SessionAside } from '@/features/wizard/components/session-aside';
import { StepProgress, progressText } from '@/features/wizard/components/step-progress';
import { useCaseActions, useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { useFlow, useFlowSession } from '@/features/wizard/hooks/use-flow';
import { useStepFocus } from '@/features/wizard/hooks/use-step-focus';
import { useStepNavigation } from '@/features/wizard/hooks/use-step-navigation';
import { loadCaseActions, actions as store, useReplaced } from '@/store';
import { formatDay } from '@/lib/format-day';
import { afterNextPaint } from '@/lib/after-next-paint';

import { type CaseRef, paths } from '@/lib/paths';
import { NotFoundPage } from '@/components/ui/not-found-page';
import { CaseOffer } from './lazy-case-offer';

/** Only a case begun on an older revision of the guide needs it, so it loads only then. */
const RevisionNotice = lazyComponent(
  () => import('@/features/wizard/components/revision-notice'),
  (m) => m.RevisionNotice,
  'RevisionNotice',
);
/** Only after this case was started over (its Undo). */
const UndoToast = lazyComponent(
  () => import('@/features/wizard/components/undo-toast'),
  (m) => m.UndoToast,
  'UndoToast',
);
/** Only for an address of a step the case's answers do not reach. */
const OffPath = lazyComponent(
  () => import('./off-path'),
  (m) => m.OffPath,
  'OffPath',
);
/** Only on a case's link to a step the guide does not have (a mistyped link), the case here or moved on since. */
const CaseWayBack = lazyComponent(
  () => import('./case-way-back'),
  (m) => m.CaseWayBack,
  'CaseWayBack',
);

function nodeTitle(node: FlowNode): string {
  return plainText(node.title);
}

/**
 * `/t/:flowId/:nodeId?case=…`: a step of a case. Without a case this browser
 * has, the article's step: an offer to start or resume a case (or, with
 * `?mode=`, that step's trainer), never a silent redirect.
 *
 * No loader on purpose: a route without one has nothing to wait for, so the
 * answer and the next step render together, once, in the click's own task;
 * the URL follows right after the paint (useStepNavigation).
 */
export function StepPage() {
  const flow = useFlow();
  const ref = useOptionalCaseRef();
  const { nodeId = '' } = useParams();
  const [params] = useSearchParams();
  const caseId = params.get('case');
  if (!flow.nodes.some((n) => n.id === nodeId))
    return (
      // The heading is there at once (focus goes to it as before); the way to the case follows when its code is in.
      <NotFoundPage what="step">{caseId && <CaseWayBack flow={flow} caseId={caseId} />}</NotFoundPage>
    );
  if (!ref) {
    return (
      <CaseOffer
        fallback={<p className="mt-6 text-slate-700">Opening the step…</p>}
        flow={flow}
        nodeId={nodeId}
        missingCase={caseId}
        mode={params.get('mode')}
      />
    );
  }
  return <CaseStep flow={flow} caseRef={ref} urlNodeId={nodeId} />;
}

function CaseStep({ flow, caseRef, urlNodeId }: { flow: Flow; caseRef: CaseRef; urlNodeId: string }) {
  const pathOf = useCallback((id: string) => paths.step(caseRef, id), [caseRef]);
  const { nodeId, go, ahead } = useStepNavigation(urlNodeId, pathOf);
  return (
    // A step reached by a click starts at the top: what is below its first screen can wait a frame.
    <DeferBelowTheFold value={ahead}>
      <StepView flow={flow} caseRef={caseRef} nodeId={nodeId} go={go} />
    </DeferBelowTheFold>
  );
}

function StepView({
  flow,
  caseRef,
  nodeId,
  go,
}: {
  flow: Flow;
  caseRef: CaseRef;
  nodeId: string;
  go: (nodeId: string) => void;
}) {
  const { session, stored, walk } = useFlowSession(flow);
  const act = useCaseActions(flow);
  // Opened from a result's "Answer it now" (&settle in the address, paths.step): the answer leads back to where the walk now stops.
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const replaced = useReplaced();
  const [confirmRestart, setConfirmRestart] = useState(false);
  // The question opens on its safe answer, and closing it (that answer, or Escape) returns to "Start over".
  const keepRef = useRef<HTMLButtonElement>(null);
  const startOverRef = useRef<HTMLButtonElement>(null);
  const reopenRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmRestart) keepRef.current?.focus();
  }, [confirmRestart]);
  const keep = () => {
    setConfirmRestart(false);
    startOverRef.current?.focus();
  };

  const index = walk.path.findIndex((p) => p.node.id === nodeId);
  const entry = walk.path[index];
  const progress = progressAt(flow, walk, nodeId);
  const title = entry ? nodeTitle(entry.node) : '';
  const name = stored ? caseName(stored, flow.kb.id) : '';
  useStepFocus(nodeId, `${title} – ${name} – KB ${flow.kb.id} – KB Wizard`, `${progressText(progress)}: ${title}`);

  if (!entry) {
    // Not on this case's path: an earlier answer was changed since (Back or
    // Forward to an old entry, a reload), or a link to a step further on.
    return (
      <OffPath
        key={nodeId}
        fallback={<p className="mt-6 text-slate-700">Opening the step your answers lead to…</p>}
        flow={flow}
        caseRef={caseRef}
        nodeId={nodeId}
        current={walk.current.id}
        stored={stored}
      />
    );
  }
  const node = entry.node;
  const prev = previousNodeId(flow, session, nodeId);

  const restart = () => {
    act.restart();
    setConfirmRestart(false);
    go(walk.path[0]!.node.id);
    // On the first step already, no step change moves focus: the heading takes it.
    afterNextPaint(() => document.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  };
  /** A new case on the same way in (from a finished case's last page). */
  const startNewCase = () => {
    const caseId = store.startCase(flow, { entry: session.entry });
    navigate(paths.step({ flowId: flow.id, caseId }, entryStart(flow, session.entry)));
  };

  return (
    <div data-slot="step-layout" className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
          <StepProgress progress={progress} />
          <div className="flex flex-wrap gap-2">
            {prev && (
              <Button variant="secondary" onClick={() => go(prev)}>
                <span aria-hidden="true">←</span> Back
              </Button>
            )}
            {/* Back on an earlier step (Back, Change, a link or the history): the way to where the case stands. */}
            {walk.current.id !== nodeId && (
              <Button
                variant="secondary"
                onClick={() => go(walk.current.id)}
                aria-label={`Current step: ${nodeTitle(walk.current)}`}
              >
                Current step <span aria-hidden="true">→</span>
              </Button>
            )}
            <Button
              variant="secondary"
              onClick={() => setConfirmRestart(true)}
              aria-expanded={confirmRestart}
              ref={startOverRef}
            >
              Start over
            </Button>
          </div>
        </div>
        {confirmRestart && (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes a dialog (WAI-ARIA APG); focus is always on one of its buttons
          <div
            role="alertdialog"
            onKeyDown={(e) => e.key === 'Escape' && keep()}
            aria-labelledby="restart-title"
            aria-describedby="restart-desc"
            className="mt-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
          >
            <h2 id="restart-title" className="font-bold">
              Start this case over?
            </h2>
            <p id="restart-desc" className="mt-1">
              This clears every answer, tick and step note in this case. Its name and case note stay, and your other
              cases are not touched.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button variant="danger" onClick={restart}>
                Yes, start over
              </Button>
              <Button variant="secondary" onClick={keep} ref={keepRef}>
                Keep my answers
              </Button>
            </div>
          </div>
        )}
        {stored?.closedAt !== undefined && (
          <div
            className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3"
            data-testid="case-closed"
          >
            <p id="case-closed-note">This case is closed. It is kept in the closed cases on the start page.</p>
            <Button
              variant="secondary"
              aria-describedby="case-closed-note"
              ref={reopenRef}
              onClick={() => void loadCaseActions().then((m) => m.caseActions.reopen(caseRef.caseId))}
            >
              Reopen this case
            </Button>
          </div>
        )}
        {replaced?.caseId === caseRef.caseId && (
          <UndoToast flow={flow} onUndone={() => navigate(paths.resume(caseRef), { replace: true })} />
        )}
        {stored && stored.revision < flow.revision && (
          <RevisionNotice flow={flow} revision={stored.revision} walk={walk} onAcknowledge={act.acknowledgeRevision} />
        )}
        {/* One question after another keeps the question's elements (QuestionStep starts afresh on a new question),
            as a page that only changes its words would: less to take down and build in the click. */}
        <div className="mt-4" key={node.kind === 'question' ? 'question' : node.id}>
          {node.kind === 'question' && (
            <QuestionStep
              node={node}
              selected={entry.choice?.id}
              onAnswer={(optionId) => {
                act.answer(node.id, optionId);
                const next = node.options.find((o) => o.id === optionId)!.next;
                // On past the questions the guide before answered (a case handed over): the trail shows them; from
                // "Answer it now", past every question answered.
                const answers = { ...session.answers, [node.id]: optionId };
                const skip = params.has('settle')
                  ? Object.keys(answers)
                  : carriedQuestions(session.answers, stored?.log);
                go(stepForward(flow, { ...session, answers }, next, skip));
              }}
            />
          )}
          {node.kind === 'step' && (
            <FixStep
              node={node}
              ticked={session.checks[node.id] ?? []}
              onTick={(item, checked) => act.setCheck(node.id, item, checked)}
              trainer={<StepTrainer flowId={flow.id} step={node} />}
              onDone={() => {
                const missing = missingChecks(flow, session, node.id);
                if (missing.length) return missing;
                act.answer(node.id, STEP_DONE);
                go(node.next);
                return [];
              }}
            />
          )}
          {node.kind === 'outcome' && (
            <OutcomeStep
              flow={flow}
              session={session}
              walk={walk}
              node={node}
              onContinue={
                node.next
                  ? () => {
                      act.answer(node.id, OUTCOME_CONTINUE);
                      go(node.next!);
                    }
                  : undefined
              }
              onStartOver={startNewCase}
              onClose={
                stored?.closedAt === undefined
                  ? () =>
                      void loadCaseActions().then((m) => {
                        m.caseActions.close(flow, caseRef.caseId);
                        // The button goes; focus goes to Reopen, in the notice that the case is closed.
                        afterNextPaint(() => reopenRef.current?.focus());
                      })
                  : undefined
              }
            />
          )}
        </div>
        <p className="mt-8 text-sm text-slate-600" data-testid="guide-revision">
          Guide revision {flow.revision}, {formatDay(flow.revisionDate)}
        </p>
      </div>
      <aside aria-label="Case" className="grid min-w-0 content-start gap-4">
        <SessionAside flow={flow} walk={walk} node={node} stored={stored} />
      </aside>
    </div>
  );
}
