/**
 * What the generated end-to-end tests (e2e/flows.spec.ts) do with each flow,
 * read from the flow's content: no article's words are written in the
 * tests, so a new folder under src/content/flows/ is walked end to end with
 * no e2e code.
 *
 * For every flow (found as the app finds them, `FLOWS`):
 * - the matching walk: the article's own path (its presenter data's
 *   `articlePath`) or, without one, the route through the flow's diagnosis
 *   that gives the most of its decisive answers, on to a resolved outcome;
 * - one walk to every outcome (the shortest, avoiding "Not sure" answers
 *   when it can), ordered so that walks that share a beginning come
 *   together;
 * - each evidence rule with a sample paste and the answers it fills;
 * - the trainer moves of every fix step with practice.
 *
 * Plain data (JSON), built in Node by e2e/flow-plan.mjs through Vite's
 * module runner, so that it can be read when Playwright lists the tests.
 */
import { FLOWS } from '@/content';
import { loadPresenterData } from '@/content/presenter-data';
import type { EventMatcher, Flow, FlowNode, Source } from '@/content/schema';
import { trainerMoves } from '@/content/trainer-moves';
import { type RouteStep, allRoutes, indexNodes } from '@/engine/graph';

import type { FlowPlan, PlanEvidence, PlanPage, PlanTrainerStep, PlanWalk } from './flow-plan-types';

export type { FlowPlan, PlanEvidence, PlanPage, PlanTrainerStep, PlanWalk };

