/** Typed builders for every in-app URL (relative to the router's basename). */
export const paths = {
  home: () => '/',
  flow: (flowId: string) => `/t/${encodeURIComponent(flowId)}`,
  step: (flowId: string, nodeId: string) =>
    `/t/${encodeURIComponent(flowId)}/${encodeURIComponent(nodeId)}`,
  mockups: () => '/mockups',
};
