/**
 * `/t/:flowId/class/fix-test`: "test the whole fix". The fix steps (for Q255888 the
 * Permissions Admin grant on the Organization, Site and Configuration
 * objects) run as one Test me: no hints, wrong actions and time counted, one
 * score at the end, kept for the class under the learner's name.
 */
import { useEffect, useMemo, useRef } from 'react';

import { RichText } from '@/components/ui/rich-text';
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';
import { useFlow } from '@/features/wizard';

import { PracticePanel } from '../practice-panel';
import { usePractisedFlow } from '../practised-flow';
import { PracticeUnavailable } from '../trainer-panel';
import { wholeFixStep, wholeFixSteps } from './whole-fix';

export function FixTestPage({ presenter }: { presenter?: PresenterData }) {
  // The route's loader has loaded the trainer moves already; this waits only if it could not.
  const { flow, failed, retry } = usePractisedFlow(useFlow());
  if (flow) return <FixTest flow={flow} presenter={presenter} />;
  return <div className="mt-4">{failed ? <PracticeUnavailable retry={retry} /> : <p>Loading…</p>}</div>;
}

function FixTest({ flow, presenter }: { flow: Flow; presenter?: PresenterData }) {
  const steps = useMemo(() => wholeFixSteps(flow, presenter), [flow, presenter]);
  const step = useMemo(() => (steps.length ? wholeFixStep(steps) : undefined), [steps]);
  const moves = useMemo(() => (step ? trainerMoves(step) : []), [step]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `Test the whole fix – KB ${flow.kb.id} – KB Wizard`;
    headingRef.current?.focus();
  }, [flow.kb.id]);

  return (
    <div className="mt-4 grid gap-4">
      <div>
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          Test the whole fix
        </h1>
        {step ? (
          <>
            <p className="mt-2 max-w-prose text-lg text-slate-700">
              {`Every action of the fix, ${moves.length} in all, on the screen pictures, as one test: no hints, wrong actions and time counted. In order:`}
            </p>
            <ol className="mt-2 list-decimal pl-6 text-lg">
              {steps.map((s) => (
                <li key={s.id}>
                  <RichText text={s.title} />
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="mt-2">This guide has no fix steps to practise.</p>
        )}
      </div>
      {step && (
        <section aria-label="The test" data-testid="trainer-panel" data-mode="test">
          <PracticePanel kind="test" flowId={flow.id} step={step} moves={moves} />
        </section>
      )}
    </div>
  );
}
