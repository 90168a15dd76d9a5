/**
 * Score a session's answers against an outcome's declared evidence: which
 * answers support it, which contradict it, and which questions are still open.
 * Only answers on the walked path count (an abandoned branch says nothing).
 */
import type { Evidence, Flow, Option, OutcomeNode, QuestionNode } from '@/content/schema';

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
