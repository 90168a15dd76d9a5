import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { afterNextPaint } from '@/lib/after-next-paint';
import { useReplaced, useStoredSession, useWizardActions } from '@/wizard/store/wizard-store';

/**
 * After "Start over" (or starting a new session over one in progress): a
 * message with Undo. It has no time limit (WCAG 2.2.1): it stays until the
 * user dismisses it or makes the first change in the new session, after which
 * undoing would throw that work away.
 */
const MESSAGE = {
  start: 'New session started.',
  import: 'Session loaded from the file.',
  share: 'Session opened from the link.',
} as const;

export function UndoToast({ flow, onUndone }: { flow: Flow; onUndone: () => void }) {
  const replaced = useReplaced();
  const session = useStoredSession(flow.id);
  const { undoReplace, dismissUndo } = useWizardActions();
  const ref = useRef<HTMLDivElement>(null);
  const live = !!replaced && replaced.flowId === flow.id && session?.id === replaced.replacedBy;
  const fresh = live && session.log.length === replaced.logLength;
  const at = replaced?.at;

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
    if (replaced && !fresh) dismissUndo();
  }, [replaced, fresh, dismissUndo]);

  if (!fresh) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-3 print:hidden"
      data-testid="undo-toast"
    >
      <p>{MESSAGE[replaced.source]} Your previous answers, ticks and notes were set aside.</p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            if (undoReplace(flow)) onUndone();
          }}
        >
          Undo
        </Button>
        <Button variant="secondary" onClick={dismissUndo}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
