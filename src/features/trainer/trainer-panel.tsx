/**
 * The trainer modes of one fix step (loaded only when a mode is chosen):
 * Show plays it, Try lets the learner operate it with hints, Test scores it.
 */
import type { Ref } from 'react';

import type { Flow, StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';

import { nextPractice } from './next-practice';
import type { TrainerMode } from './trainer-mode';
import { type PracticeProgress, PracticePanel } from './practice-panel';
import { type ShowControl, type ShowProgress, ShowPlayer } from './show-player';

export type TrainerProgress =
  | { mode: 'show'; show: ShowProgress }
  | { mode: 'try' | 'test'; practice: PracticeProgress };

type TrainerPanelProps = {
  flowId: string;
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

export function TrainerPanel({
  flowId,
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
      flowId={flowId}
      step={step}
      moves={moves}
      large={large}
      reveal={reveal}
      onProgress={onPracticeProgress}
      next={nextIn && nextPractice(nextIn, step)}
    />
  );
}
