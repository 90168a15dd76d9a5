import type { ReactNode } from 'react';

/**
 * The h1 of a wizard step. It takes focus when the step changes (see
 * useStepFocus), so it is focusable by script but not a tab stop.
 */
export function StepHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h1 id={id} tabIndex={-1} data-step-heading className="mt-2 text-2xl font-bold text-balance sm:text-3xl">
      {children}
    </h1>
  );
}
