/**
 * Articles that hand over to each other: an outcome of one flow that is
 * another flow's subject declares `continues` (the other flow, the node the
 * case opens at there, and the answers both flows share). Pure: given the
 * case so far, this computes what the next part of the case starts with.
 */
import type { Continues, Flow, OutcomeNode } from '@/content/schema';

import { indexNodes } from './graph';
import { decisiveGroups } from './verdict';
import { type Answers, type Session, walk } from './walk';

/** Where the case continues: the other flow, its way in, the answers carried and the node it opens at. */
export type HandOverStart = {
  readonly flowId: string;
  readonly entry: string;
  readonly answers: Answers;
  readonly at: string;
};

/** The outcome's hand-over, when it has one. */
export function continuesOf(flow: Flow, outcomeId: string): Continues | undefined {
  const node = indexNodes(flow).get(outcomeId);
  return node?.kind === 'outcome' ? node.continues : undefined;
}

/**
 * The answers `continues` carries into the other flow, from the answers on
 * the case's path: each carried question answered with a mapped option, and
 * only where the other flow's question has that option.
 */
export function carriedAnswers(pathAnswers: Answers, continues: Continues, to: Flow): Record<string, string> {
  const nodes = indexNodes(to);
  const carried: Record<string, string> = {};
  for (const c of continues.carry) {
    const given = pathAnswers[c.from];
    const mapped = given === undefined ? undefined : c.options[given];
    const target = nodes.get(c.to);
    if (mapped && target?.kind === 'question' && target.options.some((o) => o.id === mapped)) carried[c.to] = mapped;
  }
  return carried;
}

/**
 * The start of the next part of the case, when the case stands on (or has
 * passed) an outcome of `from` that `to` continues; undefined otherwise (the
 * outcome is not on the case's path, or names another flow). Only answers on
 * the path are carried: an answer left over from an earlier route is not.
 */
export function handOver(
  from: Flow,
  session: Pick<Session, 'entry' | 'answers'>,
  outcomeId: string,
  to: Flow,
): HandOverStart | undefined {
  const continues = continuesOf(from, outcomeId);
  if (!continues || continues.flow !== to.id) return undefined;
  const { path } = walk(from, session);
  if (!path.some((p) => p.node.id === outcomeId)) return undefined;
  const onPath: Record<string, string> = {};
  for (const p of path) if (p.choice && p.node.kind === 'question') onPath[p.node.id] = p.choice.id;
  const entry = to.entries.find((e) => e.start === continues.node) ?? to.entries[0]!;
  return { flowId: to.id, entry: entry.id, answers: carriedAnswers(onPath, continues, to), at: continues.node };
}

/**
 * The outcomes that hand over to another flow and whose defining answers
 * (`decisive`) the given answers all settle: read from a pasted event, they
 * say "this is the other flow's subject", so the other flow is the article
 * to open. Returns the flows they continue in.
 */
export function settledHandOvers(flow: Flow, answers: Answers): { outcome: OutcomeNode; flowId: string }[] {
  const settled: { outcome: OutcomeNode; flowId: string }[] = [];
  for (const node of flow.nodes) {
    if (node.kind !== 'outcome' || !node.continues) continue;
    const groups = decisiveGroups(node);
    if (groups.length && groups.every((g) => g.some((d) => d.options.includes(answers[d.question] ?? '')))) {
      settled.push({ outcome: node, flowId: node.continues.flow });
    }
  }
  return settled;
}
