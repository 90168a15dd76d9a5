/**
 * Everything collected in a session, as one plain structure, and the two
 * text forms made from it: "Copy for ticket" (plain text that fits a ticket
 * field) and Markdown. Pure: no clock, no DOM.
 */
import type { Flow, OutcomeNode } from '@/content/schema';
import { plainText } from '@/components/ui/rich-text';
import { assess } from '@/engine/evidence';
import { verdict } from '@/engine/verdict';
import { type Walk, walk as walkSession } from '@/engine/walk';
import { formatWhen } from '@/lib/format-when';
import { quoted } from '@/lib/quote';
import type { StoredSession } from '@/store';
import { levelLabel, outcomeKindLabel } from '@/features/wizard/transcript';

/** `assumed`: given when the case was started at a later step, not answered or done in it. */
export type ReportLine =
  | {
      kind: 'answer';
      id: string;
      title: string;
      question: string;
      answer: string;
      at?: number;
      note?: string;
      assumed?: boolean;
    }
  | {
      kind: 'step';
      id: string;
      title: string;
      done: boolean;
      items: { label: string; ticked: boolean }[];
      at?: number;
      note?: string;
      assumed?: boolean;
    }
  | {
      kind: 'outcome';
      id: string;
      label: string;
      title: string;
      source: string;
      at?: number;
      note?: string;
      assumed?: boolean;
    };

export type SessionReport = {
  /** The name the user gave the case, if any. */
  name?: string;
  kb: string;
  kbTitle: string;
  appliesTo: readonly string[];
  guide: string;
  way: string;
  /** The step the case was started at, when it was started from a link to a later step. */
  startedAtStep?: string;
  startedAt: number;
  updatedAt: number;
  lines: ReportLine[];
  /** The diagnosis reached on the way, with its KB reference and how the answers bear on it. */
  diagnosis?: { title: string; source: string; supporting: number; contradicting: number } & Sureness;
  /** Where the session ends or stands now (with how sure, when it is a cause outcome). */
  status: { finished: boolean; label: string; title: string; source?: string } & Partial<Sureness>;
  sessionNote?: string;
  /**
   * The parts of the case walked in other guides before this one (it was
   * handed over), oldest first, each a report of its own; `handedOver` is the
   * outcome that handed it over. Filled by case-report.ts, loaded only for such a case.
   */
  earlier?: (SessionReport & { handedOver: string })[];
};

function sourceText(node: OutcomeNode): string {
  return `KB ${node.source.ref}, ${node.source.section}`;
}

/** How sure a cause outcome is (src/engine/verdict.ts), in words, and what would settle it. */
export type Sureness = {
  /** "Confirmed", "Likely" or "Possible". */
  level: string;
  /** The questions whose answers would settle it (empty when confirmed). */
  toSettle: string[];
};

function surenessOf(flow: Flow, w: Walk, node: OutcomeNode): Sureness | undefined {
  const v = verdict(flow, w, node);
  return v ? { level: levelLabel(v.level), toSettle: v.toSettle.map((c) => plainText(c.question.title)) } : undefined;
}

/** "likely, not confirmed yet; would settle it: A; B" */
export function surenessText(s: Sureness): string {
  const level = s.level.toLowerCase();
  return s.toSettle.length ? `${level}, not confirmed yet; would settle it: ${s.toSettle.join('; ')}` : level;
}

