/**
 * Answers a pasted Event Viewer entry gives, recorded together in a case with one `paste` log entry (so the
 * report can say which answers came from it). Loaded only by the event readers (a question's paste box, the
 * start page's), never with a walk.
 */
import type { Flow } from '@/content/schema';
import { answerMany } from '@/engine/answer-many';

import { record, recordStats, update } from './actions';

/** At most this many events of a paste are kept with it, each at most this long: enough for a ticket. */
const EVENTS_KEPT = 20;
const EVENT_CHARS = 300;

/**
 * Records the valid answers among `answers` in the case, with the lines naming the `events` they were read from;
 * returns the questions it took. Events that settle nothing (no answers, or none valid) are recorded all the same,
 * so that the ticket lists what was pasted, unless the case's last entry already holds the same events.
 */
export function answerPasted(
  flow: Flow,
  caseId: string,
  answers: Readonly<Record<string, string>>,
  events: readonly string[] = [],
): string[] {
  const kept = [...new Set(events)].slice(0, EVENTS_KEPT).map((l) => l.slice(0, EVENT_CHARS));
  let accepted: string[] = [];
  const next = update(flow, caseId, (c, now) => {
    const result = answerMany(flow, c, answers);
    accepted = result.accepted;
    const last = c.log.at(-1);
    if (!accepted.length && (!kept.length || (last?.type === 'paste' && last.events?.join('\n') === kept.join('\n'))))
      return undefined;
    // "question=option, …": read back by pastedPairs (features/wizard/provenance.ts).
    return record(
      c,
      result.session,
      {
        type: 'paste',
        ...(accepted.length ? { value: accepted.map((n) => `${n}=${answers[n]}`).join(', ') } : {}),
        ...(kept.length ? { events: kept } : {}),
      },
      now,
    );
  });
  if (next) recordStats('outcomes', flow, next, next.updatedAt);
  return accepted;
}
