/**
 * A guide's content revision, visible: the notice a case begun on an older
 * revision shows ("This guide was updated since you started", what changed,
 * which answers were kept), and the line that names the revision the guide
 * is at, with its date and its change notes.
 *
 * Both read only what they are given (the flow, the case's revision, its
 * walk), so they fit any store: the step page passes the case's stored
 * revision and an action that records it as seen. This module loads only
 * where it is needed (a case on an older revision, the hand-over page), not
 * on every walk; the step page names the revision in one line of its own.
 */
import { useEffect, useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { RichText, plainText } from '@/components/ui/rich-text';
import { loadRevisions } from '@/content/load-revisions';
import type { Flow, RevisionNote } from '@/content/schema';
import { indexNodes } from '@/engine/graph';
import type { Walk } from '@/engine/walk';
import { formatDay } from '@/lib/format-day';

/** The change notes a case begun on `revision` has not seen, oldest first. */
export function changesSince(flow: Flow, notes: readonly RevisionNote[], revision: number): RevisionNote[] {
  return notes.filter((r) => r.revision > revision && r.revision <= flow.revision);
}

/** The flow's change notes, once loaded (they are a file of their own: load-flow.ts); [] until then. */
function useRevisions(flow: Flow): readonly RevisionNote[] {
  const [loaded, setLoaded] = useState<{ flow: Flow; notes: readonly RevisionNote[] }>();
  useEffect(() => {
    let live = true;
    void loadRevisions(flow).then((notes) => live && setLoaded({ flow, notes }));
    return () => {
      live = false;
    };
  }, [flow]);
  return loaded?.flow === flow ? loaded.notes : (flow.revisions ?? []);
}

export function RevisionNotice({
  flow,
  revision,
  walk,
  onAcknowledge,
}: {
  flow: Flow;
  /** The revision the case was begun on (or last acknowledged); nothing shows when it is current. */
  revision: number | undefined;
  walk: Walk;
  onAcknowledge: () => void;
}) {
  const id = useId();
  const notes = useRevisions(flow);
  if (revision === undefined || !Number.isFinite(revision) || revision >= flow.revision) return null;
  const changes = changesSince(flow, notes, revision);
  const nodes = indexNodes(flow);
  const stale = walk.stale.map((nodeId) => nodes.get(nodeId)).filter((n) => n !== undefined);
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-4 rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
      data-testid="revision-notice"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        This guide was updated since you started
      </h2>
      <p className="mt-1 max-w-prose">
        You began this case on revision {revision}; the guide is now at revision {flow.revision}. Every answer that
        still fits is kept, so you go on from where the new questions start.
        {stale.length > 0 && (
          <>
            {' '}
            {stale.length === 1
              ? 'One answer no longer fits and is asked again'
              : `${stale.length} answers no longer fit and are asked again`}
            : {stale.map((n) => plainText(n.title)).join('; ')}.
          </>
        )}
      </p>
      <div className="mt-3 grid max-w-prose gap-2" data-testid="revision-changes">
        {changes.map((r) => (
          <div key={r.revision}>
            <h3 className="font-semibold">
              What changed in revision {r.revision} ({formatDay(r.date)})
            </h3>
            <ul className="mt-1 ml-5 grid list-disc gap-1">
              {r.changes.map((c, i) => (
                <li key={i}>
                  <RichText text={c} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <Button variant="secondary" className="mt-3" onClick={onAcknowledge}>
        Got it, hide this
      </Button>
    </section>
  );
}

/** "Guide revision 3, 2026-12-03", with every revision's change notes behind a disclosure. */
export function GuideRevision({ flow }: { flow: Flow }) {
  const notes = useRevisions(flow);
  return (
    <>
      {/* On paper a folded list cannot be opened: the revision alone is printed. */}
      <p className="hidden text-sm text-slate-700 print:block" data-testid="guide-revision-printed">
        Guide revision {flow.revision}, {formatDay(flow.revisionDate)}
      </p>
      <details className="text-sm text-slate-700 print:hidden" data-testid="guide-revision-notes">
        <summary className="cursor-pointer py-2 font-semibold text-brand-700">
          Guide revision {flow.revision}, {formatDay(flow.revisionDate)}: what changed
        </summary>
        <ul className="mt-1 grid max-w-prose gap-2">
          {[...notes].reverse().map((r) => (
            <li key={r.revision}>
              <span className="font-semibold">
                Revision {r.revision} ({formatDay(r.date)})
              </span>
              <ul className="ml-5 list-disc">
                {r.changes.map((c, i) => (
                  <li key={i}>
                    <RichText text={c} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
