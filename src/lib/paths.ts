/**
 * Typed builders for every in-app URL (relative to the router's basename).
 *
 * A case lives at `/t/:flowId/:nodeId?case=<caseId>`. Every link to a step of
 * a case, its hand-over page or its start is built from a `CaseRef`, so a
 * link inside a case cannot leave the case behind. A link without a case
 * names a step of the article (`articleStep`): whoever opens it is offered to
 * start or resume a case, or, with a trainer mode, to practise the step.
 */
const enc = encodeURIComponent;

/** Which case: its flow (in the path) and its id (in the query). */
export type CaseRef = { readonly flowId: string; readonly caseId: string };

/** The trainer modes an article link may open directly (the same words as the trainer's `?mode=`). */
export type PracticeMode = 'show' | 'try' | 'test';

export const paths = {
  home: () => '/',
  /** A flow's way in without a case: offers to start one or resume an open one. */
  flow: (flowId: string) => `/t/${enc(flowId)}`,
  /** Resume a case where it stands. */
  resume: (ref: CaseRef) => `/t/${enc(ref.flowId)}?case=${enc(ref.caseId)}`,
  /**
   * A step of a case. With `&settle` after it (a result's "Answer it now"), answering the question leads back to where
   * the walk stops, past the questions answered (step-page.tsx).
   */
  step: (ref: CaseRef, nodeId: string) => `/t/${enc(ref.flowId)}/${enc(nodeId)}?case=${enc(ref.caseId)}`,
  /** A case's hand-over summary; `from` is the step to come back to. */
  handover: (ref: CaseRef, from?: string) =>
    `/t/${enc(ref.flowId)}/handover?case=${enc(ref.caseId)}${from ? `&from=${enc(from)}` : ''}`,
  /** A step of the article, not of any case; with a mode, that step's trainer without a case. */
  articleStep: (flowId: string, nodeId: string, mode?: PracticeMode) =>
    `/t/${enc(flowId)}/${enc(nodeId)}${mode ? `?mode=${mode}` : ''}`,
  /** Where a share link lands; the session itself travels in the fragment. */
  shared: (flowId: string) => `/t/${enc(flowId)}/shared`,
  /** The whole fix as one printable page (a runbook), of a case when one is named. */
  runbook: (flowId: string, caseId?: string) => `/t/${enc(flowId)}/runbook${caseId ? `?case=${enc(caseId)}` : ''}`,
  /** The flow's decision map, with a case's path when it names one. */
  map: (flowId: string, caseId?: string) => `/t/${enc(flowId)}/map${caseId ? `?case=${enc(caseId)}` : ''}`,
  /** Presenter mode, optionally opened on a node, and following a case's answers when it names one. */
  present: (flowId: string, nodeId?: string, caseId?: string) => {
    const query = [nodeId && `node=${enc(nodeId)}`, caseId && `case=${enc(caseId)}`].filter(Boolean).join('&');
    return `/present/${enc(flowId)}${query ? `?${query}` : ''}`;
  },
  /** The audience window of presenter mode: the same slides, without notes or controls. */
  audience: (flowId: string) => `/present/${enc(flowId)}?audience`,
  stats: () => '/stats',
  mockups: () => '/mockups',
};
