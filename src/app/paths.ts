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
  /** The whole fix as one printable page (a runbook), for a case when one is named. */
  runbook: (flowId: string, caseId?: string) =>
    `/t/${encodeURIComponent(flowId)}/runbook${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`,
  stats: () => '/stats',
  mockups: () => '/mockups',
};