export function buildReport(flow: Flow, session: StoredSession & { name?: string }): SessionReport {
  const w = walkSession(flow, session);
  const answeredAt = new Map<string, number>();
  for (const entry of session.log) if (entry.type === 'answer' && entry.node) answeredAt.set(entry.node, entry.at);
  const note = (id: string) => session.notes[id]?.text || undefined;
  // A case started at a later step (a link to it): what comes before that step was assumed, not done here.
  const start = [...session.log].reverse().find((e) => e.type === 'start' || e.type === 'restart');
  const startIndex = start?.type === 'start' && start.node ? w.path.findIndex((p) => p.node.id === start.node) : -1;
  const lines: ReportLine[] = [];
  for (const [index, p] of w.path.entries()) {
    const node = p.node;
    const at = answeredAt.get(node.id);
    const assumed = index < startIndex && !answeredAt.has(node.id) ? { assumed: true } : {};
    if (node.kind === 'question') {
      if (!p.choice) {
        const n = note(node.id);
        if (n)
          lines.push({
            kind: 'answer',
            id: node.id,
            title: plainText(node.title),
            question: plainText(node.prompt),
            answer: '(not answered yet)',
            note: n,
          });
        continue;
      }
      lines.push({
        kind: 'answer',
        id: node.id,
        title: plainText(node.title),
        question: plainText(node.prompt),
        answer: plainText(p.choice.label ?? p.choice.id),
        at,
        note: note(node.id),
        ...assumed,
      });
    } else if (node.kind === 'step') {
      const ticked = new Set(session.checks[node.id] ?? []);
      lines.push({
        kind: 'step',
        id: node.id,
        title: plainText(node.title),
        done: !!p.choice,
        items: (node.checklist ?? []).map((i) => ({ label: plainText(i.label), ticked: ticked.has(i.id) })),
        at: p.choice ? at : undefined,
        note: note(node.id),
        ...assumed,
      });
    } else {
      lines.push({
        kind: 'outcome',
        id: node.id,
        label: outcomeKindLabel(node.type),
        title: plainText(node.title),
        source: sourceText(node),
        at,
        note: note(node.id),
      });
    }
  }
  const diag = w.path.map((p) => p.node).find((n): n is OutcomeNode => n.kind === 'outcome' && n.type === 'diagnosis');
  const a = diag ? assess(flow, w, diag) : undefined;
  const sure = diag ? surenessOf(flow, w, diag) : undefined;
  const current = w.current;
  const currentSure = current.kind === 'outcome' ? surenessOf(flow, w, current) : undefined;
  const startedAtNode = startIndex > 0 ? w.path[startIndex]!.node : undefined;
  return {
    ...(session.name ? { name: session.name } : {}),
    kb: flow.kb.id,
    kbTitle: flow.kb.title,
    appliesTo: flow.kb.appliesTo,
    guide: flow.title,
    way: flow.entries.find((e) => e.id === session.entry)?.label ?? session.entry,
    ...(startedAtNode ? { startedAtStep: plainText(startedAtNode.title) } : {}),
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
    lines,
    ...(diag && a && sure
      ? {
          diagnosis: {
            title: plainText(diag.title),
            source: sourceText(diag),
            supporting: a.supporting.length,
            contradicting: a.contradicting.length,
            ...sure,
          },
        }
      : {}),
    status:
      current.kind === 'outcome'
        ? {
            finished: w.finished,
            label: outcomeKindLabel(current.type),
            title: plainText(current.title),
            source: sourceText(current),
            ...currentSure,
          }
        : { finished: false, label: 'Now at', title: plainText(current.title) },
    ...(session.sessionNote?.text ? { sessionNote: session.sessionNote.text } : {}),
  };
}

/** When, in the app's one date and time format (src/lib/format-when.ts); '' when unknown. */
export function formatTime(at: number | undefined): string {
  return formatWhen(at);
}

/** " (2:05 PM UTC)" after an answer or a step: the day is in the case's times above it. */
const clock = (at: number | undefined) => {
  const t = formatWhen(at, 'time');
  return t ? ` (${t})` : '';
};

/** What a line says when it was assumed, not done: after its answer or title. */
const ASSUMED = ' (assumed: the case was started at a later step)';

const indent = (text: string, prefix: string) =>
  text
    .split(/\r?\n/)
    .map((l) => `${prefix}${l}`)
    .join('\n');

/** Plain text for a ticket field. */
export function ticketText(r: SessionReport): string {
  const out: string[] = [];
  if (r.name) out.push(`Case: ${r.name}`);
  out.push(`KB ${r.kb}: ${r.kbTitle}`);
  out.push(`Applies to: ${r.appliesTo.join('; ')}`);
  out.push(`Started ${formatTime(r.startedAt)}, last change ${formatTime(r.updatedAt)} (${r.way})`);
  if (r.startedAtStep) out.push(`Started at the step ${quoted(r.startedAtStep)} (from a link to it)`);
  out.push('');
  const answers = r.lines.filter((l) => l.kind === 'answer');
  out.push('Answers:');
  if (!answers.length) out.push('- (none yet)');
  for (const l of answers) {
    out.push(`- ${l.title}: ${l.answer}${l.assumed ? ASSUMED : clock(l.at)}`);
    if (l.note) out.push(indent(`Note: ${l.note}`, '    '));
  }
  out.push('');
  if (r.diagnosis) {
    out.push(
      `Diagnosis (${surenessText(r.diagnosis)}): ${r.diagnosis.title} (${r.diagnosis.source}); ${r.diagnosis.supporting} answers support it, ${r.diagnosis.contradicting} contradict it`,
    );
  } else out.push(`Diagnosis: none reached yet (KB ${r.kb} not confirmed)`);
  for (const l of r.lines)
    if (l.kind === 'outcome' && l.note) out.push(indent(`Note on ${quoted(l.title)}: ${l.note}`, '    '));
  const steps = r.lines.filter((l) => l.kind === 'step');
  if (steps.length) {
    out.push('');
    out.push('Steps:');
    for (const l of steps) {
      out.push(`[${l.done ? 'x' : ' '}] ${l.title}${l.assumed ? ASSUMED : l.done ? clock(l.at) : ' (not finished)'}`);
      for (const i of l.items) out.push(`    [${i.ticked ? 'x' : ' '}] ${i.label}`);
      if (l.note) out.push(indent(`Note: ${l.note}`, '    '));
    }
  }
  out.push('');
  out.push(
    r.status.finished
      ? `Result: ${r.status.label}${statusLevel(r)}: ${r.status.title}${r.status.source ? ` (${r.status.source})` : ''}`
      : `Now at: ${r.status.title}`,
  );
  if (r.sessionNote) {
    out.push('');
    out.push('Case notes:');
    out.push(r.sessionNote);
  }
  return out.join('\n');
}

