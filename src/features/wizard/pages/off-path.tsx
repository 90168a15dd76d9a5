import { useEffect, useRef } from 'react';
import { useNavigate, useNavigationType } from 'react-router';

import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { type StoredCase, actions as store } from '@/store';

import { lastMoveDirection } from '@/lib/history-direction';
import { type CaseRef, paths } from '@/lib/paths';

/** True when an answer on the case's way was changed at some point (so steps it once reached are gone). */
function answerChanged(stored: StoredCase | undefined): boolean {
  const given = new Map<string, string>();
  for (const e of stored?.log ?? []) {
    if (e.type === 'start' || e.type === 'restart') given.clear();
    if (e.type !== 'answer' || !e.node || e.value === undefined) continue;
    const before = given.get(e.node);
    if (before !== undefined && before !== e.value) return true;
    given.set(e.node, e.value);
  }
  return false;
}

/**
 * Why a step this case shows no more is off its way: an answer was changed (`changed`), or, with no answer changed
 * in this guide, the case went on in another guide since and came back (`guides`: its steps here from before belong
 * to a part of the case that is done); undefined when neither (the step is ahead of the answers).
 */
export function whyOffPath(stored: StoredCase | undefined): 'changed' | 'guides' | undefined {
  if (answerChanged(stored)) return 'changed';
  return stored?.earlier?.length ? 'guides' : undefined;
}

/**
 * A step this case's answers do not reach. Reached by Back or Forward (an
 * entry left from before an answer was changed): keep going the same way,
 * past every such entry, and say so. Otherwise (a reload, a link): go to the
 * step the answers lead to now, with a banner that says why.
 */
export function OffPath({
  flow,
  caseRef,
  nodeId,
  current,
  stored,
}: {
  flow: Flow;
  caseRef: CaseRef;
  nodeId: string;
  current: string;
  stored: StoredCase | undefined;
}) {
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  /** Which way to keep going (-1 back, 1 forward), or 0 to go to the current step; decided once. */
  const plan = useRef<number | null>(null);
  useEffect(() => {
    const toCurrent = () => void navigate(paths.step(caseRef, current), { replace: true });
    if (plan.current === null) {
      plan.current = navigationType === 'POP' ? lastMoveDirection() : 0;
      // Back from the app's first entry would leave the app: the current step instead.
      if (plan.current === -1 && (window.history.state as { idx?: unknown } | null)?.idx === 0) plan.current = 0;
      const why = whyOffPath(stored);
      if (plan.current !== 0) {
        store.showNotice(why === 'guides' ? { kind: 'skipped', reason: why } : { kind: 'skipped' });
        void navigate(plan.current);
      } else {
        const node = flow.nodes.find((n) => n.id === nodeId)!;
        store.showNotice({ kind: 'redirected', reason: why ?? 'ahead', title: plainText(node.title) });
        toCurrent();
      }
    }
    if (plan.current === 0) return;
    // Nothing further that way (the first or last entry): the case's current step instead. The browser says it
    // moved with a popstate at once, long before the next page is drawn (which can take a while on a busy
    // machine), so only a move that did not happen at all lets the wait run out.
    const timer = setTimeout(toCurrent, 1000);
    const moved = () => clearTimeout(timer);
    window.addEventListener('popstate', moved, { once: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('popstate', moved);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the step asked for (keyed by it)
  }, []);
  return <p className="mt-6 text-slate-700">Opening the step your answers lead to…</p>;
}
