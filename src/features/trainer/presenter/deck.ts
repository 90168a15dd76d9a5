/**
 * The presenter's deck, built from the flow and what is known about the
 * story being told (pure: flow + answers → slides; no React, no DOM).
 *
 * It tells the article's story: a title slide (the KB number, the article's
 * title and the symptom, from the flow's own data), then the evidence, the
 * cause, the fix and the check that it worked, as the route takes them.
 *
 * The deck follows one route through the flow. At each question it takes, in
 * this order: the answer the trainer chose in class (`picks`), the answer of
 * the case being presented (`caseAnswers`), the article's own answer (the
 * presenter data's `articlePath`), and otherwise the answer whose branch
 * ends resolved, passes through the flow's own diagnosis (not a look-alike
 * cause from another article) and shows the most of the fix. Fix steps and
 * outcomes that lead on are followed. A tip the presenter data makes a slide
 * comes right after the action it belongs to (presenter-schema.ts: `tipSlideAfter`):
 * the step's slide walks its actions up to there, the tip's slide follows, and
 * the step's slide goes on from the next action (a part of the same step, with
 * the same key: the address's `action` says which). A deck can also be built to
 * reach any node (`deckReaching`), so a link to any slide of the flow opens it,
 * on a route that passes through it.
 */
import { type PresenterData, type TipSlide as TipSlideData, tipSlideAfter } from '@/content/presenter-schema';
import type { Flow, FlowNode, KbArticle, StepNode, Tip } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { choicesOf, indexNodes } from '@/engine/graph';
import { citation } from '@/features/wizard';

export type Answers = Readonly<Record<string, string>>;

/** Where the deck's answer to a question came from. */
export type AnswerSource = 'picked' | 'case' | 'article' | 'default';

export type NodeSlide = {
  readonly kind: 'node';
  /** The slide's address: the node id. */
  readonly key: string;
  readonly node: FlowNode;
  /** The choice the deck takes on this node (absent on the last slide). */
  readonly choice?: { readonly id: string; readonly label?: string };
  /** For a question: where its answer came from. */
  readonly source?: AnswerSource;
  /**
   * A fix step whose slide a tip slide breaks (the tip belongs to one of its actions): the actions this part walks,
   * 0-based and inclusive. Each part shows the whole step; absent, the slide walks all of them.
   */
  readonly actions?: { readonly first: number; readonly last: number };
};

export type TipSlide = {
  readonly kind: 'tip';
  /** `<step id>~tip-<n>`, n being the tip's place among the presenter data's tip slides. */
  readonly key: string;
  readonly step: StepNode;
  readonly tip: Tip;
  readonly tipIndex: number;
  readonly notes: string;
};

/** The opening slide: the article and its symptom, from the flow's data. */
export type TitleSlide = {
  readonly kind: 'title';
  /** The article's KB number (`Q255888`): upper case, so it is never a node's id. */
  readonly key: string;
  readonly kb: KbArticle;
  /** The symptom in a sentence or two (the flow's summary). */
  readonly summary: string;
  /** What the rest of the deck holds, for the speaker notes. */
  readonly plan: { readonly questions: number; readonly steps: number };
};

export type Slide = TitleSlide | NodeSlide | TipSlide;

export type Deck = {
  readonly entry: string;
  readonly slides: readonly Slide[];
  /** The choice taken on every node of the route that leads on: enough to build the same deck again. */
  readonly route: Answers;
};

export type DeckInput = {
  /** The way in; unknown or absent: the article's, else the flow's first. */
  readonly entry?: string;
  /** Answers the trainer chose on the slides. */
  readonly picks?: Answers;
  /** The answers of the case being presented. */
  readonly caseAnswers?: Answers;
  readonly presenter?: PresenterData;
};

export function tipKey(stepId: string, tipIndex: number): string {
  return `${stepId}~tip-${tipIndex}`;
}

/** The key of a flow's title slide: its KB number. */
export function titleKey(flow: Pick<Flow, 'kb'>): string {
  return flow.kb.id;
}

export function slideTitle(slide: Slide): string {
  if (slide.kind === 'title') return `KB ${slide.kb.id}: ${slide.kb.title}`;
  if (slide.kind === 'tip') return slide.tip.title;
  return slide.actions && slide.actions.first > 0 ? `${slide.node.title} (continued)` : slide.node.title;
}

/** A node's slide, once: a fix step's slide broken by a tip slide counts by its first part only. */
export const nodeSlideOnce = (s: Slide): s is NodeSlide => s.kind === 'node' && !s.actions?.first;

