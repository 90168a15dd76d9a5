import { type ReactNode, memo, useId, useRef, useState } from 'react';

import { AfterPaint } from '@/lib/after-paint';
import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import type { Action, StepNode } from '@/content/schema';
import { MockupFigure } from '@/mockups/mockup-figure';

import { PrintFixLinks } from './print-fix-link';
import { SourceCitation } from './source-citation';
import { StepHeading } from './step-heading';

/**
 * A fix step: what to do (with a picture of each screen), tips, the "Done?"
 * checklist and Next, in that order for the keyboard too; then the ways to
 * print it, then the optional practice (`trainer`: Show me, Let me try, Test
 * me), so that a reader who only wants the fix never tabs through it.
 */
export function FixStep({
  node,
  ticked,
  onTick,
  onDone,
  trainer,
}: {
  node: StepNode;
  ticked: readonly string[];
  onTick: (itemId: string, checked: boolean) => void;
  /** Returns the ids of required items still unticked, or an empty list when done. */
  onDone: () => string[];
  /** The optional practice of this step, after Next. */
  trainer?: ReactNode;
}) {
  const [missing, setMissing] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const missingItems = (node.checklist ?? []).filter((i) => missing.includes(i.id) && !ticked.includes(i.id));
  // The first action's words are on the first screen; its picture and the other actions are drawn a frame later (AfterPaint).
  const [first, ...rest] = node.actions;

  return (
    <div>
      <StepHeading>{node.title}</StepHeading>
      {node.intro?.map((p, i) => (
        <p key={i} className="mt-3 max-w-prose text-lg text-slate-700">
          <RichText text={p} />
        </p>
      ))}
      {node.warnings?.map((w, i) => (
        <aside
          key={i}
          aria-labelledby={`${id}-warning-${i}`}
          data-testid="step-warning"
          className="mt-5 max-w-prose rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
        >
          <h2 id={`${id}-warning-${i}`} className="font-bold text-amber-950">
            {w.title}
          </h2>
          {w.body.map((b, j) => (
            <p key={j} className="mt-2 text-amber-950">
              <RichText text={b} />
            </p>
          ))}
          <SourceCitation source={w.source} className="mt-2" />
        </aside>
      ))}

      {missingItems.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-err`}
          className="mt-5 rounded-lg border-2 border-red-700 bg-red-50 p-4"
        >
          <h2 id={`${id}-err`} className="font-bold text-red-900">
            Tick what you have done before moving on
          </h2>
          <ul className="mt-2 list-inside list-disc">
            {missingItems.map((i) => (
              <li key={i.id}>
                <a href={`#${id}-${i.id}`} className="text-red-900 underline underline-offset-2">
                  {plainText(i.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <h2 className="mt-6 text-lg font-bold">What to do</h2>
      <ol className="mt-3 grid gap-5" data-testid="actions">
        {first && <ActionItem key={first.id} action={first} n={1} pictureAfterPaint />}
        <AfterPaint>
          {rest.map((a, i) => (
            <ActionItem key={a.id} action={a} n={i + 2} />
          ))}
        </AfterPaint>
      </ol>

      <AfterPaint>
        <StepTips tips={node.tips} />

        {node.checklist && node.checklist.length > 0 && (
          <fieldset data-slot="fix-done">
            <legend>Done?</legend>
            <ul>
              {node.checklist.map((item) => (
                <li key={item.id}>
                  <label>
                    <input
                      id={`${id}-${item.id}`}
                      type="checkbox"
                      checked={ticked.includes(item.id)}
                      onChange={(e) => onTick(item.id, e.currentTarget.checked)}
                      data-check={item.id}
                    />
                    <span>
                      <RichText text={item.label} />
                      {item.required && <span className="sr-only"> (required)</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        <SourceCitation source={node.source} className="mt-4" />
        <Button
          className="mt-6 print:hidden"
          onClick={() => {
            const left = onDone();
            setMissing(left);
            if (left.length) requestAnimationFrame(() => summaryRef.current?.focus());
          }}
        >
          {node.nextLabel ?? 'Continue'}
        </Button>
        <PrintFixLinks step className="mt-6" />
        {trainer}
      </AfterPaint>
    </div>
  );
}

/** A step's tips, each folded under its question, with its picture when it has one. */
export function StepTips({ tips }: { tips: StepNode['tips'] }) {
  return tips?.map((t, i) => (
    <details key={i} data-slot="fix-tip">
      <summary>{t.title}</summary>
      {t.body.map((b, j) => (
        <p key={j}>
          <RichText text={b} />
        </p>
      ))}
      {t.mockup && <MockupFigure mockup={t.mockup} className="mt-3" />}
    </details>
  ));
}

/**
 * One action. Memoised: ticking the checklist re-renders the step, not its
 * actions and their pictures. `pictureAfterPaint`: the first action's picture
 * follows its words a frame later (a picture draws its screen only once it is
 * in view, so it comes after the words in any case; this also keeps its
 * frame and caption out of the first frame). Also the reading of a step
 * that a link without a case opens (case-offer.tsx).
 */
export const ActionItem = memo(function ActionItem({
  action,
  n,
  pictureAfterPaint = false,
}: {
  action: Action;
  n: number;
  pictureAfterPaint?: boolean;
}) {
  const picture = action.mockup && <MockupFigure mockup={action.mockup} />;
  return (
    <li data-slot="fix-action" data-action={action.id}>
      <p>
        <span aria-hidden="true">{n}</span>
        <span>
          <span className="sr-only">{`Action ${n}: `}</span>
          <RichText text={action.text} />
        </span>
      </p>
      {pictureAfterPaint ? <AfterPaint>{picture}</AfterPaint> : picture}
    </li>
  );
});
