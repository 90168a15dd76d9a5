/**
 * One slide as the presenter sees it: the title slide (the article and its
 * symptom), a question whose answers the trainer can choose (the deck then
 * follows that branch) with its screen picture, a fix step with its actions
 * one at a time or in a trainer mode, an outcome, or a tip slide.
 * The audience window draws its own, larger version (audience-view.tsx).
 */
import { type ReactNode, type Ref, useEffect, useId, useRef } from 'react';

import { RichText } from '@/components/ui/rich-text';
import type { Flow, StepNode } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';
import { cn } from '@/lib/cn';
import { MockupFigure } from '@/mockups/mockup-figure';

import { tidySentence } from '../move-text';
import type { PracticeProgress } from '../practice-panel';
import { TrainerPanel } from '../lazy-trainer-panel';
import type { ShowControl, ShowProgress } from '../show-player';
import { MODE_LABELS, type TrainerMode } from '../trainer-mode';
import { prefersReducedMotion } from '../use-reduced-motion';
import type { AnswerSource, Slide } from './deck';

export const KIND: Readonly<Record<string, string>> = {
  title: 'Title',
  question: 'Question',
  step: 'Fix step',
  outcome: 'Outcome',
  tip: 'Tip',
};

/** What kind of slide it is, in words (the outline and the slide's kicker). */
export function slideKind(slide: Slide): string {
  return KIND[slide.kind === 'node' ? slide.node.kind : slide.kind]!;
}

export const SOURCE_TEXT: Readonly<Record<AnswerSource, string>> = {
  picked: 'chosen in class',
  case: 'this case’s answer',
  article: 'the article’s answer',
  default: 'the deck follows it',
};

type SlideViewProps = {
  flow: Flow;
  slide: Slide;
  mode: TrainerMode;
  headingId: string;
  /** The article's answer to each question (to point it out when the deck follows another). */
  articleAnswers: Readonly<Record<string, string>>;
  onPick: (nodeId: string, optionId: string) => void;
  /** Guide mode on a fix step: the action on the audience's screen. */
  action: number;
  onAction: (index: number) => void;
  showControl?: Ref<ShowControl>;
  onShowProgress?: (p: ShowProgress) => void;
  onPracticeProgress?: (p: PracticeProgress) => void;
};

export function SlideView(props: SlideViewProps) {
  const { slide, headingId, mode } = props;
  let body: ReactNode;
  let kind: string;
  let title: string;
  if (slide.kind === 'title') {
    kind = `KB ${slide.kb.id}`;
    title = slide.kb.title;
    body = (
      <>
        <p className="mt-6 text-3xl leading-snug" data-testid="title-symptom">
          <RichText text={slide.summary} />
        </p>
        <p className="mt-6 text-base text-slate-700">
          {`Applies to: ${slide.kb.appliesTo.join('; ')}.`}
          {slide.kb.published && ` Microsoft Knowledge Base, ${slide.kb.published}.`}
        </p>
      </>
    );
  } else if (slide.kind === 'tip') {
    kind = KIND.tip!;
    title = slide.tip.title;
    body = (
      <>
        {slide.tip.body.map((p, i) => (
          <p key={i} className="mt-4 text-xl text-slate-800">
            <RichText text={p} />
          </p>
        ))}
        <p className="mt-2 text-base text-slate-700">
          From the fix step “<RichText text={slide.step.title} />
          ”.
        </p>
        {slide.tip.mockup && <MockupFigure mockup={slide.tip.mockup} className="mt-4" />}
      </>
    );
  } else {
    const { node } = slide;
    kind = KIND[node.kind]!;
    title = node.title;
    if (node.kind === 'question') {
      const taken = slide.choice?.id;
      body = (
        <>
          <p className="mt-4 text-2xl">
            <RichText text={node.prompt} />
          </p>
          <p className="mt-4 text-base text-slate-700" id={`${headingId}-pick`}>
            Choose the answer the class gives: the audience sees it marked, and the slides after this one follow it.
            Until you choose, the audience sees no answer marked.
          </p>
          <div
            role="group"
            aria-labelledby={`${headingId}-pick`}
            className="mt-3 grid gap-3"
            data-testid="slide-answers"
          >
            {node.options.map((o) => {
              const on = taken === o.id;
              const article = props.articleAnswers[node.id] === o.id;
              const note = on && slide.source ? SOURCE_TEXT[slide.source] : article ? SOURCE_TEXT.article : '';
              return (
                <button
                  key={o.id}
                  type="button"
                  aria-pressed={on}
                  data-option={o.id}
                  onClick={() => props.onPick(node.id, o.id)}
                  className={cn(
                    'min-h-11 rounded-lg border-2 px-4 py-3 text-left text-xl focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
                    on
                      ? 'border-brand-700 bg-brand-50 font-semibold'
                      : 'border-slate-300 bg-white hover:border-brand-600',
                  )}
                >
                  <RichText text={o.label} />
                  {note && <span className="ml-1 text-base font-normal text-brand-800">{` (${note})`}</span>}
                </button>
              );
            })}
          </div>
          {node.mockup && <MockupFigure mockup={node.mockup} className="mt-6" />}
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
          {node.nextChecks && (
            <ul className="mt-4 list-disc pl-6 text-xl text-slate-800">
              {node.nextChecks.map((c, i) => (
                <li key={i}>
                  <RichText text={c} />
                </li>
              ))}
            </ul>
          )}
          {slide.choice?.label && (
            <p className="mt-4 text-base text-slate-700">
              {'Leads on: '}
              <RichText text={slide.choice.label} />
            </p>
          )}
        </>
      );
    } else {
      body = <StepSlide {...props} step={node} />;
    }
  }
  return (
    <article aria-labelledby={headingId} data-slide={slide.key} data-mode={mode}>
      <p className="text-base font-semibold tracking-wide text-brand-800 uppercase">{kind}</p>
      {/* Focus comes here when the slide changes under it (presenter-view.tsx). */}
      <h1 id={headingId} tabIndex={-1} className="mt-1 text-4xl font-bold text-balance">
        <RichText text={title} />
      </h1>
      {body}
    </article>
  );
}