/** " (likely, not confirmed yet; …)" after a result that names a cause other than the diagnosis already reported. */
function statusLevel(r: SessionReport): string {
  const { level, toSettle } = r.status;
  return level && r.status.title !== r.diagnosis?.title
    ? ` (${surenessText({ level, toSettle: toSettle ?? [] })})`
    : '';
}

/** Markdown special characters in user text, escaped so notes show as typed. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => `> ${md(l)}`)
    .join('\n');

export function markdown(r: SessionReport): string {
  const out: string[] = [];
  out.push(`# KB ${r.kb}: ${md(r.kbTitle)}`);
  out.push('');
  if (r.name) out.push(`- **Case:** ${md(r.name)}`);
  out.push(`- **Guide:** ${md(r.guide)}`);
  out.push(`- **Applies to:** ${md(r.appliesTo.join('; '))}`);
  out.push(`- **Way in:** ${md(r.way)}`);
  if (r.startedAtStep) out.push(`- **Started at the step:** ${md(r.startedAtStep)} (from a link to it)`);
  out.push(`- **Started:** ${formatTime(r.startedAt)}`);
  out.push(`- **Last change:** ${formatTime(r.updatedAt)}`);
  out.push('');
  out.push('## Answers');
  out.push('');
  const answers = r.lines.filter((l) => l.kind === 'answer');
  if (!answers.length) out.push('_None yet._');
  answers.forEach((l, i) => {
    out.push(`${i + 1}. **${md(l.title)}:** ${md(l.answer)}${l.assumed ? ASSUMED : clock(l.at)}`);
    if (l.note) out.push('', quote(l.note).replace(/^/gm, '   '), '');
  });
  out.push('');
  out.push('## Diagnosis');
  out.push('');
  out.push(
    r.diagnosis
      ? `**${md(r.diagnosis.title)}** (${r.diagnosis.source}), ${md(surenessText(r.diagnosis))}: ${r.diagnosis.supporting} answers support it, ${r.diagnosis.contradicting} contradict it.`
      : `None reached yet: KB ${r.kb} is not confirmed.`,
  );
  for (const l of r.lines)
    if (l.kind === 'outcome' && l.note) out.push('', `Note on ${md(l.title)}:`, '', quote(l.note));
  const steps = r.lines.filter((l) => l.kind === 'step');
  if (steps.length) {
    out.push('', '## Steps', '');
    for (const l of steps) {
      out.push(
        `- [${l.done ? 'x' : ' '}] **${md(l.title)}**${l.assumed ? ASSUMED : l.done ? clock(l.at) : ' (not finished)'}`,
      );
      for (const i of l.items) out.push(`  - [${i.ticked ? 'x' : ' '}] ${md(i.label)}`);
      if (l.note) out.push('', quote(l.note).replace(/^/gm, '  '), '');
    }
  }
  out.push('', '## Result', '');
  out.push(
    r.status.finished
      ? `**${md(r.status.label)}${md(statusLevel(r))}:** ${md(r.status.title)}${r.status.source ? ` (${r.status.source})` : ''}`
      : `Not finished. Now at: **${md(r.status.title)}**`,
  );
  if (r.sessionNote) out.push('', '## Case notes', '', quote(r.sessionNote));
  return `${out.join('\n')}\n`;
}
