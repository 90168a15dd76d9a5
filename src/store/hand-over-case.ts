/**
 * Hand a case over to the guide that continues it (an outcome with
 * `continues`): the same case, under the same id, goes on in the other guide
 * with the shared answers given; what was walked so far becomes its earlier
 * part (`earlier`), so its trail, ticket text and hand-over file show both.
 * Its log begins with the `handover` entry, so the answers no later entry
 * gives are the carried ones: the other guide does not ask them again, and
 * marks them (carriedQuestions, features/wizard/provenance.ts).
 * Loaded only on an outcome that hands over, never with a walk.
 */
import type { Flow } from '@/content/schema';
import { handOver } from '@/engine/handover';
import { walk } from '@/engine/walk';
import { type CaseRef, paths } from '@/lib/paths';
import { randomId } from '@/lib/random-id';

import { recordStats, state } from './actions';
import { caseById, withCase, wizardStore } from './state';
import type { StoredCase } from './stored-schema';

/** The case, now in `to`; returns the address of its current step there, or undefined when it cannot hand over. */
export function handOverCase(from: Flow, caseId: string, outcomeId: string, to: Flow): string | undefined {
  const now = Date.now();
  const data = state();
  const c = caseById(data.cases, caseId);
  if (!c || c.flowId !== from.id) return undefined;
  const start = handOver(from, c, outcomeId, to);
  if (!start) return undefined;
  const { name, sessionNote, closedAt: _closed, earlier, ...part } = c;
  const next: StoredCase = {
    id: randomId(),
    flowId: to.id,
    revision: to.revision,
    entry: start.entry,
    answers: { ...start.answers },
    checks: {},
    // The case began with its first part: its name ("KB …, started …") and its place in the list keep that time.
    startedAt: c.startedAt,
    updatedAt: now,
    log: [{ at: now, type: 'handover', node: start.at, value: `${from.id}:${outcomeId}` }],
    notes: {},
    ...(name ? { name } : {}),
    ...(sessionNote ? { sessionNote } : {}),
    earlier: [...(earlier ?? []), { ...part, outcome: outcomeId }],
  };
  wizardStore.setState(withCase(data, caseId, next));
  recordStats('outcomes', to, next, now);
  const ref: CaseRef = { flowId: to.id, caseId };
  return paths.step(ref, walk(to, next).current.id);
}

/**
 * Take a handed-over case back to the guide it came from: its last earlier
 * part becomes the case again. What was done in the later guide is kept as
 * a part no more (the caller asks first).
 */
export function takeCaseBack(caseId: string): string | undefined {
  const data = state();
  const c = caseById(data.cases, caseId);
  const last = c?.earlier?.at(-1);
  if (!c || !last) return undefined;
  const { outcome, ...part } = last;
  const now = Date.now();
  const back: StoredCase = {
    ...part,
    updatedAt: now,
    ...(c.name ? { name: c.name } : {}),
    ...(c.sessionNote ? { sessionNote: c.sessionNote } : {}),
    ...(c.earlier!.length > 1 ? { earlier: c.earlier!.slice(0, -1) } : {}),
  };
  wizardStore.setState(withCase(data, caseId, back));
  return paths.step({ flowId: back.flowId, caseId }, outcome);
}
