/**
 * Which guides a pasted Event Viewer entry belongs to: every guide whose
 * evidence rules recognise it, except one whose reading settles an outcome
 * that hands over to another guide (Q255888 reads event 7017 as "this is KB
 * Q186742": the paste opens Q186742). That other guide is offered even when
 * its own rules settle nothing from the paste: the words "Could not log onto
 * the Message Store" alone are event 7017's to Q255888, which knows no other
 * event that says them, but Q186742 knows event 147 says them too, so it asks
 * which. The guide whose own article the paste comes from comes first. Pure.
 */
import type { Flow } from '@/content/schema';
import type { ParseResult } from '@/engine/event-parse';
import { type EvidenceReading, readEvidence } from '@/engine/evidence-rules';
import { settledHandOvers } from '@/engine/handover';

export type FlowMatch = {
  readonly flow: Flow;
  readonly reading: EvidenceReading;
  /** The answers everything read agrees on (conflicts left for the user). */
  readonly answers: Readonly<Record<string, string>>;
  /**
   * The guides that read the paste as this guide's subject (their outcome hands the case over to it), when this
   * guide's own rules settle nothing from it.
   */
  readonly handedOverBy?: readonly Flow[];
};

export function matchFlows(flows: readonly Flow[], parsed: ParseResult): FlowMatch[] {
  const read = (flow: Flow): FlowMatch => {
    const reading = readEvidence(flow, parsed);
    return { flow, reading, answers: Object.fromEntries(reading.proposals.map((p) => [p.question, p.option])) };
  };
  const all = flows.map(read).filter((m) => m.reading.proposals.length > 0 || m.reading.conflicts.length > 0);
  // The guides a match's reading hands over to. Not when the paste also holds an event this guide reads differently
  // (a conflict, as when a 7044 and a 7017 are pasted together): the guide is kept, to ask which.
  const handsOverTo = (m: FlowMatch) =>
    m.reading.conflicts.length > 0
      ? []
      : settledHandOvers(m.flow, m.answers)
          .map((h) => h.flowId)
          .filter((id) => id !== m.flow.id);
  const readers = new Set(all.map((m) => m.flow.id));
  // Guides handed over to that did not read the paste themselves: offered with their own (empty) reading.
  const receivers = flows.flatMap((flow) => {
    if (readers.has(flow.id)) return [];
    const by = all.filter((m) => handsOverTo(m).includes(flow.id)).map((m) => m.flow);
    return by.length ? [{ ...read(flow), handedOverBy: by }] : [];
  });
  const offered = [...all, ...receivers];
  const ids = new Set(offered.map((m) => m.flow.id));
  // A guide is left out when the paste settles it to an outcome that hands over to another guide offered.
  const kept = offered.filter((m) => !handsOverTo(m).some((id) => ids.has(id)));
  // Guides that hand over to each other for the same paste: none is preferred, so all are offered.
  if (!kept.length) return all;
  // The guide whose own article the paste comes from first (a rule citing its own KB, or a hand-over to it).
  const own = (m: FlowMatch) =>
    m.handedOverBy !== undefined || m.reading.hits.some((h) => h.rule.source.ref === m.flow.kb.id);
  return [...kept.filter(own), ...kept.filter((m) => !own(m))];
}
