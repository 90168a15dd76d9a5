import { useId, useRef, useState } from 'react';

import { lazyComponent } from '@/lib/lazy-component';
import { Button } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';
import type { QuestionNode } from '@/content/schema';
import { MockupFigure } from '@/mockups/mockup-figure';

import { EvidencePaste } from './evidence-paste';
import { StepHeading } from './step-heading';

/** Only a "Not sure" answer opens it, so it loads then (a walk that knows its answers never needs it). */
const HowToCheckPanel = lazyComponent(
  () => import('./how-to-check-panel'),
  (m) => m.HowToCheckPanel,
  'HowToCheckPanel',
);

function LoadingGuide() {
  return (
    <p className="mt-5 text-slate-700" aria-busy="true">
      Loading how to check…
    </p>
  );
}

export function QuestionStep({
  node,
  selected,
  onAnswer,
}: {
  node: QuestionNode;
  /** The option recorded earlier, shown as chosen when the user comes back. */
  selected?: string;
  onAnswer: (optionId: string) => void;
}) {
  const [choice, setChoice] = useState<string | undefined>(selected);
  const [error, setError] = useState(false);
  // The step page shows one question after another in this same component: a new question starts afresh.
  const [shown, setShown] = useState(node.id);
  if (shown !== node.id) {
    setShown(node.id);
    setChoice(selected);
    setError(false);
  }
  const errorRef = useRef<HTMLParagraphElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const headingId = `${id}-q`;
  const errorId = `${id}-err`;
  const unsure = node.options.find((o) => o.unsure);
  const showGuide = Boolean(node.howToCheck && unsure && choice === unsure.id);

  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!choice) {
            setError(true);
            requestAnimationFrame(() => errorRef.current?.focus());
            return;
          }
          onAnswer(choice);
        }}
      >
        <StepHeading id={headingId}>
          <RichText text={node.prompt} />
        </StepHeading>
        {node.help?.map((h, i) => (
          <p key={i} className="mt-3 max-w-prose text-slate-700">
            <RichText text={h} />
          </p>
        ))}
        {node.mockup && <MockupFigure key={node.id} mockup={node.mockup} className="mt-4" />}
        {error && (
          <p ref={errorRef} id={errorId} tabIndex={-1} className="mt-4 font-semibold text-red-800" role="alert">
            Choose one of the answers to continue.
          </p>
        )}
        <div
          role="radiogroup"
          aria-labelledby={headingId}
          aria-describedby={error ? errorId : undefined}
          ref={groupRef}
          className="mt-5 grid gap-3"
          data-testid="options"
        >
          {node.options.map((o, i) => {
            const checked = choice === o.id;
            return (
              <label
                // By place: the next question reuses the options' elements for its own.
                key={i}
                className={
                  'flex cursor-pointer items-start gap-3 rounded-lg border-2 bg-white p-4 hover:border-brand-600 ' +
                  (checked ? 'border-brand-700 ring-1 ring-brand-700' : 'border-slate-300')
                }
              >
                <input
                  type="radio"
                  name={`${id}-option`}
                  value={o.id}
                  checked={checked}
                  onChange={() => {
                    setChoice(o.id);
                    setError(false);
                  }}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="block text-lg">
                    <RichText text={o.label} />
                  </span>
                  {o.hint && (
                    <span className="mt-1 block text-slate-600">
                      <RichText text={o.hint} />
                    </span>
                  )}
                  {selected === o.id && (
                    <span className="mt-1 block text-sm font-semibold text-brand-700">Your earlier answer</span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
        <Button type="submit" className="mt-6">
          Continue
        </Button>
        {/* The guide comes after Continue: it loads when "Not sure" is chosen, and drawn above the button it would
            push Continue down just as the user reaches for it (a click would land on the guide instead). */}
        {showGuide && node.howToCheck && unsure && (
          <HowToCheckPanel
            fallback={<LoadingGuide />}
            guide={node.howToCheck}
            id={`${id}-check`}
            onAnswerNow={() => {
              setChoice(undefined);
              groupRef.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
            }}
            onContinue={() => onAnswer(unsure.id)}
          />
        )}
      </form>
      <EvidencePaste key={node.id} questionId={node.id} />
    </>
  );
}