function StepSlide({
  flow,
  step,
  mode,
  action,
  onAction,
  showControl,
  onShowProgress,
  onPracticeProgress,
}: SlideViewProps & { step: StepNode }) {
  const id = useId();
  const currentRef = useRef<HTMLButtonElement>(null);
  const guide = mode === 'guide' || trainerMoves(step).length === 0;
  // The clicker walks the actions: keep the one on the audience screen in the presenter's view too (scrolling only
  // as far as needed, and without moving focus, which stays where the presenter left it).
  useEffect(() => {
    if (!guide) return;
    currentRef.current?.scrollIntoView?.({ block: 'nearest', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
  }, [guide, action]);
  // The step's words, then its warnings (as the step page has them), for the presenter to read out.
  const intro = (
    <>
      {step.intro?.map((p, i) => (
        <p key={i} className="mt-4 text-xl text-slate-800">
          <RichText text={p} />
        </p>
      ))}
      {step.warnings?.map((w, i) => (
        <aside
          key={i}
          aria-labelledby={`${id}-warning-${i}`}
          data-testid="slide-warning"
          className="mt-4 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-lg text-amber-950"
        >
          <h2 id={`${id}-warning-${i}`} className="font-bold">
            {w.title}
          </h2>
          {w.body.map((b, j) => (
            <p key={j} className="mt-2">
              <RichText text={b} />
            </p>
          ))}
        </aside>
      ))}
    </>
  );
  if (guide) {
    const current = step.actions[Math.min(action, step.actions.length - 1)]!;
    return (
      <>
        {intro}
        <p className="mt-4 text-base text-slate-700" id={`${id}-hint`}>
          One action at a time on the audience screen: Page Down or → shows the next, or choose one.
        </p>
        <ol className="mt-3 grid gap-2" aria-describedby={`${id}-hint`} data-testid="slide-actions">
          {step.actions.map((a, i) => (
            <li key={a.id}>
              <button
                type="button"
                ref={i === action ? currentRef : undefined}
                aria-current={i === action ? 'step' : undefined}
                onClick={() => onAction(i)}
                className={cn(
                  'w-full scroll-my-4 rounded-lg border-2 px-4 py-2 text-left text-xl focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
                  i === action ? 'border-brand-700 bg-brand-50' : 'border-transparent hover:border-slate-300',
                )}
              >
                <span className="font-bold">{`${i + 1}. `}</span>
                <RichText text={tidySentence(a.text)} />
                {i === action && <span className="ml-1 text-base text-brand-800"> (on the audience screen)</span>}
              </button>
            </li>
          ))}
        </ol>
        {current.mockup && <MockupFigure key={current.id} mockup={current.mockup} className="mt-4" />}
      </>
    );
  }
  return (
    <>
      {intro}
      <h2 className="mt-6 text-2xl font-bold">{MODE_LABELS[mode]}</h2>
      <div className="mt-4">
        <TrainerPanel
          fallback={<p>Loading the trainer…</p>}
          flow={flow}
          step={step}
          mode={mode}
          large
          // As on the step page, the mode starts in view: Let me try and Test me with their first window below the
          // task bar (practice-view.ts), Show me from its controls. On a slide it comes below the step's words, past
          // the bottom of the window.
          reveal
          showControl={showControl}
          onShowProgress={onShowProgress}
          onPracticeProgress={onPracticeProgress}
        />
      </div>
    </>
  );
}
