/**
 * Answers that arrive together, read from a pasted event. Its own file, beside session.ts: only the event
 * readers (a question's paste box, the start page's) use it, so a walk does not load it. Pure.
 */
import type { Flow } from '@/content/schema';

import { indexNodes } from './graph';
import type { Session } from './walk';

/**
 * Record answers that arrive together (for example read from a pasted event).
 * Only valid question answers are taken; the others are returned as rejected.
 * Nodes need not be on the path yet: the walk uses them when it gets there.
 */
export function answerMany(
  flow: Flow,
  session: Session,
  given: Readonly<Record<string, string>>,
): { session: Session; accepted: string[]; rejected: string[] } {
  const nodes = indexNodes(flow);
  const answers: Record<string, string> = { ...session.answers };
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const [nodeId, choiceId] of Object.entries(given)) {
    const node = nodes.get(nodeId);
    if (node?.kind === 'question' && node.options.some((o) => o.id === choiceId)) {
      answers[nodeId] = choiceId;
      accepted.push(nodeId);
    } else rejected.push(nodeId);
  }
  return { session: { ...session, answers }, accepted, rejected };
}