/** The actions a slide walks through (0-based, inclusive): a fix step's, or its part's; undefined for other slides. */
export function slideActions(slide: Slide): { readonly first: number; readonly last: number } | undefined {
  if (slide.kind !== 'node' || slide.node.kind !== 'step' || slide.node.actions.length === 0) return undefined;
  return slide.actions ?? { first: 0, last: slide.node.actions.length - 1 };
}

/**
 * The slide at `key` (a node's id, a tip slide's key, the title's) and, for a fix step whose slide a tip slide
 * breaks, the part that walks the action `raw` (the address's `action=`, counted from 1): its index in the deck
 * (-1 when the deck has none) and that action, 0-based (0 on a slide without actions).
 */
export function findSlide(
  deck: Deck,
  key: string | null | undefined,
  raw: string | null,
): { index: number; action: number } {
  const first = key ? deck.slides.findIndex((s) => s.key === key) : -1;
  if (first < 0) return { index: -1, action: 0 };
  const found = deck.slides[first]!;
  const count = found.kind === 'node' && found.node.kind === 'step' ? found.node.actions.length : 0;
  const action = actionFromParam(raw, count);
  const part = deck.slides.findIndex((s) => {
    const range = s.key === key ? slideActions(s) : undefined;
    return !!range && action >= range.first && action <= range.last;
  });
  return { index: part >= 0 ? part : first, action };
}

/** The entry a deck starts from. */
export function deckEntry(flow: Flow, input: Pick<DeckInput, 'entry' | 'presenter'>): string {
  const known = (id: string | undefined) => (id && flow.entries.some((e) => e.id === id) ? id : undefined);
  return known(input.entry) ?? known(input.presenter?.articlePath.entry) ?? flow.entries[0]!.id;
}

type Score = readonly [resolved: number, diagnosis: number, trainerSteps: number, shortness: number];
const better = (a: Score, b: Score) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/**
 * For each node, the choice whose continuation is best: it ends resolved,
 * passes through the flow's diagnosis (the article's own cause, so a deck
 * without presenter data tells the article's story, not a look-alike's),
 * shows the most fix steps that can be practised, and is shortest; ties go
 * to the first choice. Computed once per flow (the flow is acyclic; a loop, which
 * the validator forbids, is cut).
 */
const bestChoices = new WeakMap<Flow, ReadonlyMap<string, string>>();
function bestChoiceOf(flow: Flow): ReadonlyMap<string, string> {
  const cached = bestChoices.get(flow);
  if (cached) return cached;
  const nodes = indexNodes(flow);
  const score = new Map<string, Score>();
  const best = new Map<string, string>();
  const visiting = new Set<string>();
  const visit = (id: string): Score => {
    const known = score.get(id);
    if (known) return known;
    const node = nodes.get(id);
    if (!node || visiting.has(id)) return [-1, 0, 0, -Infinity];
    visiting.add(id);
    const own = hasTrainer(node) ? 1 : 0;
    const diagnosis = node.kind === 'outcome' && node.type === 'diagnosis' ? 1 : 0;
    let result: Score = [node.kind === 'outcome' && node.type === 'resolved' ? 1 : 0, diagnosis, own, -1];
    let first = true;
    for (const c of choicesOf(node)) {
      const [resolved, through, steps, shortness] = visit(c.next);
      const s: Score = [resolved, Math.max(through, diagnosis), steps + own, shortness - 1];
      if (first || better(s, result)) {
        result = s;
        best.set(id, c.id);
        first = false;
      }
    }
    visiting.delete(id);
    score.set(id, result);
    return result;
  };
  for (const id of nodes.keys()) visit(id);
  bestChoices.set(flow, best);
  return best;
}

