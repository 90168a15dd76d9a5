/**
 * "Test the whole fix": the fix steps of a flow as one test. The steps are
 * the presenter data's `fixTest` when it names them, else every fix step with
 * trainer moves on the article's path (or the deck's route) after its
 * diagnosis. They are joined into one step for Test me, so the test runs
 * them in order, scored as one, with each action's own words.
 */
import type { PresenterData } from '@/content/presenter-schema';
import type { Flow, StepNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { indexNodes } from '@/engine/graph';

import { buildDeck, nodeSlideOnce } from '../presenter/deck';
import { WHOLE_FIX_ID, wholeFixActionId } from './class-results';

export { WHOLE_FIX_ID };

export function wholeFixSteps(flow: Flow, presenter: PresenterData | undefined): StepNode[] {
  const nodes = indexNodes(flow);
  if (presenter?.fixTest)
    return presenter.fixTest.map((id) => nodes.get(id)).filter((n): n is StepNode => hasTrainer(n));
  const route = buildDeck(flow, presenter ? { presenter } : {})
    .slides.filter(nodeSlideOnce)
    .map((s) => s.node);
  const diagnosis = route.findIndex((n) => n.kind === 'outcome' && n.type === 'diagnosis');
  return route.slice(diagnosis + 1).filter((n): n is StepNode => hasTrainer(n));
}

/** The steps as one: their actions in order (ids made unique), their intros joined. */
export function wholeFixStep(steps: readonly StepNode[]): StepNode {
  const first = steps[0]!;
  return {
    kind: 'step',
    id: WHOLE_FIX_ID,
    title: `The whole fix (${steps.length} steps)`,
    intro: steps.map((s) => s.title),
    actions: steps.flatMap((s) => s.actions.map((a) => ({ ...a, id: wholeFixActionId(s.id, a.id) }))),
    source: first.source,
    next: first.next,
  };
}
