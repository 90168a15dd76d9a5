/**
 * Whether a case that comes in (from a share link or a hand-over file) is one already open here: the same answers,
 * ticks and note texts, in every part. Opening it again would only make a copy, listed twice under the same name,
 * so the app goes to the open one instead.
 */
import type { Flow } from '@/content/schema';
import { type EarlierPart, type StoredCase, type StoredSession, getWizardState, hasContent } from '@/store';

/** A case as it comes in: a session, with its name and its parts in earlier guides when it has them. */
export type IncomingCase = StoredSession & { name?: string; earlier?: EarlierPart[] };

type Part = Omit<IncomingCase, 'sessionNote'> & { sessionNote?: IncomingCase['sessionNote'] };

/** What two cases must share to be the same case: times, logs and names aside. */
function key(s: Part): string {
  return JSON.stringify([
    (s.earlier ?? []).map((p) => [p.flowId, p.outcome, key(p)]),
    s.entry,
    Object.entries(s.answers).sort(),
    Object.entries(s.checks).sort(),
    Object.entries(s.notes)
      .map(([k, n]) => [k, n.text])
      .sort(),
    s.sessionNote?.text ?? '',
  ]);
}

/**
 * Whether `incoming` holds more of the case's record than `open` does: more of its history (a hand-over file keeps
 * the log, with the pasted events and each answer's time, which a share link leaves out) or an earlier start.
 */
function holdsMore(incoming: IncomingCase, open: StoredCase): boolean {
  return incoming.log.length > open.log.length || incoming.startedAt < open.startedAt;
}

/**
 * An open case of this flow that already holds exactly what `incoming` holds, and whether `incoming` holds more of
 * its record (`fuller`: a hand-over file opened after the same case's share link), which the open case then takes.
 */
export function sameOpenCase(
  flow: Flow,
  incoming: IncomingCase,
): { caseId: string; stored: StoredCase; fuller: boolean } | undefined {
  const wanted = key(incoming);
  const found = Object.entries(getWizardState().cases).find(
    ([, c]) => c.flowId === flow.id && c.closedAt === undefined && hasContent(c, 'all') && key(c) === wanted,
  );
  return found && { caseId: found[0], stored: found[1], fuller: holdsMore(incoming, found[1]) };
}