export function buildDeck(flow: Flow, input: DeckInput): Deck {
  const nodes = indexNodes(flow);
  const entry = deckEntry(flow, input);
  const article: Record<string, string> = {};
  for (const a of input.presenter?.articlePath.answers ?? []) article[a.question] = a.answer;
  const layers: readonly [AnswerSource, Answers | undefined][] = [
    ['picked', input.picks],
    ['case', input.caseAnswers],
    ['article', article],
  ];
  const best = bestChoiceOf(flow);
  const tipSlides = input.presenter?.tipSlides ?? [];

  const slides: Slide[] = [];
  const route: Record<string, string> = {};
  const seen = new Set<string>();
  let id: string | undefined = flow.entries.find((e) => e.id === entry)!.start;
  while (id !== undefined && !seen.has(id)) {
    const node = nodes.get(id);
    if (!node) break;
    seen.add(id);
    const choices = choicesOf(node).filter((c) => nodes.has(c.next));
    let choice = undefined as (typeof choices)[number] | undefined;
    let source: AnswerSource | undefined;
    if (choices.length) {
      for (const [from, answers] of layers) {
        const wanted = answers && Object.hasOwn(answers, node.id) ? answers[node.id] : undefined;
        choice = choices.find((c) => c.id === wanted);
        if (choice) {
          source = from;
          break;
        }
      }
      if (!choice) {
        choice = choices.find((c) => c.id === best.get(node.id)) ?? choices[0]!;
        source = 'default';
      }
    }
    const slide: NodeSlide = {
      kind: 'node',
      key: node.id,
      node,
      ...(choice ? { choice: { id: choice.id, ...(choice.label ? { label: choice.label } : {}) } } : {}),
      ...(node.kind === 'question' && source ? { source } : {}),
    };
    if (node.kind === 'step') slides.push(...stepSlides(slide, node, tipSlides));
    else slides.push(slide);
    if (choice) route[node.id] = choice.id;
    id = choice?.next;
  }
  const count = (kind: FlowNode['kind']) => slides.filter((s) => nodeSlideOnce(s) && s.node.kind === kind).length;
  slides.unshift({
    kind: 'title',
    key: titleKey(flow),
    kb: flow.kb,
    summary: flow.summary,
    plan: { questions: count('question'), steps: count('step') },
  });
  return { entry, slides, route };
}

/**
 * A fix step's slide and its tip slides, in the story's order: each tip slide right after the action it belongs to,
 * the step's slide broken there into parts (the same slide, walking its own range of the actions).
 */
function stepSlides(slide: NodeSlide, step: StepNode, tipSlides: readonly TipSlideData[]): Slide[] {
  const last = step.actions.length - 1;
  const tips = tipSlides
    .flatMap((t, i) => {
      const tip = t.step === step.id ? step.tips?.find((x) => x.title === t.tip) : undefined;
      if (!tip) return [];
      const after = tipSlideAfter(step.actions, t);
      const made: TipSlide = { kind: 'tip', key: tipKey(step.id, i), step, tip, tipIndex: i, notes: t.speakerNotes };
      return [{ after: after < 0 ? last : after, slide: made }];
    })
    // In the order of the actions they follow; tips after the same action in the presenter data's order.
    .sort((a, b) => a.after - b.after);
  const breaks = [...new Set(tips.map((t) => t.after).filter((a) => a < last))];
  if (!breaks.length || last < 0) return [slide, ...tips.map((t) => t.slide)];
  const out: Slide[] = [];
  let first = 0;
  for (const end of [...breaks, last]) {
    out.push({ ...slide, actions: { first, last: end } });
    out.push(...tips.filter((t) => t.after === end).map((t) => t.slide));
    first = end + 1;
  }
  return out;
}

/**
 * A deck that shows `target` (a node id or a tip slide's key): the deck as
 * asked when it already does; otherwise the route to it that keeps as many
 * of the deck's answers as it can (from the deck's entry when that reaches
 * it, else from another entry), then on as usual. Returns the picks and entry
 * that make the route, so the presenter can keep them. Undefined when no
 * entry reaches the target (or it does not exist).
 */
