import { useEffect, useId, useState } from 'react';
import { useHref } from 'react-router';

import { paths } from '@/lib/paths';
import { Button } from '@/components/ui/button';
import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';
import { copyText } from '@/lib/clipboard';
import type { EarlierPart, StoredSession } from '@/store';
import { carriedQuestions } from '@/features/wizard/provenance';

import { encodeShare } from './share-link';

const noteTexts = (notes: StoredSession['notes']) =>
  Object.fromEntries(Object.entries(notes).map(([k, n]) => [k, n.text]));

/**
 * Make a link that carries the whole case: for a case handed over between
 * guides, its parts in the earlier guides too, so it opens as one case with
 * one trail. It sits after the '#', which browsers never send to a server, so
 * it stays out of server logs.
 */
export function SharePanel({
  flow,
  session,
}: {
  flow: Flow;
  session: StoredSession & { name?: string; earlier?: readonly EarlierPart[] };
}) {
  const id = useId();
  const parts = session.earlier;
  // The guides of the earlier parts: the link indexes each part's answers into its own guide.
  const [earlierFlows, setEarlierFlows] = useState<ReadonlyMap<string, Flow>>();
  useEffect(() => {
    let live = true;
    if (!parts?.length) return;
    void Promise.all([...new Set(parts.map((p) => p.flowId))].map((f) => loadFlow(f).catch(() => undefined))).then(
      (flows) => {
        if (live) setEarlierFlows(new Map(flows.flatMap((f) => (f ? [[f.id, f] as const] : []))));
      },
    );
    return () => {
      live = false;
    };
  }, [parts]);
  const kbs = [...(parts ?? []).map((p) => earlierFlows?.get(p.flowId)?.kb.id ?? p.flowId), flow.kb.id].map(
    (kb) => `KB ${kb}`,
  );
  const base = useHref(paths.shared(flow.id));
  const [withNotes, setWithNotes] = useState(false);
  const [link, setLink] = useState<{ url: string; notes: boolean; of: StoredSession } | null>(null);
  const [status, setStatus] = useState('');
  const hasNotes =
    Object.keys(session.notes).length > 0 ||
    !!session.sessionNote ||
    !!session.name ||
    !!parts?.some((p) => Object.keys(p.notes).length > 0);
  const current = link && link.of === session && link.notes === withNotes ? link.url : null;

  const make = async () => {
    const fragment = await encodeShare(
      flow,
      {
        entry: session.entry,
        answers: session.answers,
        checks: session.checks,
        notes: noteTexts(session.notes),
        ...(session.sessionNote ? { sessionNote: session.sessionNote.text } : {}),
        ...(session.name ? { name: session.name } : {}),
        ...(parts?.length
          ? {
              earlier: parts.map((p) => ({
                flowId: p.flowId,
                outcome: p.outcome,
                entry: p.entry,
                answers: p.answers,
                checks: p.checks,
                notes: noteTexts(p.notes),
              })),
            }
          : {}),
        // Which answers came with the case from the guide before: the case the link opens does not ask them again.
        carried: carriedQuestions(session.answers, session.log),
      },
      withNotes,
      earlierFlows,
    );
    const url = new URL(`${base}#${fragment}`, window.location.href).href;
    setLink({ url, notes: withNotes, of: session });
    setStatus(
      (await copyText(url))
        ? 'Link made and copied to the clipboard.'
        : 'Link made. Copying was blocked: select the link and copy it.',
    );
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4 print:hidden"
      data-testid="share-panel"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        Share link
      </h2>
      <p className="mt-1 text-slate-700">
        A link that opens this case, answers and ticks included, on any computer with this app, as a new case there. The
        case travels inside the link itself, after the “#”, so it never reaches a server.
      </p>
      <p className="mt-1 text-slate-700" data-testid="share-leaves-out">
        To stay short, it leaves out when each answer was given and the events pasted from Event Viewer: the hand-over
        file (JSON) keeps those, and the ticket text of this case shows them.
      </p>
      {parts?.length ? (
        <p className="mt-1 text-slate-700" data-testid="share-whole-case">
          It carries the whole case, in {kbs.join(' and then ')}: it opens there as one case with one trail.
        </p>
      ) : null}
      <div className="mt-3 flex items-start gap-2">
        <input
          id={`${id}-notes`}
          type="checkbox"
          checked={withNotes}
          onChange={(e) => setWithNotes(e.target.checked)}
          className="mt-1 size-5 accent-brand-700"
        />
        <label htmlFor={`${id}-notes`}>
          Include my notes and the case’s name in the link{' '}
          {hasNotes ? '(anyone with the link can read them)' : '(there are none yet)'}
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => void make()} disabled={!!parts?.length && !earlierFlows}>
          Copy share link
        </Button>
        <span role="status" className="text-sm text-slate-700">
          {status}
        </span>
      </div>
      {current && (
        <div className="mt-3 grid gap-1">
          <label htmlFor={`${id}-link`} className="text-sm font-semibold">
            The link
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={current}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-slate-400 bg-slate-50 p-2 font-mono text-sm"
            data-testid="share-link"
          />
        </div>
      )}
    </section>
  );
}
