/**
 * How sure a cause outcome is, from the answers on the walked path: the
 * content declares which answers define each cause (`decisive`), and the
 * verdict is
 *
 * - "confirmed" when every one of them is given and no answer on the path
 *   contradicts the outcome;
 * - "likely" when at least half of them are given (and nothing contradicts);
 * - "possible" when fewer are given (and nothing contradicts);
 * - "ruled-out" when an answer on the path contradicts it (the validator
 *   keeps every route to an outcome free of those, so an outcome page never
 *   shows it; other callers can meet it).
 *
 * For anything short of confirmed it names the one or two open answers that
 * would settle it, those the user can answer now (on the path) first. Pure.
 */
import type { Decisive, DecisiveAnswer, Flow, Option, OutcomeNode, QuestionNode } from '@/content/schema';

import { assess } from './evidence';
import { indexNodes } from './graph';
import type { Walk } from './walk';

export type VerdictLevel = 'confirmed' | 'likely' | 'possible' | 'ruled-out';

/** One decisive answer and where the session stands on it. */
export type DecisiveCheck = {
  /** The question to answer: the alternative on the walked path when there is one. */
  readonly question: QuestionNode;
  /** The options that settle it for the cause. */
  readonly settles: readonly Option[];
  /** The option chosen on the path, if the question was answered there. */
  readonly answer?: Option;
  /** Answered with one of `settles`. */
  readonly given: boolean;
  /** The question is on the walked path (so it can be answered, or changed, now). */
  readonly onPath: boolean;
};

export type Verdict = {
  readonly level: VerdictLevel;
  /** Every decisive answer of the outcome, in the content's order. */
  readonly checks: readonly DecisiveCheck[];
  /** At most two open checks that would settle it, those on the path first; empty when confirmed. */
  readonly toSettle: readonly DecisiveCheck[];
  /**
   * The guide that settles the cause, for an outcome that another guide continues (`continues`): its answers here
   * name the article, not yet its cause, so the verdict stops at "likely" until that guide has asked the rest.
   */
  readonly settledIn?: string;
};

/** Each decisive entry as its list of alternatives (a plain entry is a list of one). */
export function decisiveGroups(outcome: OutcomeNode): DecisiveAnswer[][] {
  return (outcome.decisive ?? []).map((d: Decisive) => ('anyOf' in d ? d.anyOf : [d]));
}

/** The level for a count of given decisive answers out of a total, with or without a contradiction. */
export function levelFor(given: number, total: number, contradicted: boolean): VerdictLevel {
  if (contradicted) return 'ruled-out';
  if (total > 0 && given === total) return 'confirmed';
  if (given > 0 && given * 2 >= total) return 'likely';
  return 'possible';
}

/** At most this many open answers are named as the ones that would settle a verdict. */
export const SETTLE_MAX = 2;

/** The verdict on a cause outcome; undefined for an outcome that declares no decisive answers. */
export function verdict(flow: Flow, w: Walk, outcome: OutcomeNode): Verdict | undefined {
  const groups = decisiveGroups(outcome);
  if (!groups.length) return undefined;
  const nodes = indexNodes(flow);
  const chosen = new Map<string, string>();
  const onPath = new Set<string>();
  for (const p of w.path) {
    onPath.add(p.node.id);
    if (p.node.kind === 'question' && p.choice) chosen.set(p.node.id, p.choice.id);
  }
  const checks: DecisiveCheck[] = [];
  for (const group of groups) {
    const alternatives = group.flatMap((alt) => {
      const q = nodes.get(alt.question);
      if (q?.kind !== 'question') return [];
      const settles = q.options.filter((o) => alt.options.includes(o.id));
      const pick = chosen.get(q.id);
      const answer = pick === undefined ? undefined : q.options.find((o) => o.id === pick);
      return [{ question: q, settles, answer, given: !!answer && settles.includes(answer), onPath: onPath.has(q.id) }];
    });
    // The alternative that was given, else the one on the path, else the first.
    const check = alternatives.find((a) => a.given) ?? alternatives.find((a) => a.onPath) ?? alternatives[0];
    if (check) checks.push(check);
  }
  const contradicted = assess(flow, w, outcome).contradicting.length > 0;
  const given = checks.filter((c) => c.given).length;
  const level = levelFor(given, checks.length, contradicted);
  const open = checks.filter((c) => !c.given);
  const toSettle =
    level === 'confirmed'
      ? []
      : [...open.filter((c) => c.onPath), ...open.filter((c) => !c.onPath)].slice(0, SETTLE_MAX);
  const settledIn = outcome.continues?.flow;
  if (settledIn && level === 'confirmed') return { level: 'likely', checks, toSettle, settledIn };
  return { level, checks, toSettle };
}

/**
 * The outcome a session's reasoning rests on: the outcome itself when it
 * declares evidence, else (for a fix result) the last cause outcome on the
 * path before it.
 */
export function basisOf(w: Walk, outcome: OutcomeNode): OutcomeNode | undefined {
  if (outcome.evidence?.length) return outcome;
  return [...w.path]
    .map((p) => p.node)
    .reverse()
    .find((n): n is OutcomeNode => n.kind === 'outcome' && n.id !== outcome.id && Boolean(n.evidence?.length));
}

/** How sure the verdict is on every cause outcome of the walked path (for the statistics). */
export function pathLevels(flow: Flow, w: Walk): Record<string, VerdictLevel> {
  const out: Record<string, VerdictLevel> = {};
  for (const p of w.path) {
    if (p.node.kind !== 'outcome') continue;
    const v = verdict(flow, w, p.node);
    if (v) out[p.node.id] = v.level;
  }
  return out;
}
