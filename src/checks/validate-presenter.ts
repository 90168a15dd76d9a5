/**
 * Checks a flow's presenter data (presenter-schema.ts) against the flow:
 * the schema; that it names its flow; that the article path is a real route
 * from its entry through the article's own diagnosis and at least one fix
 * step to a resolved outcome, answering each question it meets in order and
 * nothing else; that every node on that route has speaker notes; and that
 * notes and tip slides name nodes and tips the flow has, each tip slide
 * after an action of its step and no later than the first action whose words
 * send the room to it. Never throws.
 */
import { indexNodes } from '@/engine/graph';

import { type PresenterData, presenterDataSchema, tipNamedAt, tipSlideAfter } from '@/content/presenter-schema';
import type { Flow, FlowNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';

export type PresenterRule = 'presenter-schema' | 'presenter' | 'article-path' | 'speaker-notes';

export type PresenterIssue = {
  readonly flowId: string;
  /** Where in the presenter data, e.g. `articlePath.answers[3].answer`. */
  readonly path: string;
  readonly rule: PresenterRule;
  readonly message: string;
};

export function formatPresenterIssue(issue: PresenterIssue): string {
  return `${issue.flowId} (presenter) › ${issue.path}: ${issue.message}`;
}

/** The nodes the article path visits, in order, or why it is not a route. */
export function articleRoute(
  flow: Flow,
  data: Pick<PresenterData, 'articlePath'>,
): { nodes: FlowNode[]; problems: { path: string; message: string }[] } {
  const nodes = indexNodes(flow);
  const { entry: entryId, answers } = data.articlePath;
  const problems: { path: string; message: string }[] = [];
  const route: FlowNode[] = [];
  const entry = flow.entries.find((e) => e.id === entryId);
  if (!entry)
    return { nodes: route, problems: [{ path: 'articlePath.entry', message: `the flow has no entry "${entryId}"` }] };
  let id: string | undefined = entry.start;
  let used = 0;
  const seen = new Set<string>();
  while (id !== undefined) {
    const node = nodes.get(id);
    if (!node) {
      problems.push({ path: 'articlePath', message: `the route reaches an unknown node "${id}"` });
      break;
    }
    if (seen.has(id)) {
      problems.push({ path: 'articlePath', message: `the route comes back to "${id}"` });
      break;
    }
    seen.add(id);
    route.push(node);
    if (node.kind === 'step') id = node.next;
    else if (node.kind === 'outcome') id = node.next;
    else {
      const at = `articlePath.answers[${used}]`;
      const item = answers[used];
      if (!item) {
        problems.push({
          path: 'articlePath.answers',
          message: `the route stops at question "${node.id}": give its answer next`,
        });
        break;
      }
      if (item.question !== node.id) {
        problems.push({
          path: `${at}.question`,
          message: `the route reaches question "${node.id}" here, not "${item.question}"`,
        });
        break;
      }
      const option = node.options.find((o) => o.id === item.answer);
      if (!option) {
        problems.push({ path: `${at}.answer`, message: `question "${node.id}" has no option "${item.answer}"` });
        break;
      }
      if (option.unsure) {
        problems.push({
          path: `${at}.answer`,
          message: `the article's path takes a definite answer, not "Not sure" ("${option.id}")`,
        });
        break;
      }
      used++;
      id = option.next;
    }
  }
  if (problems.length) return { nodes: route, problems };
  if (used < answers.length) {
    problems.push({
      path: `articlePath.answers[${used}]`,
      message: `the route never reaches question "${answers[used]!.question}": it ends at "${route.at(-1)?.id}"`,
    });
  }
  const last = route.at(-1);
  if (last && !(last.kind === 'outcome' && last.type === 'resolved')) {
    problems.push({ path: 'articlePath', message: `the route must end at a resolved outcome, not at "${last.id}"` });
  }
  const diagnosis = route.findIndex((n) => n.kind === 'outcome' && n.type === 'diagnosis');
  if (diagnosis < 0) {
    problems.push({ path: 'articlePath', message: 'the route must pass through a diagnosis outcome' });
  } else {
    const d = route[diagnosis]!;
    if (d.kind === 'outcome' && d.source.ref !== flow.kb.id) {
      problems.push({
        path: 'articlePath',
        message: `the route's diagnosis "${d.id}" cites ${d.source.ref}, not the article ${flow.kb.id}`,
      });
    }
    if (!route.slice(diagnosis + 1).some((n) => n.kind === 'step')) {
      problems.push({
        path: 'articlePath',
        message: `the route must take at least one fix step after the diagnosis "${d.id}"`,
      });
    }
  }
  return { nodes: route, problems };
}

export function validatePresenter(flow: Flow, input: unknown): PresenterIssue[] {
  const issues: PresenterIssue[] = [];
  const add = (path: string, rule: PresenterRule, message: string) =>
    issues.push({ flowId: flow.id, path, rule, message });
  const parsed = presenterDataSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      add(
        i.path.length
          ? i.path
              .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
              .join('.')
              .replace(/\.\[/g, '[')
          : '(root)',
        'presenter-schema',
        i.message,
      );
    }
    return issues;
  }
  const data = parsed.data;
  if (data.flowId !== flow.id) add('flowId', 'presenter', `names flow "${data.flowId}", not "${flow.id}"`);
  const nodes = indexNodes(flow);

  for (const id of Object.keys(data.notes)) {
    if (!nodes.has(id)) add(`notes.${id}`, 'presenter', `the flow has no node "${id}"`);
  }
  (data.tipSlides ?? []).forEach((t, i) => {
    const step = nodes.get(t.step);
    if (!step) add(`tipSlides[${i}].step`, 'presenter', `the flow has no node "${t.step}"`);
    else if (step.kind !== 'step') add(`tipSlides[${i}].step`, 'presenter', `"${t.step}" is not a fix step`);
    else if (!(step.tips ?? []).some((tip) => tip.title === t.tip)) {
      add(`tipSlides[${i}].tip`, 'presenter', `step "${t.step}" has no tip titled "${t.tip}"`);
    } else if (t.afterAction !== undefined && !step.actions.some((a) => a.id === t.afterAction)) {
      add(`tipSlides[${i}].afterAction`, 'presenter', `step "${t.step}" has no action "${t.afterAction}"`);
    } else {
      // The slide comes no later than the first action whose words send the room to the tip.
      const named = tipNamedAt(step.actions, t.tip);
      const after = tipSlideAfter(step.actions, t);
      if (named >= 0 && after > named)
        add(
          `tipSlides[${i}].afterAction`,
          'presenter',
          `action "${step.actions[named]!.id}" sends the room to the tip, so its slide must come right after that action, not after "${step.actions[after]!.id}"`,
        );
    }
  });

  const route = articleRoute(flow, data);
  for (const p of route.problems) add(p.path, 'article-path', p.message);
  let last = -1;
  (data.fixTest ?? []).forEach((id, i) => {
    const at = route.nodes.findIndex((n) => n.id === id);
    if (!hasTrainer(nodes.get(id))) add(`fixTest[${i}]`, 'presenter', `"${id}" is not a fix step with trainer moves`);
    else if (route.problems.length)
      return; // the route itself is reported above
    else if (at < 0) add(`fixTest[${i}]`, 'presenter', `"${id}" is not on the article's path`);
    else if (at <= last)
      add(`fixTest[${i}]`, 'presenter', `"${id}" comes before the step named ahead of it on the article's path`);
    last = Math.max(last, at);
  });
  for (const node of route.nodes) {
    if (!data.notes[node.id]) {
      add(
        `notes.${node.id}`,
        'speaker-notes',
        `"${node.id}" is on the article's path, so its slide needs speaker notes`,
      );
    }
  }
  return issues;
}
