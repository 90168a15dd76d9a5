/**
 * Where Let me try goes on from, at its end: the fix step the step leads to (its `next`), when trainer mode runs on
 * that one too. The article's fix is often one task repeated (Q255888 grants the same role on three objects), so a
 * learner practises it through, step by step, without going back to the start page.
 */
import { plainText } from '@/components/ui/rich-text';
import type { Flow, StepNode } from '@/content/schema';
import { hasTrainer } from '@/content/trainer';
import { paths } from '@/lib/paths';

/** The next step to practise: its title (plain words) and the address of its Let me try. */
export type NextPractice = { readonly title: string; readonly to: string };

export function nextPractice(flow: Flow, step: StepNode): NextPractice | undefined {
  const next = step.next === undefined ? undefined : flow.nodes.find((n) => n.id === step.next);
  if (!hasTrainer(next)) return undefined;
  return { title: plainText(next.title), to: paths.articleStep(flow.id, next.id, 'try') };
}
