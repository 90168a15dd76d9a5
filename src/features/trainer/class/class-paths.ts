/**
 * In-app paths of the trainer's class pages (relative to the router's
 * basename). Kept here, with the pages that use them, so nothing on the start
 * page's first load grows.
 */
const enc = encodeURIComponent;

export const CLASS_PATHS = {
  /** The trainer's classroom page: the flag, the reset between classes, and the learners' results. */
  classroom: () => '/class',
  /** The short diagnosis quiz built from a flow's questions. */
  quiz: (flowId: string) => `/t/${enc(flowId)}/class/quiz`,
  /** Let me try on the fix's first step. */
  practise: (flowId: string) => `/t/${enc(flowId)}/class/practise`,
  /** One test of the whole fix: every fix step with practice, in order. */
  fixTest: (flowId: string) => `/t/${enc(flowId)}/class/fix-test`,
  /** Presenter mode, optionally from a case. */
  present: (flowId: string, caseId?: string) => `/present/${enc(flowId)}${caseId ? `?case=${enc(caseId)}` : ''}`,
};