export function deckReaching(
  flow: Flow,
  input: DeckInput,
  target: string,
): { deck: Deck; picks: Answers; entry: string } | undefined {
  const asked = buildDeck(flow, input);
  if (asked.slides.some((s) => s.key === target)) return { deck: asked, picks: input.picks ?? {}, entry: asked.entry };
  const nodeId = target.includes('~') ? target.slice(0, target.indexOf('~')) : target;
  const nodes = indexNodes(flow);
  if (!nodes.has(nodeId)) return undefined;
  const prefer = asked.route;

  // Best way from each node to the target: most of the deck's answers kept, then shortest.
  type Way = { keep: number; length: number; choice?: string };
  const memo = new Map<string, Way | null>();
  const visiting = new Set<string>();
  const way = (id: string): Way | null => {
    if (id === nodeId) return { keep: 0, length: 0 };
    if (memo.has(id)) return memo.get(id)!;
    const node = nodes.get(id);
    if (!node || visiting.has(id)) return null;
    visiting.add(id);
    let found: Way | null = null;
    for (const c of choicesOf(node)) {
      const rest = way(c.next);
      if (!rest) continue;
      const w = { keep: rest.keep + (prefer[id] === c.id ? 1 : 0), length: rest.length + 1, choice: c.id };
      if (!found || w.keep > found.keep || (w.keep === found.keep && w.length < found.length)) found = w;
    }
    visiting.delete(id);
    memo.set(id, found);
    return found;
  };
  const entries = [asked.entry, ...flow.entries.map((e) => e.id).filter((e) => e !== asked.entry)];
  for (const entry of entries) {
    const start = flow.entries.find((e) => e.id === entry)!.start;
    if (!way(start)) continue;
    const picks: Record<string, string> = { ...input.picks };
    for (let id = start; id !== nodeId; ) {
      const w = way(id)!;
      const node = nodes.get(id)!;
      const c = choicesOf(node).find((x) => x.id === w.choice)!;
      if (node.kind === 'question' && prefer[id] !== c.id) picks[id] = c.id;
      id = c.next;
    }
    return { deck: buildDeck(flow, { ...input, entry, picks }), picks, entry };
  }
  return undefined;
}

/** The picks of a deck route, in the compact form used in the address bar: `node.choice_node.choice`. */
export function encodePicks(picks: Answers): string {
  return Object.entries(picks)
    .map(([node, choice]) => `${node}.${choice}`)
    .join('_');
}

/** The action of a fix step in the address bar (`action=`, counted from 1) as an index into its `count` actions. */
export function actionFromParam(raw: string | null, count: number): number {
  if (count <= 0 || !raw || !/^\d{1,4}$/.test(raw)) return 0;
  return Math.min(Math.max(Number(raw), 1), count) - 1;
}

/** Picks from the address bar: only questions of the flow with one of their options; anything else is dropped. */
export function decodePicks(flow: Flow, raw: string | null | undefined): Record<string, string> {
  const picks: Record<string, string> = {};
  if (!raw || raw.length > 4000) return picks;
  const nodes = indexNodes(flow);
  for (const part of raw.split('_').slice(0, 200)) {
    const [node, choice, extra] = part.split('.');
    if (!node || !choice || extra !== undefined) continue;
    const n = nodes.get(node);
    if (n?.kind === 'question' && n.options.some((o) => o.id === choice)) picks[node] = choice;
  }
  return picks;
}

/**
 * The speaker notes of a slide: the presenter data's, or, for a slide that
 * has none written (off the article's path), notes drawn from the guide's own
 * text so that no slide is without something to say.
 */
export function slideNotes(
  slide: Slide,
  presenter: PresenterData | undefined,
): { text: readonly string[]; written: boolean } {
  if (slide.kind === 'tip') return { text: [slide.notes], written: true };
  // The title slide's notes are made from the article's data on purpose (no flow writes any), so they need no excuse.
  if (slide.kind === 'title') return { text: titleNotes(slide), written: true };
  const written = presenter?.notes[slide.node.id];
  if (written) return { text: [written], written: true };
  const node = slide.node;
  const text: string[] = [];
  if (node.kind === 'question') {
    text.push(`Ask the room: ${node.prompt}`);
    if (node.help?.[0]) text.push(node.help[0]);
    if (node.howToCheck)
      text.push(`If nobody knows: ${node.howToCheck.title.replace(/^How to /, 'how to ')}, as the guide explains.`);
  } else if (node.kind === 'step') {
    if (node.intro?.[0]) text.push(node.intro[0]);
    text.push(
      `${node.actions.length} action${node.actions.length === 1 ? '' : 's'}; source: ${citation(node.source)}.`,
    );
  } else {
    text.push(`Source: ${citation(node.source)}.`);
    for (const check of node.nextChecks?.slice(0, 2) ?? []) text.push(check);
  }
  return { text, written: false };
}

const plural = (n: number, one: string) => `${n === 1 ? 'one' : n} ${one}${n === 1 ? '' : 's'}`;

function titleNotes(slide: TitleSlide): string[] {
  const { kb, plan } = slide;
  return [
    `Introduce KB ${kb.id}, “${kb.title}”${kb.published ? ` (${kb.published})` : ''}. It covers ${kb.appliesTo.join('; ')}.`,
    'Read the symptom on the slide aloud and ask who in the room has seen it.',
    `The deck then has ${plural(plan.questions, 'question')} and ${plural(plan.steps, 'fix step')}: from the evidence to the cause, the fix and the check that it worked.`,
  ];
}
