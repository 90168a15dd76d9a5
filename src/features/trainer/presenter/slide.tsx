/**
 * One slide of presenter mode, in large type: a question with the answer
 * this route takes, a fix step in the chosen mode, or an outcome. The
 * audience window draws the same slide without controls, mirroring Show and
 * Try from the presenter's screen.
 */
import { type ReactNode, Suspense, lazy, useId } from 'react';

import { RichText } from '@/components/ui/rich-text';
import type { StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer';
import { cn } from '@/lib/cn';
import { MockupFigure } from '@/mockups/mockup-figure';
import { PracticeStage } from '@/mockups/practice-stage';

import type { TrainerMode } from '../step-trainer';
import { actionText, controlName, screenTitle } from '../move-text';
import type { PracticeProgress } from '../practice-panel';
import type { ShowProgress } from '../show-player';
import { shownStateIndex } from '../show-machine';
import { useReducedMotion } from '../use-reduced-motion';
import type { PresenterState } from './channel';
import type { Slide } from './presentation';

const TrainerPanel = lazy(() => import('../trainer-panel').then((m) => ({ default: m.TrainerPanel })));

type SlideViewProps = {
  flowId: string;
  slide: Slide;
  mode: TrainerMode;
  /** Presenter: live trainer panels reporting progress. Audience: the mirrored progress. */
  audience?: Pick<PresenterState, 'show' | 'practice'>;
  onShowProgress?: (p: ShowProgress) => void;
  onPracticeProgress?: (p: PracticeProgress) => void;
  headingId: string;
};

const KIND: Readonly<Record<string, string>> = { question: 'Question', step: 'Fix step', outcome: 'Outcome' };

export function SlideView({
  flowId,
  slide,
  mode,
  audience,
  onShowProgress,
  onPracticeProgress,
  headingId,
}: SlideViewProps) {
  const { node } = slide;
  let body: ReactNode;
  if (node.kind === 'question') {
    body = (
      <>
        <p className="mt-4 text-2xl">
          <RichText text={node.prompt} />
        </p>
        <ul className="mt-6 grid gap-3">
          {node.options.map((o) => {
            const taken = slide.choice?.id === o.id;
            return (
              <li
                key={o.id}
                data-taken={taken ? '' : undefined}
                className={cn(
                  'rounded-lg border-2 px-4 py-3 text-xl',
                  taken ? 'border-brand-700 bg-brand-50 font-semibold' : 'border-slate-300 bg-white',
                )}
              >
                <RichText text={o.label} />
                {taken && (
                  <span className="ml-2 text-base font-normal text-brand-800">(the answer on this walk-through)</span>
                )}
              </li>
            );
          })}
        </ul>
      </>
    );
  } else if (node.kind === 'outcome') {
    body = (
      <>
        <p className="mt-4 text-2xl">
          <RichText text={node.summary} />
        </p>
        {node.body?.map((p, i) => (
          <p key={i} className="mt-4 text-xl text-slate-800">
            <RichText text={p} />
          </p>
        ))}
      </>
    );
  } else {
    body = (
      <StepSlide
        flowId={flowId}
        step={node}
        mode={mode}
        audience={audience}
        onShowProgress={onShowProgress}
        onPracticeProgress={onPracticeProgress}
      />
    );
  }
  return (
    <article aria-labelledby={headingId} data-slide={node.id} data-mode={mode}>
      <p className="text-base font-semibold tracking-wide text-brand-800 uppercase">{KIND[node.kind]}</p>
      <h1 id={headingId} className="mt-1 text-4xl font-bold text-balance">
        <RichText text={node.title} />
      </h1>
      {body}
    </article>
  );
}

function StepSlide({
  flowId,
  step,
  mode,
  audience,
  onShowProgress,
  onPracticeProgress,
}: {
  flowId: string;
  step: StepNode;
  mode: TrainerMode;
  audience?: Pick<PresenterState, 'show' | 'practice'>;
  onShowProgress?: (p: ShowProgress) => void;
  onPracticeProgress?: (p: PracticeProgress) => void;
}) {
  const intro = step.intro?.map((p, i) => (
    <p key={i} className="mt-4 text-xl text-slate-800">
      <RichText text={p} />
    </p>
  ));
  if (mode === 'guide' || trainerMoves(step).length === 0) {
    return (
      <>
        {intro}
        <ol className="mt-6 grid gap-6">
          {step.actions.map((a, i) => (
            <li key={a.id} className="grid gap-3">
              <p className="text-2xl">
                <span className="font-bold">{`${i + 1}. `}</span>
                <RichText text={a.text} />
              </p>
              {a.mockup && <MockupFigure mockup={a.mockup} />}
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <>
      {intro}
      <h2 className="mt-6 text-2xl font-bold">
        {mode === 'show' ? 'Show me' : mode === 'try' ? 'Let me try' : 'Test me'}
      </h2>
      <div className="mt-4">
        {audience ? (
          <Mirror step={step} mode={mode} state={audience} />
        ) : (
          <Suspense fallback={<p>Loading the trainer…</p>}>
            <TrainerPanel
              flowId={flowId}
              step={step}
              mode={mode}
              large
              onShowProgress={onShowProgress}
              onPracticeProgress={onPracticeProgress}
            />
          </Suspense>
        )}
      </div>
    </>
  );
}

/** The audience's copy of the presenter's Show / Try / Test: the same screen, pointer and caption, nothing to operate. */
function Mirror({
  step,
  mode,
  state,
}: {
  step: StepNode;
  mode: Exclude<TrainerMode, 'guide'>;
  state: Pick<PresenterState, 'show' | 'practice'>;
}) {
  const moves = trainerMoves(step);
  const reduced = useReducedMotion();
  const id = useId();
  const total = moves.length;
  if (mode === 'show') {
    const s = state.show ?? { index: 0, phase: 'point' as const, finished: false };
    const index = Math.min(s.index, total - 1);
    const move = moves[index]!;
    const shown = moves[shownStateIndex({ total, index, phase: s.phase, finished: s.finished, playing: false })]!;
    const pointing = !s.finished && s.phase !== 'result';
    return (
      <div className="grid gap-4" data-testid="audience-mirror">
        <p className="text-2xl" aria-live="polite" data-testid="audience-caption">
          {s.finished ? (
            'Finished.'
          ) : (
            <>
              <span className="font-semibold">{`Step ${index + 1} of ${total}: `}</span>
              <RichText text={move.instruction} />
              {s.phase === 'result' && move.result && (
                <>
                  {' '}
                  <RichText text={move.result} />
                </>
              )}
            </>
          )}
        </p>
        <figure aria-labelledby={`${id}-t`} className="m-0">
          <PracticeStage
            screen={shown.screen}
            state={shown.state}
            labelledBy={`${id}-t`}
            spotlight={pointing ? move.target : undefined}
            pointer={{
              target: move.target,
              pressed: s.phase === 'press' && !s.finished,
              animate: !reduced,
              hold: !pointing,
            }}
          />
          <figcaption id={`${id}-t`} className="mt-2 text-base font-semibold">
            {screenTitle(shown.screen)}
          </figcaption>
        </figure>
      </div>
    );
  }
  const p = state.practice ?? { index: 0, spotlight: false, finished: false };
  const move = moves[Math.min(p.index, total - 1)]!;
  return (
    <div className="grid gap-4" data-testid="audience-mirror">
      <p className="text-2xl" aria-live="polite" data-testid="audience-caption">
        {p.finished ? (
          'All actions done.'
        ) : (
          <>
            <span className="font-semibold">{`Action ${p.index + 1} of ${total}: `}</span>
            <RichText text={actionText(step, move)} />
            {p.spotlight && <span className="block text-xl">{`Highlighted: ${controlName(move)}`}</span>}
          </>
        )}
      </p>
      {!p.finished && (
        <figure aria-labelledby={`${id}-t`} className="m-0">
          <PracticeStage
            screen={move.screen}
            state={move.state}
            labelledBy={`${id}-t`}
            spotlight={p.spotlight ? move.target : undefined}
          />
          <figcaption id={`${id}-t`} className="mt-2 text-base font-semibold">
            {screenTitle(move.screen)}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
