/**
 * The trainer modes of one fix step (loaded only when a mode is chosen):
 * Show plays it, Try lets the learner operate it with hints, Test scores it.
 */
import type { Ref } from 'react';

import { Button } from '@/components/ui/button';

import type { Flow, StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';

import { nextPractice } from './next-practice';
import { usePractisedFlow } from './practised-flow';
import type { TrainerMode } from './trainer-mode';
import { type PracticeProgress, PracticePanel } from './practice-panel';
import { type ShowControl, type ShowProgress, ShowPlayer } from './show-player';

export type TrainerProgress =
  | { mode: 'show'; show: ShowProgress }
  | { mode: 'try' | 'test'; practice: PracticeProgress };

type TrainerPanelProps = {
  /** The step's flow: its trainer moves load with the panel (practised-flow.ts). */
  flow: Flow;
  step: StepNode;
  mode: Exclude<TrainerMode, 'guide'>;
  large?: boolean;
  /** Scroll the panel into view once it is drawn (a mode chosen on the step page). */
  reveal?: boolean;
  onShowProgress?: (p: ShowProgress) => void;
  onPracticeProgress?: (p: PracticeProgress) => void;
  /** Presenter mode's handle on Show (its keys and clicker). */
  showControl?: Ref<ShowControl>;
  /** The flow whose next fix step Let me try offers to practise at its end (worked out here, off the step page's code). */
  nextIn?: Flow;
};

export function TrainerPanel(props: TrainerPanelProps) {
  const { flow, failed, retry } = usePractisedFlow(props.flow);
  if (failed) return <PracticeUnavailable retry={retry} />;
  if (!flow) return <p className="text-slate-700">Loading the trainer…</p>;
  const step = flow.nodes.find((n): n is StepNode => n.id === props.step.id && n.kind === 'step') ?? props.step;
  return <PractisedPanel {...props} flow={flow} step={step} />;
}

/** The panel of a step whose trainer moves are in. */
function PractisedPanel({
  flow,
  step,
  mode,
  large,
  reveal,
  onShowProgress,
  onPracticeProgress,
  showControl,
  nextIn,
}: TrainerPanelProps) {
  const moves = trainerMoves(step);
  if (moves.length === 0) return null;
  // A new mode starts fresh (key), so switching Try → Test never carries hints or counts over.
  if (mode === 'show')
    return (
      <ShowPlayer
        key={`${step.id}-show`}
        moves={moves}
        large={large}
        reveal={reveal}
        onProgress={onShowProgress}
        control={showControl}
      />
    );
  return (
    <PracticePanel
      key={`${step.id}-${mode}`}
      kind={mode}
      flowId={flow.id}
      step={step}
      moves={moves}
      large={large}
      reveal={reveal}
      onProgress={onPracticeProgress}
      next={nextIn && nextPractice(nextIn, step)}
    />
  );
}

/** The trainer moves could not be loaded (offline, before this browser had them): said, with a way to try again. */
export function PracticeUnavailable({ retry }: { retry: () => void }) {
  return (
    <div role="alert" className="grid justify-items-start gap-3">
      <p className="text-slate-800">
        The practice could not be loaded: this browser may be offline and not have it saved yet. The step’s own
        instructions are still here.
      </p>
      <Button variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
