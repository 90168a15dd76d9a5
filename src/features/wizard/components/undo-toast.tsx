import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { afterNextPaint } from '@/lib/after-next-paint';
import { useCaseActions, useCaseRef, useStoredCase } from '@/features/wizard/hooks/use-case';
import { useReplaced, useWizardActions } from '@/store';

/**
 * After "Start over" on this case: a message with Undo. It has no time limit
 * (WCAG 2.2.1): it stays until the user dismisses it or makes the first
 * change in the case, after which undoing would throw that work away. Only
 * the case that was started over shows it.
 */
export function UndoToast({ flow, onUndone }: { flow: Flow; onUndone: () => void }) {
  const replaced = useReplaced();
  const { caseId } = useCaseRef();
  const stored = useStoredCase();
  const { undoRestart } = useCaseActions(flow);
  const { dismissUndo } = useWizardActions();
  const ref = useRef<HTMLDivElement>(null);
  const mine = !!replaced && replaced.caseId === caseId;
  const fresh = mine && stored?.id === replaced.replacedBy && stored.log.length === replaced.logLength;
  const at = mine ? replaced.at : undefined;

  useEffect(() => {
    if (!at) return;
    // The step heading takes focus once the step is painted (useStepFocus); a
    // frame after that, bring focus here, so Undo is one Tab away.
    let cancel = afterNextPaint(() => {
      cancel = afterNextPaint(() => ref.current?.focus());
    });
    return () => cancel();
  }, [at]);

  useEffect(() => {
    if (mine && !fresh) dismissUndo();
  }, [mine, fresh, dismissUndo]);

  if (!fresh) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-3 print:hidden"
      data-testid="undo-toast"
    >
      <p>This case was started over. Its previous answers, ticks and step notes were set aside.</p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            if (undoRestart()) onUndone();
          }}
        >
          Undo
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            // The message goes: focus goes to the step's heading rather than the page.
            document.querySelector<HTMLElement>('[data-step-heading]')?.focus();
            dismissUndo();
          }}
        >
          Dismiss
        </Button>
      </div>
    </div>
  );
}
