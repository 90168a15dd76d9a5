/**
 * On the not-found page of a case's link to a step the guide does not have (a
 * mistyped link): where the case stands now, and the way back to it. A case
 * handed over from this guide to another since (a link from before the
 * hand-over) is not here any more: the way to it where it is now, as a page of
 * this guide that it has left offers it (case-moved.tsx). Loaded only then
 * (step-page.tsx).
 */
import { ButtonLink } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { walk } from '@/engine/walk';
import { ownName } from '@/features/wizard/case-name';
import CaseMoved from '@/features/wizard/components/case-moved';
import { paths } from '@/lib/paths';
import { quoted } from '@/lib/quote';
import { type StoredCase, useCaseById } from '@/store';

/** `caseId`: the case the link names (this browser may not have it, or have it in another guide). */
export function CaseWayBack({ flow, caseId }: { flow: Flow; caseId: string }) {
  const stored = useCaseById(caseId);
  if (stored?.flowId === flow.id) return <WayBack flow={flow} caseId={caseId} stored={stored} />;
  if (stored?.earlier?.some((p) => p.flowId === flow.id))
    return <CaseMoved caseId={caseId} stored={stored} here={flow.id} nested />;
  return null;
}

function WayBack({ flow, caseId, stored }: { flow: Flow; caseId: string; stored: StoredCase }) {
  // The name the case was given (or its case note's first line); a case without one is "this case".
  const own = ownName(stored);
  const current = walk(flow, stored).current;
  // As its page's heading reads: a question by what it asks.
  const at = plainText(current.kind === 'question' ? current.prompt : current.title);
  return (
    <>
      <p className="mt-4 text-lg text-slate-700 wrap-anywhere" data-testid="case-way-back">
        Where the case stands now: {quoted(at)}
      </p>
      <ButtonLink to={paths.step({ flowId: flow.id, caseId }, current.id)} className="mt-6 mr-3 wrap-anywhere">
        Back to {own ? `the case ${quoted(own)}` : 'this case'}
      </ButtonLink>
    </>
  );
}
