/**
 * The answers a handed-over case gave in the guides before this one, above
 * this guide's own answers in the trail: one trail across guides. Loaded only
 * for such a case (answer-trail.tsx), with the earlier guides' flows.
 */
import { useEffect, useState } from 'react';

import { plainText } from '@/components/ui/rich-text';
import { CATALOG } from '@/content/catalog';
import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';
import { indexNodes } from '@/engine/graph';
import { walk } from '@/engine/walk';
import type { EarlierPart } from '@/store';

export default function EarlierTrail({ parts, current }: { parts: readonly EarlierPart[]; current: string }) {
  const [flows, setFlows] = useState<ReadonlyMap<string, Flow>>(new Map());
  const ids = [...new Set(parts.map((p) => p.flowId))].join(' ');
  useEffect(() => {
    let live = true;
    void Promise.all(ids.split(' ').map((id) => loadFlow(id).catch(() => undefined))).then((loaded) => {
      if (live) setFlows(new Map(loaded.flatMap((f) => (f ? [[f.id, f] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [ids]);
  const kb = (flowId: string) => CATALOG.find((f) => f.id === flowId)?.kb ?? flowId;
  return (
    <div data-testid="earlier-trail">
      {parts.map((part, i) => {
        const flow = flows.get(part.flowId);
        const answered = flow ? walk(flow, part).path.filter((p) => p.choice && p.node.kind !== 'outcome') : [];
        const outcome = flow ? indexNodes(flow).get(part.outcome) : undefined;
        return (
          <section key={i} aria-labelledby={`trail-part-${i}`} className="mt-2">
            <h3 id={`trail-part-${i}`} className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
              In KB {kb(part.flowId)}
            </h3>
            {!flow ? (
              <p className="text-sm text-slate-600">Loading…</p>
            ) : (
              <ol className="mt-1 grid gap-2 text-sm">
                {answered.map((p) => (
                  <li key={p.node.id} className="min-w-0 wrap-anywhere">
                    <span className="block font-semibold">{plainText(p.node.title)}</span>
                    <span className="block text-slate-700">
                      {p.node.kind === 'step' ? 'Done' : plainText(p.choice?.label ?? '')}
                    </span>
                    <PartNote text={part.notes[p.node.id]?.text} />
                  </li>
                ))}
                {outcome && (
                  <li className="min-w-0 wrap-anywhere">
                    <span className="block font-semibold">Handed over</span>
                    <span className="block text-slate-700">{plainText(outcome.title)}</span>
                    <PartNote text={part.notes[outcome.id]?.text} />
                  </li>
                )}
              </ol>
            )}
          </section>
        );
      })}
      <h3 className="mt-3 border-t border-slate-200 pt-3 text-xs font-semibold tracking-wide text-brand-700 uppercase">
        In KB {kb(current)}
      </h3>
    </div>
  );
}

/** A note made on that step in the earlier guide, as this guide's trail shows its own (at most four lines). */
function PartNote({ text }: { text: string | undefined }) {
  return text ? (
    <span className="line-clamp-4 whitespace-pre-line text-slate-600 italic" data-testid="earlier-note">
      Note: {text}
    </span>
  ) : null;
}
