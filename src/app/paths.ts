/** Typed builders for every in-app URL (relative to the router's basename). */
export const paths = {
  home: () => '/',
  flow: (flowId: string) => `/t/${encodeURIComponent(flowId)}`,
  step: (flowId: string, nodeId: string) =>
    `/t/${encodeURIComponent(flowId)}/${encodeURIComponent(nodeId)}`,
  /** The hand-over summary; `from` is the step to come back to. */
  handover: (flowId: string, from?: string) =>
    `/t/${encodeURIComponent(flowId)}/handover${from ? `?from=${encodeURIComponent(from)}` : ''}`,
  /** Where a share link lands; the session itself travels in the fragment. */
  shared: (flowId: string) => `/t/${encodeURIComponent(flowId)}/shared`,
  /** The flow's decision map with the session's path. */
  map: (flowId: string) => `/t/${encodeURIComponent(flowId)}/map`,
  /** Presenter mode, optionally opened on a node; `audience` is the window without notes. */
  present: (flowId: string, nodeId?: string, audience = false) => {
    const q = new URLSearchParams();
    if (nodeId) q.set('node', nodeId);
    if (audience) q.set('audience', '');
    const query = q.toString().replace(/audience=(&|$)/, 'audience$1');
    return `/present/${encodeURIComponent(flowId)}${query ? `?${query}` : ''}`;
  },
  stats: () => '/stats',
  mockups: () => '/mockups',
};
