import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { Button, ButtonLink } from '@/components/ui/button';
import type { Flow } from '@/content/schema';
import { plainText } from '@/components/ui/rich-text';
import { verdict } from '@/engine/verdict';
import { walk } from '@/engine/walk';
import { randomId } from '@/lib/random-id';
import { outcomeHeadline } from '@/wizard/transcript';
import { useFlow } from '@/wizard/hooks/use-flow';
import { sessionHasContent } from '@/wizard/session-content';
import type { StoredSession } from '@/wizard/store/persisted';
import { type SharedSession, decodeShare, shareErrorText } from '@/wizard/share/share-link';
import { getWizardState, useWizardActions } from '@/wizard/store/wizard-store';

import { paths } from '../paths';

type State =
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'confirm'; session: StoredSession };

function toStored(flow: Flow, shared: SharedSession, now: number): StoredSession {
  return {
    id: randomId(),
    flowId: flow.id,
    revision: flow.revision,
    entry: shared.entry,
    answers: shared.answers,
    checks: shared.checks,
    startedAt: now,
    updatedAt: now,
    log: [],
    notes: Object.fromEntries(Object.entries(shared.notes).map(([k, text]) => [k, { text, at: now }])),
    ...(shared.sessionNote ? { sessionNote: { text: shared.sessionNote, at: now } } : {}),
  };
}

/** Same answers, ticks and note texts: opening the link would change nothing. */
function same(a: StoredSession, b: StoredSession): boolean {
  const key = (s: StoredSession) =>
    JSON.stringify([
      s.entry,
      Object.entries(s.answers).sort(),
      Object.entries(s.checks).sort(),
      Object.entries(s.notes).map(([k, n]) => [k, n.text]).sort(),
      s.sessionNote?.text ?? '',
    ]);
  return key(a) === key(b);
}

/** What the shared session concluded, and how sure (the last outcome on its path that names a cause). */
function SharedVerdict({ flow, session }: { flow: Flow; session: StoredSession }) {
  const w = walk(flow, session);
  const outcome = [...w.path].reverse().find((p) => p.node.kind === 'outcome' && p.node.decisive)?.node;
  const v = outcome?.kind === 'outcome' ? verdict(flow, w, outcome) : undefined;
  if (!outcome || !v) return null;
  return (
    <p data-testid="shared-verdict">
      Its diagnosis: <span className="font-semibold">{outcomeHeadline(outcome.title, v)}</span>
      {v.toSettle.length > 0 && <> (still open: {v.toSettle.map((c) => plainText(c.question.title)).join('; ')})</>}.
    </p>
  );
}

/**
 * `/t/:flowId/shared#…`: open a shared session. A bad link is refused with a
 * clear message and the current session untouched; a good one replaces a
 * session in progress only after asking.
 */
export function Component() {
  const flow = useFlow();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { restore } = useWizardActions();
  const [state, setState] = useState<State>({ kind: 'reading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `Open a shared session – KB ${flow.kb.id} – KB Wizard`;
    let live = true;
    void decodeShare(flow, hash).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setState({ kind: 'refused', message: shareErrorText(result.error) });
        return;
      }
      const incoming = toStored(flow, result.session, Date.now());
      const current = getWizardState().sessions[flow.id];
      if (current && same(current, incoming)) {
        navigate(paths.flow(flow.id), { replace: true });
        return;
      }
      if (sessionHasContent(current)) {
        setState({ kind: 'confirm', session: incoming });
        return;
      }
      restore(flow, incoming, 'share');
      navigate(paths.flow(flow.id), { replace: true });
    });
    return () => {
      live = false;
    };
  }, [flow, hash, navigate, restore]);

  useEffect(() => {
    if (state.kind !== 'reading') headingRef.current?.focus();
  }, [state.kind]);

  if (state.kind === 'reading') return <p className="mt-6 text-slate-700">Opening the shared session…</p>;

  const hasSession = sessionHasContent(getWizardState().sessions[flow.id]);
  if (state.kind === 'refused') {
    return (
      <div className="mt-6 grid max-w-prose gap-4" data-testid="share-refused">
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
          This link could not be opened
        </h1>
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
        <p>{hasSession ? 'Your own session is unchanged.' : 'Nothing in this browser was changed.'} Ask the sender to copy the link again, or to send the hand-over file (JSON) instead.</p>
        <div className="flex flex-wrap gap-3">
          {hasSession && <ButtonLink to={paths.flow(flow.id)}>Resume your session</ButtonLink>}
          <ButtonLink variant="secondary" to={paths.home()}>
            Go to the start page
          </ButtonLink>
        </div>
      </div>
    );
  }
  const incoming = state.session;
  return (
    <div role="alertdialog" aria-labelledby="shared-title" aria-describedby="shared-desc" className="mt-6 grid max-w-prose gap-4" data-testid="share-confirm">
      <h1 id="shared-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        Replace your session in progress?
      </h1>
      <p id="shared-desc">
        This link holds a session for KB {flow.kb.id} with {Object.keys(incoming.answers).length} answer(s). You already have a session in progress in this browser. Opening the link sets yours aside; you can undo that on the next page.
      </p>
      <SharedVerdict flow={flow} session={incoming} />
      <div className="flex flex-wrap gap-3">
        <Button
          onClick={() => {
            restore(flow, incoming, 'share');
            navigate(paths.flow(flow.id), { replace: true });
          }}
        >
          Open the shared session
        </Button>
        <Button variant="secondary" onClick={() => navigate(paths.flow(flow.id), { replace: true })}>
          Keep my session
        </Button>
      </div>
      <p className="text-sm text-slate-600">
        <Link to={paths.home()} className="text-brand-700 underline underline-offset-2">
          Start page
        </Link>
      </p>
    </div>
  );
}
