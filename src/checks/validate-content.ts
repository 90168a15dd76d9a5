/**
 * Checks troubleshooting content beyond its types: the schema, then the graph
 * (ids, references, reachability, endings, cycles), the mockup references and
 * the evidence. Returns readable problems with a path to each; never throws.
 */
import type { ZodError } from 'zod';

import { ambiguousPairs, isCauseOutcome } from '@/engine/evidence';
import { type RouteStep, allRoutes, deadEnds, findCycles, indexNodes } from '@/engine/graph';
import { reachableFrom } from '@/engine/reachable';
import { decisiveGroups } from '@/engine/verdict';
import { SCREENS, isScreenId } from '@/mockups/catalog';
import { SCREEN_STATE_SCHEMAS } from '@/mockups/catalog-schemas';

import { type Flow, type FlowNode, type MockupRef, type PracticeMove, flowSchema } from '@/content/schema';
import { showsScreens } from '@/content/trainer';
import { trainerMoves } from '@/content/trainer-moves';

import { checkHandovers } from './validate-handover';

export type ContentIssue = {
  readonly flowId: string;
  /** Where in the flow, e.g. `nodes[4] (event-id) › options[1].next`. */
  readonly path: string;
  readonly rule: ContentRule;
  readonly message: string;
};

export type ContentRule =
  | 'schema'
  | 'duplicate-id'
  | 'duplicate-title'
  | 'unknown-reference'
  | 'unreachable'
  | 'never-ends'
  | 'cycle'
  | 'unused-outcome'
  | 'mockup'
  | 'evidence'
  | 'evidence-rule'
  | 'unsure'
  | 'ambiguous'
  | 'trainer'
  | 'decisive'
  | 'revisions'
  | 'handover';

export function formatIssue(issue: ContentIssue): string {
  return `${issue.flowId} › ${issue.path}: ${issue.message}`;
}

