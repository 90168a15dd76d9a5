import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { ButtonLink } from '@/components/ui/button';
import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';
import { continuesOf } from '@/engine/handover';
import { walk } from '@/engine/walk';
import { randomId } from '@/lib/random-id';
import { useFlow } from '@/features/wizard/hooks/use-flow';
import { type EarlierPart, type LogEntry, caseActions, useWizardActions } from '@/store';
import { type IncomingCase as Incoming, sameOpenCase } from '@/features/wizard/cases/same-case';
import { type SharedSession, decodeShare, shareErrorText } from '@/features/wizard/share/share-link';

import { paths } from '@/lib/paths';

type State = { kind: 'reading' } | { kind: 'refused'; message: string };

const withTimes = (notes: Record<string, string>, now: number) =>
  Object.fromEntries(Object.entries(notes).map(([k, text]) => [k, { text, at: now }]));

/**
 * A case handed over from another guide, whose link says which answers came with it from there (the last earlier
 * part): its log begins as the case's did, with the hand-over, and the link's own entry names the answers it gave
 * as this guide's, so the case opens as the one it was made from: those questions not asked again, marked as
 * carried over in its trail and ticket text (carriedQuestions, features/wizard/provenance.ts).
 */
function handOverLog(
  shared: SharedSession,
  now: number,
  flows: ReadonlyMap<string, Flow>,
): { log: LogEntry[]; given: string } | undefined {
  const last = shared.earlier?.at(-1);
  const lastFlow = last && flows.get(last.flowId);
  if (!last || !lastFlow || !shared.carried?.length) return undefined;
  const carried = new Set(shared.carried);
  const at = continuesOf(lastFlow, last.outcome)?.node;
  const entry: LogEntry = {
    at: now,
    type: 'handover',
    ...(at ? { node: at } : {}),
    value: `${last.flowId}:${last.outcome}`,
  };
  const given = Object.entries(shared.answers).flatMap(([q, o]) => (carried.has(q) ? [] : [`${q}=${o}`]));
  return { log: [entry], given: given.join(', ') };
}

function toStored(
  flow: Flow,
  shared: SharedSession,
  now: number,
  flows: ReadonlyMap<string, Flow>,
  log: LogEntry[],
): Incoming {
  const earlier = (shared.earlier ?? []).map(
    (p): EarlierPart => ({
      id: randomId(),
      flowId: p.flowId,
      revision: flows.get(p.flowId)?.revision ?? 1,
      entry: p.entry,
      answers: p.answers,
      checks: p.checks,
      startedAt: now,
      updatedAt: now,
      log: [],
      notes: withTimes(p.notes, now),
      outcome: p.outcome,
    }),
  );
  return {
    id: randomId(),
    flowId: flow.id,
    revision: flow.revision,
    entry: shared.entry,
    answers: shared.answers,
    checks: shared.checks,
    startedAt: now,
    updatedAt: now,
    log,
    notes: withTimes(shared.notes, now),
    ...(shared.sessionNote ? { sessionNote: { text: shared.sessionNote, at: now } } : {}),
    ...(shared.name ? { name: shared.name } : {}),
    ...(earlier.length ? { earlier } : {}),
  };
}

/**
 * `/t/:flowId/shared#…`: open a shared session as a new case, next to the
 * cases already here (never over one). A bad link is refused with a clear
 * message and nothing changed; a link opened again goes to the case it made.
 */
export function SharedPage() {
  const flow = useFlow();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { showNotice } = useWizardActions();
  const [state, setState] = useState<State>({ kind: 'reading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `Open a shared case – KB ${flow.kb.id} – KB Wizard`;
    let live = true;
    // A handed-over case's link carries its parts in earlier guides too: their guides load as the link is read.
    const loaded = new Map<string, Flow>();
    const load = async (id: string) => {
      const f = await loadFlow(id);
      if (f) loaded.set(id, f);
      return f;
    };
    void decodeShare(flow, hash, load).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setState({ kind: 'refused', message: shareErrorText(result.error) });
        return;
      }
      const now = Date.now();
      const handedOver = handOverLog(result.session, now, loaded);
      const incoming = toStored(flow, result.session, now, loaded, handedOver?.log ?? []);
      const existing = sameOpenCase(flow, incoming);
      const caseId = existing ? existing.caseId : caseActions.importCase(flow, incoming, 'share', handedOver?.given);
      const dropped = result.dropped
        ? `${result.dropped === 1 ? 'Its part in an earlier guide was' : `Its parts in ${result.dropped} earlier guides were`} left out: this copy of the app has no such guide, or another edition of it.`
        : '';
      showNotice({ kind: 'opened', source: 'share', dropped, ...(existing ? { already: true } : {}) });
      const ref = { flowId: flow.id, caseId };
      navigate(paths.step(ref, walk(flow, existing ? existing.stored : incoming).current.id), { replace: true });
    });
    return () => {
      live = false;
    };
  }, [flow, hash, navigate, showNotice]);

  useEffect(() => {
    if (state.kind !== 'reading') headingRef.current?.focus();
  }, [state.kind]);

  if (state.kind === 'reading') return <p className="mt-6 text-slate-700">Opening the shared case…</p>;

  return (
    <div className="mt-6 grid max-w-prose gap-4" data-testid="share-refused">
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        This link could not be opened
      </h1>
      <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
        {state.message}
      </p>
      <p>
        Nothing in this browser was changed: your cases are as they were. Ask the sender to copy the link again, or to
        send the hand-over file (JSON) instead.
      </p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink to={paths.home()}>Go to your cases</ButtonLink>
      </div>
    </div>
  );
}
