/**
 * Path builders for pages reached only from lazily loaded pages (the map and
 * presenter mode). Kept out of paths.ts, which the start page loads, so they
 * add nothing to the first load.
 */
const enc = encodeURIComponent;

export const lazyPaths = {
  /** The same as paths.flow, for presenter mode (which would otherwise be the only page outside the flow to need paths.ts). */
  flow: (flowId: string) => `/t/${enc(flowId)}`,
  /** The flow's decision map, with a case's path when it names one. */
  map: (flowId: string, caseId?: string) => `/t/${enc(flowId)}/map${caseId ? `?case=${enc(caseId)}` : ''}`,
  /** Presenter mode, optionally opened on a node, and following a case's answers when it names one. */
  present: (flowId: string, nodeId?: string, caseId?: string) => {
    const query = [nodeId && `node=${enc(nodeId)}`, caseId && `case=${enc(caseId)}`].filter(Boolean).join('&');
    return `/present/${enc(flowId)}${query ? `?${query}` : ''}`;
  },
  /** The audience window of presenter mode: the same slides, without notes or controls. */
  audience: (flowId: string) => `/present/${enc(flowId)}?audience`,
};
