/**
 * A short diagnosis quiz, generated from a flow's questions (pure: the same
 * flow and seed give the same quiz; a second article gets its own quiz
 * without code). Each item describes a case (the facts: the answers along a
 * route through the symptom questions, without any "Not sure") and asks
 * which outcome it leads to; the wrong choices are the outcomes of the cases
 * closest to it (those that share the most answers with it), so telling them
 * apart takes reading every fact.
 */
import type { Flow, OutcomeNode } from '@/content/schema';
import { indexNodes } from '@/engine/graph';

export type QuizFact = {
  readonly questionId: string;
  readonly question: string;
  readonly optionId: string;
  readonly answer: string;
};

export type QuizCase = {
  /** The route's answers, as `question.option` joined by `_`: unique per case. */
  readonly key: string;
  readonly facts: readonly QuizFact[];
  readonly outcome: OutcomeNode;
};

export type QuizItem = {
  readonly key: string;
  readonly facts: readonly QuizFact[];
  /** The outcomes to choose from, in the order shown (the right one among them). */
  readonly options: readonly { readonly id: string; readonly title: string }[];
  readonly answer: string;
  /** What the right outcome says, shown after answering. */
  readonly explanation: string;
};

/** A case described by fewer facts than this is too easy to guess. */
const MIN_FACTS = 3;

const QUIZ_TYPES: ReadonlySet<OutcomeNode['type']> = new Set([
  'diagnosis',
  'other-cause',
  'not-this',
  'not-applicable',
]);

/** Every case the flow's first entry can describe: a route's definite answers up to the first outcome it reaches. */
export function quizCases(flow: Flow): QuizCase[] {
  const nodes = indexNodes(flow);
  const start = flow.entries[0]?.start;
  const cases: QuizCase[] = [];
  const seen = new Set<string>();
  const visit = (id: string, facts: readonly QuizFact[], path: ReadonlySet<string>) => {
    const node = nodes.get(id);
    if (!node || path.has(id) || cases.length >= 5_000) return;
    if (node.kind === 'outcome') {
      if (facts.length && QUIZ_TYPES.has(node.type))
        cases.push({ key: facts.map((f) => `${f.questionId}.${f.optionId}`).join('_'), facts, outcome: node });
      return;
    }
    if (node.kind !== 'question') return;
    const here = new Set(path).add(id);
    for (const o of node.options) {
      if (o.unsure) continue;
      visit(o.next, [...facts, { questionId: node.id, question: node.title, optionId: o.id, answer: o.label }], here);
    }
  };
  if (start) visit(start, [], seen);
  return cases;
}

/** A small seeded random generator (mulberry32), so a quiz can be shown again exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const shared = (a: QuizCase, b: QuizCase) => {
  let n = 0;
  while (
    n < a.facts.length &&
    n < b.facts.length &&
    a.facts[n]!.questionId === b.facts[n]!.questionId &&
    a.facts[n]!.optionId === b.facts[n]!.optionId
  )
    n++;
  return n;
};

/**
 * `size` items in a seeded order, each with a different right outcome, the
 * flow's diagnosis always among them; `choices` options per item (fewer when
 * the flow has fewer outcomes).
 */
export function buildQuiz(
  flow: Flow,
  { size = 5, seed = 1, choices = 4 }: { size?: number; seed?: number; choices?: number } = {},
): QuizItem[] {
  const rnd = random(seed);
  const cases = quizCases(flow);
  const byOutcome = new Map<string, QuizCase[]>();
  for (const c of cases) byOutcome.set(c.outcome.id, [...(byOutcome.get(c.outcome.id) ?? []), c]);
  // Cases told by at least three facts make a diagnosis; those come first (the flow's diagnosis always).
  const rich = (c: QuizCase) => c.facts.length >= MIN_FACTS;
  const weight = (id: string) =>
    (byOutcome.get(id)![0]!.outcome.type === 'diagnosis' ? 2 : 0) + (byOutcome.get(id)!.some(rich) ? 1 : 0);
  const chosen = shuffle([...byOutcome.keys()], rnd)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, size);
  const items = chosen.map((outcomeId) => {
    const all = byOutcome.get(outcomeId)!;
    const pool = all.some(rich) ? all.filter(rich) : all;
    const c = pool[Math.floor(rnd() * pool.length)]!;
    // The closest other outcomes: most answers in common with this case, ties in a seeded order.
    const closeness = new Map<string, number>();
    for (const other of cases) {
      if (other.outcome.id === outcomeId) continue;
      closeness.set(other.outcome.id, Math.max(closeness.get(other.outcome.id) ?? 0, shared(c, other)));
    }
    const distractors = shuffle([...closeness.keys()], rnd)
      .sort((a, b) => closeness.get(b)! - closeness.get(a)!)
      .slice(0, choices - 1);
    const nodes = indexNodes(flow);
    const title = (id: string) => nodes.get(id)!.title;
    return {
      key: c.key,
      facts: c.facts,
      options: shuffle([outcomeId, ...distractors], rnd).map((id) => ({ id, title: title(id) })),
      answer: outcomeId,
      explanation: c.outcome.summary,
    };
  });
  return shuffle(items, rnd);
}

/** The score of a quiz: right answers out of the items, as a percentage. */
export function quizScore(
  items: readonly QuizItem[],
  answers: Readonly<Record<string, string>>,
): { right: number; total: number; score: number } {
  const right = items.filter((i) => answers[i.key] === i.answer).length;
  return { right, total: items.length, score: items.length ? Math.round((right / items.length) * 100) : 0 };
}
