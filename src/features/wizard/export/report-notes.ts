import type { ReportLine, SessionReport } from './session-report';

type OutcomeLine = ReportLine & { kind: 'outcome'; note: string };

/**
 * A report's notes on results, split by where they belong: those on the way (the diagnosis, a cause it passed) and
 * the one on the result the case ends at, which goes with that result, not under the diagnosis. (A title names one
 * node of a flow: the validator refuses a title used twice.)
 */
export function outcomeNotes(r: SessionReport): { onTheWay: OutcomeLine[]; atResult?: OutcomeLine } {
  const lines = r.lines.filter((l): l is OutcomeLine => l.kind === 'outcome' && !!l.note);
  const isResult = (l: OutcomeLine) => r.status.finished && l.title === r.status.title;
  return { onTheWay: lines.filter((l) => !isResult(l)), atResult: lines.find(isResult) };
}
