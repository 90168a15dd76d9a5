/**
 * The trainer entry on a fix step, after its Next button: choose Show me,
 * Let me try or Test me (or Guide: no practice), or present the step. The
 * mode lives in the URL (`?mode=`), and the trainer code itself loads only
 * once a mode is chosen. The chosen mode's panel opens below the choice and
 * is scrolled into view (Show me plays where it can be seen). Practised
 * without a case, the end of Let me try offers the next fix step's practice.
 */
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import type { StepNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { useFlow } from '@/features/wizard';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';

import { TrainerPanel } from './lazy-trainer-panel';
import { MODE_LABELS, TRAINER_MODES, type TrainerMode, parseMode } from './trainer-mode';

const MODE_HELP: Readonly<Record<TrainerMode, string>> = {
  guide: 'Practise on the screen pictures: watch it done, do it yourself with hints, or take a test.',
  show: 'Watch each click on the screen pictures, with captions.',
  try: 'Do it yourself on the screen pictures; hints when you need them.',
  test: 'Do it without hints; wrong clicks and time are counted.',
};

export function StepTrainer({ flowId, step }: { flowId: string; step: StepNode }) {
  const [params, setParams] = useSearchParams();
  const flow = useFlow();
  const id = useId();
  const mode = parseMode(params.get('mode'));
  if (!hasTrainer(step)) return null;
  // In a case its own Next button walks on; a link without one has no other way on (the panel works out where).
  const nextIn = params.has('case') ? undefined : flow;

  const choose = (m: TrainerMode) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (m === 'guide') next.delete('mode');
        else next.set('mode', m);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <>
      <section
        aria-labelledby={`${id}-title`}
        data-testid="trainer-bar"
        className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 print:hidden"
      >
        <h2 id={`${id}-title`} className="font-bold">
          Practise this step
        </h2>
        <p id={`${id}-help`} className="mt-1 text-sm text-slate-700">
          {MODE_HELP[mode]}
        </p>
        <div
          role="group"
          aria-label="Trainer mode"
          aria-describedby={`${id}-help`}
          className="mt-3 flex flex-wrap gap-2"
        >
          {TRAINER_MODES.map((m) => (
            <Button
              key={m}
              variant={m === mode ? 'primary' : 'secondary'}
              aria-pressed={m === mode}
              onClick={() => choose(m)}
              data-mode={m}
            >
              {MODE_LABELS[m]}
            </Button>
          ))}
          <Link
            to={paths.present(flowId, step.id)}
            className={cn(
              'inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline underline-offset-2',
            )}
          >
            Present this step
          </Link>
        </div>
      </section>
      {mode !== 'guide' && (
        <section
          aria-labelledby={`${id}-mode`}
          className="mt-6 scroll-mt-4 print:hidden"
          data-testid="trainer-panel"
          data-mode={mode}
        >
          <h2 id={`${id}-mode`} className="text-lg font-bold">
            {MODE_LABELS[mode]}
          </h2>
          <div className="mt-3">
            <TrainerPanel
              fallback={<p className="text-slate-700">Loading the trainer…</p>}
              flow={flow}
              step={step}
              mode={mode}
              reveal
              nextIn={nextIn}
            />
          </div>
        </section>
      )}
    </>
  );
}
