import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';

import { DeferBelowTheFold } from '@/components/ui/after-paint';
import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow, FlowNode } from '@/content/schema';
import { OUTCOME_CONTINUE, STEP_DONE } from '@/engine/graph';
import { missingChecks, previousNodeId } from '@/engine/session';
import { progressAt } from '@/engine/walk';
import { StepTrainerSlot } from '@/features/trainer/step-trainer-slot';
import { FixStep } from '@/wizard/components/fix-step';
import { OutcomeStep } from '@/wizard/components/outcome-step';
import { QuestionStep } from '@/wizard/components/question-step';
import { SessionAside } from '@/wizard/components/session-aside';
import { StepProgress, progressText } from '@/wizard/components/step-progress';
import { UndoToast } from '@/wizard/components/undo-toast';
import { useFlow, useFlowSession } from '@/wizard/hooks/use-flow';
import { useStepFocus } from '@/wizard/hooks/use-step-focus';
import { useStepNavigation } from '@/wizard/hooks/use-step-navigation';
import { useWizardActions } from '@/wizard/store/wizard-store';

import { paths } from '../paths';
import { NotFoundPage } from './not-found-route';

function nodeTitle(node: FlowNode): string {
  return plainText(node.title);
}

/**
 * No loader on purpose: a route without one has nothing to wait for, so the
 * answer and the next step render together, once, in the click's own task;
 * the URL follows right after the paint (useStepNavigation).
 */
export function Component() {
  const flow = useFlow();
  const { nodeId: urlNodeId = '' } = useParams();
  const pathOf = useCallback((id: string) => paths.step(flow.id, id), [flow.id]);
  const { nodeId, go, ahead } = useStepNavigation(urlNodeId, pathOf);
  if (!flow.nodes.some((n) => n.id === nodeId)) return <NotFoundPage what="step" />;
  return (
    // A step reached by a click starts at the top: what is below its first screen can wait a frame.
    <DeferBelowTheFold value={ahead}>
      <StepPage flow={flow} nodeId={nodeId} go={go} />
    </DeferBelowTheFold>
  );
}

function StepPage({ flow, nodeId, go }: { flow: Flow; nodeId: string; go: (nodeId: string) => void }) {
  const { session, stored, walk } = useFlowSession(flow);
  const actions = useWizardActions();
  const navigate = useNavigate();
  const [confirmRestart, setConfirmRestart] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmRestart) confirmRef.current?.focus();
  }, [confirmRestart]);

  const index = walk.path.findIndex((p) => p.node.id === nodeId);
  const entry = walk.path[index];
  const progress = progressAt(flow, walk, nodeId);
  const title = entry ? nodeTitle(entry.node) : '';
  useStepFocus(
    nodeId,
    `${title} – KB ${flow.kb.id} – KB Wizard`,
    `${progressText(progress)}: ${title}`,
  );

  if (!entry) {
    // Not on the user's path (a link into the middle of someone else's session,
    // or an old bookmark): go to where this session's answers lead.
    return <RedirectToCurrent to={paths.step(flow.id, walk.current.id)} />;
  }
  const node = entry.node;
  const prev = previousNodeId(flow, session, nodeId);

  const restart = () => {
    actions.restart(flow);
    setConfirmRestart(false);
    go(walk.path[0]!.node.id);
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
            <Button variant="secondary" onClick={() => setConfirmRestart(true)} aria-expanded={confirmRestart}>
              Start over
            </Button>
          </div>
        </div>
        {confirmRestart && (
          <div role="alertdialog" aria-labelledby="restart-title" aria-describedby="restart-desc" className="mt-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
            <h2 id="restart-title" className="font-bold">
              Start over?
            </h2>
            <p id="restart-desc" className="mt-1">
              This clears every answer and tick in this session.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button variant="danger" onClick={restart} ref={confirmRef}>
                Yes, start over
              </Button>
              <Button variant="secondary" onClick={() => setConfirmRestart(false)}>
                Keep my answers
              </Button>
            </div>
          </div>
        )}
        <UndoToast flow={flow} onUndone={() => navigate(paths.flow(flow.id), { replace: true })} />
        <div className="mt-4" key={node.id}>
          {node.kind === 'question' && (
            <QuestionStep
              node={node}
              selected={entry.choice?.id}
              onAnswer={(optionId) => {
                actions.answer(flow, node.id, optionId);
                const next = node.options.find((o) => o.id === optionId)!.next;
                go(next);
              }}
            />
          )}
          {node.kind === 'step' && (
            <FixStep
              node={node}
              ticked={session.checks[node.id] ?? []}
              onTick={(item, checked) => actions.setCheck(flow, node.id, item, checked)}
              trainer={<StepTrainerSlot flowId={flow.id} step={node} />}
              onDone={() => {
                const missing = missingChecks(flow, session, node.id);
                if (missing.length) return missing;
                actions.answer(flow, node.id, STEP_DONE);
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
                      actions.answer(flow, node.id, OUTCOME_CONTINUE);
                      go(node.next!);
                    }
                  : undefined
              }
              onStartOver={restart}
            />
          )}
        </div>
      </div>
      <aside aria-label="Session" className="grid content-start gap-4">
        <SessionAside flow={flow} walk={walk} node={node} stored={stored} />
      </aside>
    </div>
  );
}

function RedirectToCurrent({ to }: { to: string }) {
  const { showNotice } = useWizardActions();
  // Tell the user why they landed somewhere else.
  useEffect(() => showNotice({ kind: 'redirected', from: to }), [showNotice, to]);
  return <Navigate to={to} replace />;
}
