/**
 * Score a session's answers against an outcome's declared evidence: which
 * answers support it, which contradict it, and which questions are still open.
 * Only answers on the walked path count (an abandoned branch says nothing).
 */
import type { Evidence, Flow, FlowNode, Option, OutcomeNode, QuestionNode } from '@/content/schema';

import { indexNodes } from './graph';
import type { Walk } from './walk';

export type Finding = {
  readonly question: QuestionNode;
  readonly evidence: Evidence;
  /** The option the user chose; absent when the question was not answered on this path. */
  readonly answer?: Option;
};

export type Assessment = {
  readonly supporting: readonly Finding[];
  readonly contradicting: readonly Finding[];
  /** Answered with a neutral option (such as "Not sure"), or not asked on this path. */
  readonly open: readonly Finding[];
};

export function assess(flow: Flow, w: Walk, outcome: OutcomeNode): Assessment {
  const nodes = indexNodes(flow);
  const answered = new Map<string, string>();
  for (const p of w.path) if (p.node.kind === 'question' && p.choice) answered.set(p.node.id, p.choice.id);

  const supporting: Finding[] = [];
  const contradicting: Finding[] = [];
  const open: Finding[] = [];
  for (const evidence of outcome.evidence ?? []) {
    const question = nodes.get(evidence.question);
    if (!question || question.kind !== 'question') continue;
    const chosen = answered.get(question.id);
    const answer = chosen === undefined ? undefined : question.options.find((o) => o.id === chosen);
    const finding: Finding = { question, evidence, answer };
    if (answer && evidence.supports?.includes(answer.id)) supporting.push(finding);
    else if (answer && evidence.contradicts?.includes(answer.id)) contradicting.push(finding);
    else open.push(finding);
  }
  return { supporting, contradicting, open };
}

/** For a "probably not this" outcome: the answers that ruled out the diagnosis it names. */
export function ruledOutBy(flow: Flow, w: Walk, outcome: OutcomeNode): readonly Finding[] {
  if (!outcome.rulesOut) return [];
  const target = indexNodes(flow).get(outcome.rulesOut);
  if (!target || target.kind !== 'outcome') return [];
  return assess(flow, w, target).contradicting;
}

/** Outcomes that name a cause: the diagnosis, the other known causes and the "does not apply" gates. */
export function isCauseOutcome(node: FlowNode): node is OutcomeNode {
  return (
    node.kind === 'outcome' &&
    (node.type === 'diagnosis' || node.type === 'other-cause' || node.type === 'not-applicable')
  );
}

/**
 * The options of a question that fully satisfy an evidence item: the options
 * it supports or, when it lists none, every option it does not contradict.
 */
export function allowedOptions(question: QuestionNode, evidence: Evidence): string[] {
  if (evidence.supports?.length)
    return question.options.filter((o) => evidence.supports!.includes(o.id)).map((o) => o.id);
  return question.options.filter((o) => !evidence.contradicts?.includes(o.id)).map((o) => o.id);
}

/**
 * Whether one complete set of answers (one option for every question) could
 * fully satisfy the evidence of both outcomes. Two outcomes are kept apart
 * exactly when some question appears in the evidence of both and no option
 * of it is allowed by both (see allowedOptions). Questions named by only one
 * of them can always be answered to suit it, so they never keep two apart.
 */
export function canMatchTogether(flow: Flow, a: OutcomeNode, b: OutcomeNode): boolean {
  const nodes = indexNodes(flow);
  const allowed = (o: OutcomeNode) => {
    const map = new Map<string, Set<string>>();
    for (const ev of o.evidence ?? []) {
      const q = nodes.get(ev.question);
      if (!q || q.kind !== 'question') continue;
      const opts = new Set(allowedOptions(q, ev));
      const prev = map.get(q.id);
      map.set(q.id, prev ? new Set([...prev].filter((x) => opts.has(x))) : opts);
    }
    return map;
  };
  const A = allowed(a);
  const B = allowed(b);
  for (const [q, optsA] of A) {
    const optsB = B.get(q);
    if (optsB && ![...optsA].some((x) => optsB.has(x))) return false;
  }
  return true;
}

/** Every pair of cause outcomes that one complete set of answers could match at once. */
export function ambiguousPairs(flow: Flow): Array<[OutcomeNode, OutcomeNode]> {
  const causes = flow.nodes.filter(isCauseOutcome);
  const out: Array<[OutcomeNode, OutcomeNode]> = [];
  for (let i = 0; i < causes.length; i++) {
    for (let j = i + 1; j < causes.length; j++) {
      if (canMatchTogether(flow, causes[i]!, causes[j]!)) out.push([causes[i]!, causes[j]!]);
    }
  }
  return out;
}

export type Alternative = {
  readonly outcome: OutcomeNode;
  /** The first answer on the path that contradicts it; absent while it is still possible. */
  readonly ruledOutBy?: Finding;
};

export type Explanation = Assessment & {
  /** Other causes the answers ruled out, each with the answer that did it. */
  readonly ruledOut: readonly Alternative[];
  /** Other causes no answer on the path contradicts yet (kept open, e.g. after "Not sure"). */
  readonly stillPossible: readonly Alternative[];
};

/**
 * The reasoning behind an outcome: the answers that support it, contradict it
 * or are still open, and for every other cause in the flow either the answer
 * that ruled it out or the fact that it is still possible.
 */
export function explain(flow: Flow, w: Walk, outcome: OutcomeNode): Explanation {
  const own = assess(flow, w, outcome);
  const ruledOut: Alternative[] = [];
  const stillPossible: Alternative[] = [];
  for (const node of flow.nodes) {
    if (!isCauseOutcome(node) || node.id === outcome.id || !node.evidence?.length) continue;
    const first = assess(flow, w, node).contradicting[0];
    if (first) ruledOut.push({ outcome: node, ruledOutBy: first });
    else stillPossible.push({ outcome: node });
  }
  return { ...own, ruledOut, stillPossible };
}
