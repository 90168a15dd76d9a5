/**
 * On an outcome that another guide continues (`continues`): what the case
 * carries over, and the button that hands it over. Loaded only on such an
 * outcome (outcome-step.tsx), with the other guide's flow, never with a walk.
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import { CATALOG } from '@/content/catalog';
import { loadFlow } from '@/content/load-flow';
import type { Flow, OutcomeNode } from '@/content/schema';
import { indexNodes } from '@/engine/graph';
import { handOver } from '@/engine/handover';
import type { Session } from '@/engine/walk';
import { useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { quoted } from '@/lib/quote';
import { loadHandOver } from '@/store';

export default function HandOverPanel({ flow, session, node }: { flow: Flow; session: Session; node: OutcomeNode }) {
  const caseRef = useOptionalCaseRef();
  const navigate = useNavigate();
  const targetId = node.continues?.flow;
  const [target, setTarget] = useState<Flow | null>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadFlow(targetId).then(
      (f) => live && setTarget(f ?? null),
      () => live && setTarget(null),
    );
    return () => {
      live = false;
    };
  }, [targetId]);
  const summary = CATALOG.find((f) => f.id === targetId);
  if (!targetId || !summary || target === null) return null;
  // The outcome is the other guide's own article (its event, say): that guide diagnoses and fixes it. Otherwise the
  // other guide knows more of what the answers point to (other articles, which it tells apart).
  const own = node.source.ref === summary.kb;
  const start = target ? handOver(flow, session, node.id, target) : undefined;
  const nodes = target ? indexNodes(target) : undefined;
  const carried = start
    ? Object.entries(start.answers).flatMap(([q, o]) => {
        const question = nodes?.get(q);
        if (question?.kind !== 'question') return [];
        const option = question.options.find((x) => x.id === o);
        return option ? [{ id: q, title: plainText(question.title), answer: plainText(option.label) }] : [];
      })
    : [];

  const go = async () => {
    if (!caseRef || !target) return;
    try {
      const { handOverCase } = await loadHandOver();
      const to = handOverCase(flow, caseRef.caseId, node.id, target);
      if (to) navigate(to);
      else setFailed(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section
      aria-labelledby="hand-over-title"
      className="mt-4 max-w-prose rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
      data-testid="hand-over"
    >
      <h2 id="hand-over-title" className="text-lg font-bold">
        {own ? `KB ${summary.kb} has a guide of its own` : `The guide for KB ${summary.kb} goes on from here`}
      </h2>
      <p className="mt-1">
        {quoted(summary.title)} {own ? 'diagnoses and fixes this.' : 'takes the case further from your answers.'} The
        case goes on there as one case: your answers here stay in its trail, in the ticket text and in the hand-over
        file.
      </p>
      {carried.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">Answered there already, from your answers here</h3>
          <ul className="mt-1 list-inside list-disc" data-testid="carried-answers">
            {carried.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">{c.title}:</span> {quoted(c.answer)}
              </li>
            ))}
          </ul>
          <p className="mt-1" data-testid="carried-note">
            The guide there does not ask them again: its answer trail marks each as carried over, and you can change any
            of them there.
          </p>
        </>
      )}
      {caseRef && (
        <Button className="mt-4" onClick={() => void go()} aria-disabled={!start || undefined}>
          Continue in KB {summary.kb}
        </Button>
      )}
      {failed && (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          The case could not be handed over. Reload the page and try again.
        </p>
      )}
    </section>
  );
}