/** The same text without markup (`**Label**`, `` `literal` ``), as the pages show it. */
export function plain(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

/** A source as pages cite it (SourceCitation). */
function cited(source: Source): string {
  const ref = /^Q\d{6}$/.test(source.ref) ? `KB ${source.ref}` : source.ref;
  // A manual's reference already names it as documentation: its section is not said again.
  const section = source.section === 'Documentation' ? '' : `, ${source.section}`;
  return `Source: ${ref}${section}${source.note ? ` (${source.note})` : ''}`;
}

function page(flow: Flow, step: RouteStep): PlanPage {
  const node = indexNodes(flow).get(step.node) as FlowNode;
  switch (node.kind) {
    case 'question': {
      const option = node.options.find((o) => o.id === step.choice);
      if (!option) throw new Error(`${flow.id}: no option ${step.choice} on ${node.id}`);
      return {
        kind: 'question',
        node: node.id,
        heading: plain(node.prompt),
        option: option.id,
        optionLabel: plain(option.label),
      };
    }
    case 'step':
      return {
        kind: 'step',
        node: node.id,
        heading: plain(node.title),
        checks: (node.checklist ?? []).map((c) => c.id),
        next: plain(node.nextLabel ?? 'Continue'),
        source: cited(node.source),
      };
    case 'outcome':
      return {
        kind: 'outcome',
        node: node.id,
        heading: plain(node.title),
        type: node.type,
        source: cited(node.source),
        ...(node.next ? { next: plain(node.nextLabel ?? 'Continue') } : {}),
      };
  }
}

const walkOf = (flow: Flow, entryId: string, route: readonly RouteStep[]): PlanWalk => {
  const entry = flow.entries.find((e) => e.id === entryId)!;
  return { entry: { id: entry.id, label: plain(entry.label) }, pages: route.map((s) => page(flow, s)) };
};

/** A route that follows given answers from an entry, through steps and outcomes that lead on, to its end. */
function follow(flow: Flow, start: string, answers: ReadonlyMap<string, string>): RouteStep[] {
  const nodes = indexNodes(flow);
  const route: RouteStep[] = [];
  for (let id: string | undefined = start; id; ) {
    const node = nodes.get(id);
    if (!node) throw new Error(`${flow.id}: the path reaches ${id}, which is not a node`);
    if (route.some((s) => s.node === id)) throw new Error(`${flow.id}: the path comes back to ${id}`);
    if (node.kind === 'question') {
      const choice = answers.get(id);
      const option = node.options.find((o) => o.id === choice);
      if (!option) throw new Error(`${flow.id}: the path has no answer for ${id}`);
      route.push({ node: id, choice: option.id });
      id = option.next;
    } else if (node.kind === 'step') {
      route.push({ node: id, choice: 'done' });
      id = node.next;
    } else {
      route.push(node.next ? { node: id, choice: 'continue' } : { node: id });
      id = node.next;
    }
  }
  return route;
}

const isUnsure = (flow: Flow, s: RouteStep) => {
  const node = indexNodes(flow).get(s.node);
  return node?.kind === 'question' && node.options.some((o) => o.id === s.choice && o.unsure);
};

/** Every route of the flow from each entry, with its entry. */
function routesOf(flow: Flow): Array<{ entry: string; route: RouteStep[] }> {
  return flow.entries.flatMap((e) => allRoutes(flow, e.start).map((route) => ({ entry: e.id, route })));
}

function matchingWalk(
  flow: Flow,
  articlePath: { entry: string; answers: Array<{ question: string; answer: string }> } | undefined,
) {
  if (articlePath) {
    const entry = flow.entries.find((e) => e.id === articlePath.entry);
    if (!entry) throw new Error(`${flow.id}: the article path's entry ${articlePath.entry} is not an entry`);
    const answers = new Map(articlePath.answers.map((a) => [a.question, a.answer]));
    return { from: 'article path' as const, walk: walkOf(flow, entry.id, follow(flow, entry.start, answers)) };
  }
  // No declared path: through a diagnosis, giving the most of its decisive answers, to a resolved outcome.
  const nodes = indexNodes(flow);
  const decisive = new Set<string>();
  for (const n of flow.nodes) {
    if (n.kind !== 'outcome' || n.type !== 'diagnosis') continue;
    for (const d of n.decisive ?? [])
      for (const a of 'anyOf' in d ? d.anyOf : [d]) for (const o of a.options) decisive.add(`${a.question}=${o}`);
  }
  const first = flow.entries[0]!;
  const score = (r: RouteStep[]) => r.filter((s) => decisive.has(`${s.node}=${s.choice}`)).length;
  const candidates = allRoutes(flow, first.start).filter((r) => {
    const kinds = r.map((s) => nodes.get(s.node));
    return (
      kinds.some((n) => n?.kind === 'outcome' && n.type === 'diagnosis') &&
      kinds.at(-1)?.kind === 'outcome' &&
      (kinds.at(-1) as { type?: string }).type === 'resolved'
    );
  });
  candidates.sort((a, b) => score(b) - score(a) || a.length - b.length);
  const best = candidates[0];
  if (!best) throw new Error(`${flow.id}: no route from ${first.id} through a diagnosis to a resolved outcome`);
  return { from: 'decisive answers' as const, walk: walkOf(flow, first.id, best) };
}

/** The matching walk up to its diagnosis, then the route through the most fix steps to a resolved outcome. */
function longestFix(flow: Flow, matching: PlanWalk): PlanWalk {
  const nodes = indexNodes(flow);
  const entry = flow.entries.find((e) => e.id === matching.entry.id)!;
  const upTo = matching.pages.findIndex((p) => p.kind === 'outcome' && p.type === 'diagnosis');
  const prefix = matching.pages.slice(0, upTo + 1).map((p) => `${p.node}:${p.kind === 'question' ? p.option : ''}`);
  const steps = (r: RouteStep[]) => r.filter((s) => nodes.get(s.node)?.kind === 'step').length;
  let best: RouteStep[] | undefined;
  for (const r of allRoutes(flow, entry.start)) {
    const end = nodes.get(r.at(-1)!.node);
    if (end?.kind !== 'outcome' || end.type !== 'resolved') continue;
    if (
      !prefix.every(
        (k, i) => r[i] && `${r[i]!.node}:${nodes.get(r[i]!.node)?.kind === 'question' ? r[i]!.choice : ''}` === k,
      )
    )
      continue;
    if (!best || steps(r) > steps(best)) best = r;
  }
  return best ? walkOf(flow, entry.id, best) : matching;
}

/** The shortest walk from an entry to each of these nodes (ending on it), fewest "Not sure" answers first. */
function shortestWalks(flow: Flow, targets: ReadonlySet<string>): Record<string, PlanWalk> {
  const best = new Map<string, { entry: string; route: RouteStep[] }>();
  const cost = (r: RouteStep[]) => r.filter((s) => isUnsure(flow, s)).length * 1000 + r.length;
  for (const { entry, route } of routesOf(flow)) {
    route.forEach((s, i) => {
      if (!targets.has(s.node)) return;
      const prefix = [...route.slice(0, i), { node: s.node, choice: s.choice }];
      const had = best.get(s.node);
      if (!had || cost(prefix) < cost(had.route)) best.set(s.node, { entry, route: prefix });
    });
  }
  return Object.fromEntries([...best].map(([node, w]) => [node, walkOf(flow, w.entry, w.route)]));
}

/** The shortest way to every outcome (fewest "Not sure" answers first), ordered so that shared beginnings come together. */
function outcomeWalks(flow: Flow): PlanWalk[] {
  const best = new Map<string, { entry: string; route: RouteStep[] }>();
  const cost = (r: RouteStep[]) => r.filter((s) => isUnsure(flow, s)).length * 1000 + r.length;
  const entryOrder = (id: string) => flow.entries.findIndex((e) => e.id === id);
  for (const { entry, route } of routesOf(flow)) {
    route.forEach((s, i) => {
      if (indexNodes(flow).get(s.node)?.kind !== 'outcome') return;
      const prefix = [...route.slice(0, i), { node: s.node }];
      const had = best.get(s.node);
      if (
        !had ||
        cost(prefix) < cost(had.route) ||
        (cost(prefix) === cost(had.route) && entryOrder(entry) < entryOrder(had.entry))
      ) {
        best.set(s.node, { entry, route: prefix });
      }
    });
  }
  const key = (w: { entry: string; route: RouteStep[] }) =>
    [entryOrder(w.entry), ...w.route.map((s) => `${s.node}:${s.choice ?? ''}`)].join('\u0000');
  return [...best.values()]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((w) => walkOf(flow, w.entry, w.route));
}

/**
 * Event text that meets a condition: Event Viewer's Event Detail as copied (the layout the reader knows best), or
 * the condition's text alone when it names no event.
 */
function eventText(m: EventMatcher): string {
  const description = [m.text, m.returnCode ? `Return code ${m.returnCode}.` : undefined].filter(Boolean).join(' ');
  if (m.eventId === undefined) return description;
  return [
    `Event ID:   ${m.eventId}`,
    `Source:     ${m.source ?? 'MSExchangeMig'}`,
    `Type:       ${m.type ?? 'Error'}`,
    'Category:   None',
    `Description:   ${description || 'The operation failed.'}`,
  ].join('\n');
}

function evidence(flow: Flow): PlanEvidence[] {
  const nodes = indexNodes(flow);
  const first = flow.entries[0]!;
  const firstNode = nodes.get(first.start);
  if (firstNode?.kind !== 'question') return [];
  return (flow.evidenceRules ?? []).map((rule) => {
    const sample = (rule as { sample?: unknown }).sample;
    const condition = rule.when.find((m) => m.eventId !== undefined) ?? rule.when[0]!;
    return {
      rule: rule.id,
      label: rule.label,
      ...(typeof sample === 'string'
        ? { sample, sampleFrom: 'its sample' as const }
        : { sample: eventText(condition), sampleFrom: 'made from its conditions' as const }),
      entry: { id: first.id, label: plain(first.label) },
      first: page(flow, { node: firstNode.id, choice: firstNode.options[0]!.id }),
      answers: Object.entries(rule.answers).map(([question, option]) => {
        const q = nodes.get(question);
        return {
          question,
          title: q?.kind === 'question' ? plain(q.title) : question,
          heading: q?.kind === 'question' ? plain(q.prompt) : question,
          option,
        };
      }),
    };
  });
}

function trainer(flow: Flow): PlanTrainerStep[] {
  return flow.nodes.flatMap((n) => {
    if (n.kind !== 'step') return [];
    const moves = trainerMoves(n);
    return moves.length
      ? [{ node: n.id, heading: plain(n.title), moves: moves.map((m) => ({ screen: m.screen, target: m.target })) }]
      : [];
  });
}

/** The plan of every flow. */
export async function flowPlans(): Promise<FlowPlan[]> {
  return Promise.all(
    FLOWS.map(async (flow) => {
      const presenter = await loadPresenterData(flow.id);
      const matching = matchingWalk(flow, presenter?.articlePath);
      const trainerSteps = trainer(flow);
      return {
        id: flow.id,
        kb: flow.kb.id,
        title: plain(flow.title),
        entries: flow.entries.map((e) => {
          const first = indexNodes(flow).get(e.start);
          const heading = !first ? e.start : first.kind === 'question' ? plain(first.prompt) : plain(first.title);
          return { id: e.id, label: plain(e.label), first: heading };
        }),
        matchingFrom: matching.from,
        matching: matching.walk,
        longestFix: longestFix(flow, matching.walk),
        outcomes: outcomeWalks(flow),
        evidence: evidence(flow),
        trainer: trainerSteps,
        stepWalks: shortestWalks(flow, new Set(trainerSteps.map((t) => t.node))),
      };
    }),
  );
}

/** Every flow's plan, ready when this module is (Vite's module runner closes once the import is done). */
export const FLOW_PLANS: readonly FlowPlan[] = await flowPlans();
