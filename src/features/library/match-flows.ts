/**
 * Which guides a pasted Event Viewer entry belongs to: every guide whose
 * evidence rules recognise it, except one whose reading settles an outcome
 * that hands over to another guide that also matches (Q255888 reads event
 * 7017 as "this is KB Q186742": the paste opens Q186742). Pure.
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
};

export function matchFlows(flows: readonly Flow[], parsed: ParseResult): FlowMatch[] {
  const all = flows.flatMap((flow) => {
    const reading = readEvidence(flow, parsed);
    if (!reading.proposals.length && !reading.conflicts.length) return [];
    return [{ flow, reading, answers: Object.fromEntries(reading.proposals.map((p) => [p.question, p.option])) }];
  });
  const ids = new Set(all.map((m) => m.flow.id));
  // A guide is left out only when the paste settles it to such an outcome: not when it also holds an event this
  // guide reads differently (a conflict, as when a 7044 and a 7017 are pasted together).
  const kept = all.filter(
    (m) =>
      m.reading.conflicts.length > 0 ||
      !settledHandOvers(m.flow, m.answers).some((h) => h.flowId !== m.flow.id && ids.has(h.flowId)),
  );
  // Guides that hand over to each other for the same paste: none is preferred, so all are offered.
  return kept.length ? kept : all;
}