function zodIssues(flowId: string, error: ZodError): ContentIssue[] {
  return error.issues.map((i) => ({
    flowId,
    path: i.path.length
      ? i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
          .join('.')
          .replace(/\.\[/g, '[')
      : '(root)',
    rule: 'schema' as const,
    message: i.message,
  }));
}

/** Validate one flow, given as unknown data (it may not even be a flow). */
export function validateFlow(input: unknown): ContentIssue[] {
  const guessId =
    typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
      ? (input as { id: string }).id
      : '(unnamed flow)';
  const parsed = flowSchema.safeParse(input);
  if (!parsed.success) return zodIssues(guessId, parsed.error);
  return checkGraph(parsed.data);
}

/** Validate every flow and the relations between them (unique flow ids, hand-overs between flows). */
export function validateContent(flows: readonly unknown[]): ContentIssue[] {
  const issues = flows.flatMap((f) => validateFlow(f));
  const seen = new Set<string>();
  flows.forEach((f, i) => {
    const id = typeof f === 'object' && f !== null ? (f as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      issues.push({
        flowId: id,
        path: `flows[${i}]`,
        rule: 'duplicate-id',
        message: `flow id "${id}" is used by more than one flow`,
      });
    }
    seen.add(id);
  });
  // Links between flows, among the flows that are valid on their own.
  const valid = flows.flatMap((f) => {
    const parsed = flowSchema.safeParse(f);
    return parsed.success ? [parsed.data] : [];
  });
  issues.push(...checkHandovers(valid));
  return issues;
}

function nodeLabel(flow: Flow, node: FlowNode): string {
  return `nodes[${flow.nodes.indexOf(node)}] (${node.id})`;
}

function checkGraph(flow: Flow): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (path: string, rule: ContentRule, message: string) =>
    issues.push({ flowId: flow.id, path, rule, message });
  const nodes = indexNodes(flow);

  // Unique ids.
  const seenNodes = new Set<string>();
  flow.nodes.forEach((n, i) => {
    if (seenNodes.has(n.id)) add(`nodes[${i}]`, 'duplicate-id', `node id "${n.id}" is used more than once`);
    seenNodes.add(n.id);
  });
  // Unique titles: the decision map, the trail, the transcript and the presenter's deck name every node by its title
  // alone, so two alike ("Exchange Server version" before several articles) could not be told apart there.
  const titled = new Map<string, string>();
  flow.nodes.forEach((n, i) => {
    const first = titled.get(n.title);
    if (first) add(`nodes[${i}] (${n.id})`, 'duplicate-title', `title "${n.title}" is also the title of "${first}"`);
    else titled.set(n.title, n.id);
  });
  const uniqueWithin = (where: string, ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(`${where}[${i}]`, 'duplicate-id', `${what} id "${id}" is used more than once`);
      seen.add(id);
    });
  };
  uniqueWithin(
    'entries',
    flow.entries.map((e) => e.id),
    'entry',
  );
  for (const node of flow.nodes) {
    const at = nodeLabel(flow, node);
    if (node.kind === 'question')
      uniqueWithin(
        `${at} › options`,
        node.options.map((o) => o.id),
        'option',
      );
    if (node.kind === 'step') {
      uniqueWithin(
        `${at} › actions`,
        node.actions.map((a) => a.id),
        'action',
      );
      uniqueWithin(
        `${at} › checklist`,
        (node.checklist ?? []).map((c) => c.id),
        'checklist item',
      );
    }
  }

  // References.
  const ref = (path: string, id: string) => {
    if (!nodes.has(id)) add(path, 'unknown-reference', `unknown node "${id}"`);
  };
  flow.entries.forEach((e, i) => ref(`entries[${i}].start`, e.start));
  for (const node of flow.nodes) {
    const at = nodeLabel(flow, node);
    if (node.kind === 'question') node.options.forEach((o, i) => ref(`${at} › options[${i}].next`, o.next));
    if (node.kind === 'step') ref(`${at} › next`, node.next);
    if (node.kind === 'outcome') {
      if (node.next) ref(`${at} › next`, node.next);
      if (node.rulesOut) {
        const target = nodes.get(node.rulesOut);
        if (!target) add(`${at} › rulesOut`, 'unknown-reference', `unknown node "${node.rulesOut}"`);
        else if (target.kind !== 'outcome' || target.type !== 'diagnosis') {
          add(`${at} › rulesOut`, 'unknown-reference', `"${node.rulesOut}" is not a diagnosis outcome`);
        }
      }
      if (node.type === 'not-this' && !node.rulesOut) {
        add(at, 'unknown-reference', 'a "not-this" outcome must name the diagnosis it rules out (rulesOut)');
      }
      (node.evidence ?? []).forEach((ev, i) => {
        const q = nodes.get(ev.question);
        const where = `${at} › evidence[${i}]`;
        if (!q) return add(`${where}.question`, 'unknown-reference', `unknown node "${ev.question}"`);
        if (q.kind !== 'question')
          return add(`${where}.question`, 'unknown-reference', `"${ev.question}" is not a question`);
        for (const opt of [...(ev.supports ?? []), ...(ev.contradicts ?? [])]) {
          if (!q.options.some((o) => o.id === opt)) {
            add(where, 'unknown-reference', `question "${q.id}" has no option "${opt}"`);
          }
        }
        const both = (ev.supports ?? []).filter((o) => ev.contradicts?.includes(o));
        if (both.length) add(where, 'evidence', `option "${both[0]}" both supports and contradicts`);
      });
    }
  }

  // "Not sure" answers: at most one per question, always with how-to-check
  // guidance, and neutral (no outcome's evidence may list them).
  for (const node of flow.nodes) {
    if (node.kind !== 'question') continue;
    const at = nodeLabel(flow, node);
    const unsure = node.options.filter((o) => o.unsure);
    if (unsure.length > 1) add(`${at} › options`, 'unsure', 'a question may have only one "Not sure" option');
    if (unsure.length && !node.howToCheck)
      add(at, 'unsure', 'a question with a "Not sure" option needs howToCheck guidance');
    if (!unsure.length && node.howToCheck)
      add(at, 'unsure', 'howToCheck guidance needs a "Not sure" option (unsure: true) to open it');
  }
  for (const node of flow.nodes) {
    if (node.kind !== 'outcome') continue;
    (node.evidence ?? []).forEach((ev, i) => {
      const q = nodes.get(ev.question);
      if (q?.kind !== 'question') return;
      for (const opt of [...(ev.supports ?? []), ...(ev.contradicts ?? [])]) {
        if (q.options.find((o) => o.id === opt)?.unsure) {
          add(
            `${nodeLabel(flow, node)} › evidence[${i}]`,
            'unsure',
            `"Not sure" option "${opt}" of "${q.id}" must stay neutral`,
          );
        }
      }
    });
  }

  // Evidence rules (pasted events → answers).
  uniqueWithin(
    'evidenceRules',
    (flow.evidenceRules ?? []).map((r) => r.id),
    'evidence rule',
  );
  (flow.evidenceRules ?? []).forEach((rule, i) => {
    for (const [question, option] of Object.entries(rule.answers)) {
      const q = nodes.get(question);
      const where = `evidenceRules[${i}] (${rule.id}) › answers.${question}`;
      if (!q) add(where, 'evidence-rule', `unknown node "${question}"`);
      else if (q.kind !== 'question') add(where, 'evidence-rule', `"${question}" is not a question`);
      else if (!q.options.some((o) => o.id === option))
        add(where, 'evidence-rule', `question "${question}" has no option "${option}"`);
      else if (q.options.find((o) => o.id === option)?.unsure)
        add(where, 'evidence-rule', `a pasted event cannot settle "${question}" as "Not sure"`);
    }
  });

  // Mockups.
  const checkMockup = (
    path: string,
    m: Pick<MockupRef, 'screen' | 'state' | 'target'> | undefined,
    rule: ContentRule = 'mockup',
  ) => {
    if (!m) return;
    if (!isScreenId(m.screen)) return add(`${path}.screen`, rule, `unknown mockup screen "${m.screen}"`);
    const spec = SCREENS[m.screen]!;
    if (m.target && !Object.hasOwn(spec.targets, m.target)) {
      add(`${path}.target`, rule, `screen "${m.screen}" has no target "${m.target}"`);
    }
    const state = SCREEN_STATE_SCHEMAS[m.screen]!.safeParse(m.state ?? {});
    if (!state.success) {
      for (const i of state.error.issues) {
        add(
          `${path}.state${i.path.length ? '.' + i.path.join('.') : ''}`,
          rule,
          `invalid state for "${m.screen}": ${i.message}`,
        );
      }
    }
  };
  // Trainer moves: each names a control its screen has, in a valid state;
  // a step that shows screens must have at least one move to practise.
  const checkPractice = (path: string, moves: readonly PracticeMove[]) =>
    moves.forEach((m, i) => checkMockup(`${path}[${i}]`, m, 'trainer'));
  for (const node of flow.nodes) {
    const at = nodeLabel(flow, node);
    if (node.kind === 'question') {
      checkMockup(`${at} › mockup`, node.mockup);
      checkMockup(`${at} › howToCheck.mockup`, node.howToCheck?.mockup);
    }
    if (node.kind === 'step') {
      node.actions.forEach((a, i) => checkMockup(`${at} › actions[${i}].mockup`, a.mockup));
      node.actions.forEach((a, i) => checkPractice(`${at} › actions[${i}].practice`, a.practice ?? []));
      // Pages that walk the guide offer trainer mode from the pictures alone: the moves load only once it opens.
      node.actions.forEach((a, i) => {
        if (a.practice && !a.mockup?.target)
          add(
            `${at} › actions[${i}].mockup`,
            'trainer',
            'an action with trainer moves needs a picture that names its target: the step offers trainer mode from its pictures, before its moves are loaded (trainer-moves.ts)',
          );
      });
      if (showsScreens(node) && trainerMoves(node).length === 0) {
        add(
          `${at} › actions`,
          'trainer',
          'a fix step with screen pictures needs at least one action whose mockup names a target (or a practice move), so Show, Try and Test have something to do',
        );
      }
      (node.tips ?? []).forEach((t, i) => checkMockup(`${at} › tips[${i}].mockup`, t.mockup));
    }
  }

  // Revisions: one change note per revision, 1 to the current one, in order,
  // dates never going backwards, the last one's date the flow's revisionDate.
  const notes = flow.revisions ?? [];
  notes.forEach((r, i) => {
    if (r.revision !== i + 1)
      add(`revisions[${i}]`, 'revisions', `expected the note for revision ${i + 1}, found revision ${r.revision}`);
    const before = notes[i - 1];
    if (before && r.date < before.date)
      add(
        `revisions[${i}].date`,
        'revisions',
        `${r.date} is earlier than revision ${before.revision}'s ${before.date}`,
      );
  });
  if (notes.length !== flow.revision) {
    add(
      'revisions',
      'revisions',
      flow.revisions
        ? `the flow is at revision ${flow.revision} but has change notes for ${notes.length}`
        : 'no change notes: a flow folder keeps them in its revisions.ts, a single-file flow in `revisions`',
    );
  }
  const last = notes.at(-1);
  if (last && last.date !== flow.revisionDate)
    add('revisionDate', 'revisions', `${flow.revisionDate} is not the date of the last change note (${last.date})`);

  // Trainer: each alternative of a practice move names a control of the move's screen (other than the move's
  // own, unless it asks for a double-click), and does no more moves than the step has left.
  for (const node of flow.nodes) {
    if (node.kind !== 'step') continue;
    const at = nodeLabel(flow, node);
    let position = 0;
    const total = trainerMoves(node).length;
    node.actions.forEach((a, i) => {
      // Positions as trainerMoves counts them: an action without practice moves is one move when its mockup names a target.
      if (!a.practice) position += a.mockup?.target ? 1 : 0;
      (a.practice ?? []).forEach((m, j) => {
        const here = position++;
        checkMockup(`${at} › actions[${i}].practice[${j}].after`, m.after, 'trainer');
        (m.alternatives ?? []).forEach((alt, k) => {
          const path = `${at} › actions[${i}].practice[${j}].alternatives[${k}]`;
          const targets: Readonly<Record<string, string>> | undefined = isScreenId(m.screen)
            ? SCREENS[m.screen]!.targets
            : undefined;
          if (targets && !Object.hasOwn(targets, alt.target))
            add(`${path}.target`, 'trainer', `screen "${m.screen}" has no target "${alt.target}"`);
          if (alt.target === m.target && alt.gesture !== 'double-click') {
            add(
              `${path}.target`,
              'trainer',
              "an alternative must be another control than the move's own (or a double-click on it)",
            );
          }
          if ((alt.covers ?? 1) > total - here) {
            add(
              `${path}.covers`,
              'trainer',
              `covers ${alt.covers} moves but the step has only ${total - here} left from here`,
            );
          }
        });
      });
    });
  }

  // If references are broken, graph checks would only repeat them.
  if (issues.some((i) => i.rule === 'unknown-reference' || i.rule === 'duplicate-id')) return issues;

  const reachable = reachableFrom(
    flow,
    flow.entries.map((e) => e.start),
  );
  for (const node of flow.nodes) {
    if (reachable.has(node.id)) continue;
    if (node.kind === 'outcome')
      add(nodeLabel(flow, node), 'unused-outcome', `outcome "${node.id}" is never reached from any entry`);
    else add(nodeLabel(flow, node), 'unreachable', `node "${node.id}" cannot be reached from any entry`);
  }
  for (const cycle of findCycles(flow)) add(`nodes (${cycle[0]})`, 'cycle', `cycle: ${cycle.join(' → ')}`);
  const ends = new Set(deadEnds(flow));
  for (const node of flow.nodes) {
    if (ends.has(node.id) && reachable.has(node.id)) {
      add(nodeLabel(flow, node), 'never-ends', `no path from "${node.id}" reaches an outcome that ends the flow`);
    }
  }
  if (issues.length) return issues;

  // Evidence: no route may reach an outcome while an answer on it contradicts
  // that outcome, and a "not-this" outcome must be reached only by routes that
  // contradict the diagnosis it rules out (so it can name the answer).
  for (const entry of flow.entries) {
    for (const route of allRoutes(flow, entry.start)) {
      const chosen = new Map(route.filter((s) => s.choice).map((s) => [s.node, s.choice!]));
      const contradictions = (o: FlowNode) =>
        o.kind === 'outcome'
          ? (o.evidence ?? []).filter((ev) => {
              const c = chosen.get(ev.question);
              return c !== undefined && ev.contradicts?.includes(c);
            })
          : [];
      const outcomesOnRoute = route.map((s) => nodes.get(s.node)!).filter((n) => n.kind === 'outcome');
      for (const o of outcomesOnRoute) {
        const bad = contradictions(o);
        if (bad.length) {
          add(
            nodeLabel(flow, o),
            'evidence',
            `reached by a route on which "${bad[0]!.question}" contradicts it (route: ${route.map((s) => s.node).join(' → ')})`,
          );
        }
        if (o.kind === 'outcome' && o.rulesOut && !contradictions(nodes.get(o.rulesOut)!).length) {
          add(
            nodeLabel(flow, o),
            'evidence',
            `reached by a route with no answer that rules out "${o.rulesOut}" (route: ${route.map((s) => s.node).join(' → ')})`,
          );
        }
      }
    }
  }
  // Decisive answers: only cause outcomes declare them, every cause outcome
  // does, and each names a real, non-"Not sure" option that the outcome's own
  // evidence supports.
  const badDecisive = new Set<string>();
  for (const node of flow.nodes) {
    if (node.kind !== 'outcome') continue;
    const at = nodeLabel(flow, node);
    const count = issues.length;
    // (Asked through a widened reference: the guard would narrow `node` to never here.)
    if (!isCauseOutcome(node as FlowNode)) {
      if (node.decisive)
        add(
          `${at} › decisive`,
          'decisive',
          `only cause outcomes (diagnosis, other-cause, not-applicable) declare decisive answers, not "${node.type}"`,
        );
      continue;
    }
    if (!node.decisive?.length) {
      add(
        at,
        'decisive',
        `a "${node.type}" outcome must declare the answers that decide it (decisive), so its verdict can say how sure it is`,
      );
      continue;
    }
    const seen = new Set<string>();
    decisiveGroups(node).forEach((group, i) => {
      group.forEach((alt, j) => {
        const where = `${at} › decisive[${i}]${group.length > 1 ? `.anyOf[${j}]` : ''}`;
        if (seen.has(alt.question)) add(where, 'decisive', `question "${alt.question}" is named more than once`);
        seen.add(alt.question);
        const q = nodes.get(alt.question);
        if (!q) return add(`${where}.question`, 'unknown-reference', `unknown node "${alt.question}"`);
        if (q.kind !== 'question') return add(`${where}.question`, 'decisive', `"${alt.question}" is not a question`);
        const supported = new Set(
          (node.evidence ?? []).filter((ev) => ev.question === q.id).flatMap((ev) => ev.supports ?? []),
        );
        for (const opt of alt.options) {
          const option = q.options.find((o) => o.id === opt);
          if (!option) add(where, 'unknown-reference', `question "${q.id}" has no option "${opt}"`);
          else if (option.unsure)
            add(where, 'decisive', `"Not sure" option "${opt}" of "${q.id}" cannot decide anything`);
          else if (!supported.has(opt)) {
            add(
              where,
              'decisive',
              `option "${opt}" of "${q.id}" is not among the answers this outcome's evidence supports`,
            );
          }
        }
      });
    });
    if (issues.length > count) badDecisive.add(node.id);
  }

  // Decisive answers on routes: on every route to a cause outcome, each
  // decisive entry has a question on the way (so it can be answered); each
  // named option is taken on some route to it; and some route gives them all
  // (so the outcome can be confirmed at all).
  const routesTo = new Map<string, RouteStep[][]>();
  for (const entry of flow.entries) {
    for (const route of allRoutes(flow, entry.start)) {
      route.forEach((step, i) => {
        const list = routesTo.get(step.node) ?? [];
        list.push(route.slice(0, i + 1));
        routesTo.set(step.node, list);
      });
    }
  }
  for (const node of flow.nodes) {
    if (!isCauseOutcome(node) || !node.decisive?.length || badDecisive.has(node.id)) continue;
    const at = nodeLabel(flow, node);
    const groups = decisiveGroups(node);
    const routes = routesTo.get(node.id) ?? [];
    const taken = new Set<string>();
    let confirmable = false;
    for (const route of routes) {
      const chosen = new Map(route.filter((s) => s.choice).map((s) => [s.node, s.choice!]));
      let all = true;
      groups.forEach((group, i) => {
        if (!group.some((alt) => chosen.has(alt.question))) {
          add(
            `${at} › decisive[${i}]`,
            'decisive',
            `cannot be answered on the route ${route.map((s) => s.node).join(' → ')}: none of ${group.map((a) => `"${a.question}"`).join(', ')} is on it`,
          );
        }
        if (!group.some((alt) => alt.options.includes(chosen.get(alt.question) ?? ''))) all = false;
        for (const alt of group) {
          const c = chosen.get(alt.question);
          if (c !== undefined) taken.add(`${alt.question}=${c}`);
        }
      });
      if (all) confirmable = true;
    }
    groups.forEach((group, i) =>
      group.forEach((alt, j) => {
        for (const opt of alt.options) {
          if (!taken.has(`${alt.question}=${opt}`)) {
            add(
              `${at} › decisive[${i}]${group.length > 1 ? `.anyOf[${j}]` : ''}`,
              'decisive',
              `no route to "${node.id}" answers "${alt.question}" with "${opt}"`,
            );
          }
        }
      }),
    );
    if (routes.length && !confirmable)
      add(at, 'decisive', `no route gives every decisive answer of "${node.id}", so it could never be confirmed`);
  }

  // Matching is unambiguous: every cause outcome declares evidence, and no
  // complete set of answers can fully satisfy the evidence of two of them
  // (some question named by both must have no option both allow).
  for (const node of flow.nodes) {
    if (isCauseOutcome(node) && !node.evidence?.length) {
      add(nodeLabel(flow, node), 'ambiguous', `a "${node.type}" outcome must declare the evidence that identifies it`);
    }
  }
  for (const [a, b] of ambiguousPairs(flow)) {
    if (!a.evidence?.length || !b.evidence?.length) continue;
    add(
      nodeLabel(flow, b),
      'ambiguous',
      `outcomes "${a.id}" and "${b.id}" can match the same complete set of answers: no question in both of their evidence separates them`,
    );
  }

  // Report each distinct problem once.
  const unique = new Map(issues.map((i) => [`${i.path}|${i.message.split(' (route')[0]}`, i]));
  return [...unique.values()];
}
