/**
 * On the not-found page of a case's link to a step the guide does not have (a
 * mistyped link): where the case stands now, and the way back to it. Loaded
 * only then (step-page.tsx).
 */
import { ButtonLink } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { ownName } from '@/features/wizard/case-name';
import { useFlowSession } from '@/features/wizard/hooks/use-case';
import { type CaseRef, paths } from '@/lib/paths';
import { quoted } from '@/lib/quote';

export function CaseWayBack({ flow, caseRef }: { flow: Flow; caseRef: CaseRef }) {
  const { stored, walk } = useFlowSession(flow);
  // The name the case was given (or its case note's first line); a case without one is "this case".
  const own = stored && ownName(stored);
  const current = walk.current;
  // As its page's heading reads: a question by what it asks.
  const at = plainText(current.kind === 'question' ? current.prompt : current.title);
  return (
    <>
      <p className="mt-4 text-lg text-slate-700 wrap-anywhere" data-testid="case-way-back">
        Where the case stands now: {quoted(at)}
      </p>
      <ButtonLink to={paths.step(caseRef, current.id)} className="mt-6 mr-3 wrap-anywhere">
        Back to {own ? `the case ${quoted(own)}` : 'this case'}
      </ButtonLink>
    </>
  );
}
