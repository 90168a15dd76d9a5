/**
 * Plain-text summary of a session: what was asked and answered, what was
 * ticked, and where it ended. Pure: the caller passes the clock's reading.
 */
import type { Flow } from '@/content/schema';
import { assess, ruledOutBy } from '@/engine/evidence';
import type { Session } from '@/engine/session';
import type { Walk } from '@/engine/walk';

const strip = (text: string) => text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');

const OUTCOME_KIND: Record<string, string> = {
  diagnosis: 'Diagnosis',
  'not-this': 'Probably not this article',
  'other-cause': 'Other known cause',
  'not-applicable': 'Article does not apply',
  resolved: 'Resolved',
  escalate: 'Escalation',
};

export function outcomeKindLabel(type: string): string {
  return OUTCOME_KIND[type] ?? type;
}

export function buildTranscript(flow: Flow, session: Session, w: Walk, now?: Date): string {
  const lines: string[] = [];
  lines.push(`KB ${flow.kb.id}: ${flow.kb.title}`);
  lines.push(`Guide: ${flow.title}`);
  if (now) lines.push(`Summary made: ${now.toISOString()}`);
  lines.push('');
  lines.push('Answers and steps:');
  let n = 0;
  for (const p of w.path) {
    if (!p.choice) continue;
    const node = p.node;
    if (node.kind === 'question') {
      lines.push(`${++n}. ${strip(node.prompt)}`);
      lines.push(`   Answer: ${strip(p.choice.label ?? p.choice.id)}`);
    } else if (node.kind === 'step') {
      lines.push(`${++n}. Done: ${strip(node.title)}`);
      for (const item of node.checklist ?? []) {
        const ticked = session.checks[node.id]?.includes(item.id);
        lines.push(`   [${ticked ? 'x' : ' '}] ${strip(item.label)}`);
      }
    } else {
      lines.push(`${++n}. ${outcomeKindLabel(node.type)}: ${strip(node.title)}`);
    }
  }
  if (n === 0) lines.push('(nothing answered yet)');
  const current = w.current;
  lines.push('');
  if (current.kind === 'outcome') {
    lines.push(`Result: ${outcomeKindLabel(current.type)}: ${strip(current.title)}`);
    lines.push(`Source: KB ${current.source.ref}, ${current.source.section}`);
    const ruled = ruledOutBy(flow, w, current);
    for (const f of ruled) lines.push(`Ruled out by: "${strip(f.answer?.label ?? '')}" (${strip(f.question.title)})`);
  } else {
    lines.push(`Current step: ${strip(current.title)}`);
    const diag = w.outcome;
    if (diag) {
      const a = assess(flow, w, diag);
      lines.push(`Diagnosis so far: ${strip(diag.title)} (${a.supporting.length} supporting, ${a.contradicting.length} contradicting)`);
    }
  }
  return lines.join('\n');
}
