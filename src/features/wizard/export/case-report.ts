/**
 * The report of a case handed over between guides (it has earlier parts):
 * each guide's part in order, in the ticket text and the Markdown. Loaded
 * only for such a case, with the earlier guides' flows; a case in one guide
 * uses session-report.ts alone.
 */
import { plainText } from '@/components/ui/rich-text';
import { loadFlow } from '@/content/load-flow';
import type { Flow } from '@/content/schema';
import { handOver } from '@/engine/handover';
import { indexNodes } from '@/engine/graph';
import { quoted } from '@/lib/quote';
import type { EarlierPart, StoredSession } from '@/store';
import { carriedQuestions } from '@/features/wizard/provenance';

import { md, markdown, quote } from './session-markdown';
import { type SessionReport, buildReport, ticketText } from './session-report';

/** The guides of the case's earlier parts (those this app has). */
export async function loadEarlierFlows(parts: readonly EarlierPart[] | undefined): Promise<ReadonlyMap<string, Flow>> {
  const ids = [...new Set((parts ?? []).map((p) => p.flowId))];
  const flows = await Promise.all(ids.map((id) => loadFlow(id).catch(() => undefined)));
  return new Map(flows.flatMap((f) => (f ? [[f.id, f] as const] : [])));
}

/** The report of the whole case: this guide's part, with the earlier parts whose guide is given. */
export function buildCaseReport(
  flow: Flow,
  session: StoredSession & { name?: string; earlier?: readonly EarlierPart[] },
  earlierFlows: ReadonlyMap<string, Flow>,
): SessionReport {
  const parts = session.earlier ?? [];
  // The part before the i-th, with its guide (when this app has it): the part the i-th was handed over from.
  const before = (i: number) => {
    const part = parts[i - 1];
    const partFlow = part && earlierFlows.get(part.flowId);
    return part && partFlow ? { flow: partFlow, part } : undefined;
  };
  const earlier = parts.flatMap((part, i) => {
    const partFlow = earlierFlows.get(part.flowId);
    if (!partFlow) return [];
    const outcome = partFlow.nodes.find((n) => n.id === part.outcome);
    return [
      { ...partReport(partFlow, part, before(i)), handedOver: outcome ? plainText(outcome.title) : part.outcome },
    ];
  });
  const report = partReport(flow, session, before(parts.length));
  return earlier.length ? { ...report, earlier } : report;
}

/**
 * A part's report, each answer it came with from the guide before (`before`: the part it was handed over from)
 * saying so after the answer, as " (from the pasted event)" does: " (carried over from KB …)"; and each answer
 * that replaced one it came with, what that was: " (changed from “…”, carried over from KB …)", so the parts of the
 * ticket never contradict each other unexplained. In the ticket text, the Markdown and the print view.
 */
function partReport(
  flow: Flow,
  part: StoredSession & { name?: string },
  before: { flow: Flow; part: EarlierPart } | undefined,
): SessionReport {
  const report = buildReport(flow, part);
  const carried = carriedQuestions(part.answers, part.log);
  // What the hand-over gave, recomputed as it was made (engine/handover.ts): the part before, through `carry`.
  const handed = (before && handOver(before.flow, before.part, before.part.outcome, flow)?.answers) ?? {};
  const from = `carried over from ${before ? `KB ${before.flow.kb.id}` : 'the guide before'}`;
  const nodes = indexNodes(flow);
  const label = (q: string, o: string | undefined) => {
    const node = nodes.get(q);
    const option = node?.kind === 'question' ? node.options.find((x) => x.id === o) : undefined;
    return option && plainText(option.label);
  };
  const lines = report.lines.map((l) => {
    if (l.kind !== 'answer') return l;
    if (carried.includes(l.id)) return { ...l, answer: `${l.answer} (${from})` };
    const was = label(l.id, handed[l.id]);
    return was && handed[l.id] !== part.answers[l.id] && label(l.id, part.answers[l.id])
      ? { ...l, answer: `${l.answer} (changed from ${quoted(was)}, ${from})` }
      : l;
  });
  return { ...report, lines };
}

type Part = SessionReport & { handedOver?: string };
const partsOf = (r: SessionReport): Part[] => [...(r.earlier ?? []), r];
/** A part as a report of its own: the case's name and notes are said once, for the whole case. */
const alone = ({ name: _n, sessionNote: _s, earlier: _e, ...part }: Part): SessionReport => part;
const guides = (parts: Part[]) =>
  `This case went through ${parts.length} guides: ${parts.map((p) => `KB ${p.kb}`).join(', then ')}.`;

/** Plain text for a ticket field: each guide's part in order. */
export function caseTicketText(r: SessionReport): string {
  const parts = partsOf(r);
  if (parts.length === 1) return ticketText(r);
  const out: string[] = [];
  if (r.name) out.push(`Case: ${r.name}`);
  out.push(guides(parts));
  parts.forEach((p, i) => {
    out.push('', `=== Part ${i + 1} of ${parts.length}, KB ${p.kb} ===`, ticketText(alone(p)));
    if (p.handedOver) out.push('', `Continued in KB ${parts[i + 1]!.kb} from: ${p.handedOver}`);
  });
  if (r.sessionNote) out.push('', 'Case notes:', r.sessionNote);
  return out.join('\n');
}

/** Markdown: each guide's part in order, its headings one level down. */
export function caseMarkdown(r: SessionReport): string {
  const parts = partsOf(r);
  if (parts.length === 1) return markdown(r);
  const out: string[] = [`# Case${r.name ? `: ${md(r.name)}` : ''}`, '', guides(parts)];
  parts.forEach((p, i) => {
    const text = markdown(alone(p))
      .trimEnd()
      .replace(/^(#+) /gm, '#$1 ')
      .replace(/^## KB /, `## Part ${i + 1} of ${parts.length}, KB `);
    out.push('', text);
    if (p.handedOver) out.push('', `**Continued in KB ${parts[i + 1]!.kb} from:** ${p.handedOver}`);
  });
  if (r.sessionNote) out.push('', '## Case notes', '', quote(r.sessionNote));
  return `${out.join('\n')}\n`;
}

/** The ticket text of a stored case, with its earlier parts when it has any (for "Copy for ticket"). */
export async function caseTicketTextOf(
  flow: Flow,
  stored: StoredSession & { name?: string; earlier?: readonly EarlierPart[] },
): Promise<string> {
  return caseTicketText(buildCaseReport(flow, stored, await loadEarlierFlows(stored.earlier)));
}
