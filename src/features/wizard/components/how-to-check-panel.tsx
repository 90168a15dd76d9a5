import { Button } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';
import type { HowToCheck } from '@/content/schema';
import { MockupFigure } from '@/mockups/mockup-figure';

/**
 * Shown inline when the user answers "Not sure": how to find the answer, with
 * two ways on: check now and answer, or go on without knowing (the competing
 * causes stay open, and the question can be answered later from the trail).
 */
export function HowToCheckPanel({
  guide,
  id,
  onAnswerNow,
  onContinue,
}: {
  guide: HowToCheck;
  id: string;
  onAnswerNow: () => void;
  onContinue: () => void;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-5 rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
      data-testid="how-to-check"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
        {guide.title}
      </h2>
      <p className="mt-1 max-w-prose text-slate-800">
        “Not sure” is a fine answer: the wizard keeps every cause it cannot rule out open. If you can, check now and
        then answer; otherwise go on and answer later from the result page.
      </p>
      <ol className="mt-3 grid max-w-prose list-decimal gap-2 pl-6 text-slate-900">
        {guide.steps.map((s, i) => (
          <li key={i}>
            <RichText text={s} />
          </li>
        ))}
      </ol>
      {guide.mockup && <MockupFigure mockup={guide.mockup} className="mt-4" />}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={onAnswerNow}>
          I’ve checked: answer now
        </Button>
        <Button variant="secondary" onClick={onContinue}>
          Continue without knowing
        </Button>
      </div>
    </section>
  );
}
