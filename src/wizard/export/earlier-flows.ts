/**
 * The guides of a handed-over case's earlier parts, loaded on demand for its
 * report (ticket text, Markdown, print): a case that never changed guides
 * loads nothing more.
 */
import { useEffect, useState } from 'react';

import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';
import type { EarlierPart } from '@/wizard/store/persisted';

const NONE: ReadonlyMap<string, Flow> = new Map();

export async function loadEarlierFlows(parts: readonly EarlierPart[] | undefined): Promise<ReadonlyMap<string, Flow>> {
  if (!parts?.length) return NONE;
  const ids = [...new Set(parts.map((p) => p.flowId))];
  const flows = await Promise.all(ids.map((id) => loadFlow(id).catch(() => undefined)));
  return new Map(flows.flatMap((f) => (f ? [[f.id, f] as const] : [])));
}

/** The earlier parts' guides; an empty map until they are in (and for a case without earlier parts). */
export function useEarlierFlows(parts: readonly EarlierPart[] | undefined): ReadonlyMap<string, Flow> {
  const [flows, setFlows] = useState(NONE);
  const key = parts?.map((p) => p.flowId).join(' ') ?? '';
  useEffect(() => {
    let live = true;
    if (!key) return;
    void loadEarlierFlows(parts).then((f) => live && setFlows(f));
    return () => {
      live = false;
    };
    // The parts' guides are all that matters: `key` names them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return flows;
}
