/**
 * Everything collected in a session, as one plain structure, and the text
 * "Copy for ticket" puts on the clipboard (plain text that fits a ticket
 * field). The Markdown download is made from the same structure in
 * session-markdown.ts, which only the hand-over page loads. Pure: no clock,
 * no DOM.
 */
import type { Flow, OutcomeNode, StepNode } from '@/content/schema';
import { plainText } from '@/components/ui/rich-text';
import { assess } from '@/engine/evidence';
import { verdict } from '@/engine/verdict';
import { type Walk, walk as walkSession } from '@/engine/walk';
import { formatWhen } from '@/lib/format-when';
import { quoted } from '@/lib/quote';
import type { StoredSession } from '@/store';
import { kindAndTitle, levelLabel, outcomeKindLabel, sourceText } from '@/features/wizard/transcript';
import { assumedNodes, lastStart, pastedAnswers, pastedPairs } from '@/features/wizard/provenance';
import { ownName } from '@/features/wizard/case-name';

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
      /** Filled in from a pasted event (and not changed by hand since). */
      pasted?: boolean;
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
  /** The name the user gave the case, else its case note's first line (a ticket number, a caller), if any. */
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
  /**
   * Work and notes no longer on the case's path (an earlier answer was changed since): steps done or ticked,
   * and notes, as they were. The case keeps them, and they come back if the answer is changed back.
   */
  offPath: ReportLine[];
  /** The diagnosis reached on the way, with its KB reference and how the answers bear on it. */
  diagnosis?: { title: string; source: string; supporting: number; contradicting: number } & Sureness;
  /** Where the session ends or stands now (with how sure, when it is a cause outcome). */
  status: {
    finished: boolean;
    label: string;
    title: string;
    source?: string;
    /** A result's "What to check next": what the user was told to do. */
    next?: string[];
  } & Partial<Sureness>;
  sessionNote?: string;
  /** The events read from pasted Event Viewer text since the case (re)started, one line each, each once. */
  pastedEvents?: string[];
  /**
   * The parts of the case walked in other guides before this one (it was
   * handed over), oldest first, each a report of its own; `handedOver` is the
   * outcome that handed it over. Filled by case-report.ts, loaded only for such a case.
   */
  earlier?: (SessionReport & { handedOver: string })[];
};

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
  // When each answer was given: by hand, or by a pasted event (whichever came last).
  const answeredAt = new Map<string, number>();
  for (const entry of session.log)
    if (entry.type === 'answer' && entry.node) answeredAt.set(entry.node, entry.at);
    else if (entry.type === 'paste')
      for (const [question] of pastedPairs(entry.value)) answeredAt.set(question, entry.at);
  const pasted = pastedAnswers(flow, session.answers, session.log);
  const note = (id: string) => session.notes[id]?.text || undefined;
  // A case started at a later step (a link to it): what comes before that step was assumed, not done here.
  const start = lastStart(session.log);
  const startIndex = start?.type === 'start' && start.node ? w.path.findIndex((p) => p.node.id === start.node) : -1;
  const assumedIds = assumedNodes(
    w.path.map((p) => p.node.id),
    session.log,
  );
  const stepLine = (node: StepNode, done: boolean, at?: number): ReportLine => {
    const ticked = new Set(session.checks[node.id] ?? []);
    return {
      kind: 'step',
      id: node.id,
      title: plainText(node.title),
      done,
      items: (node.checklist ?? []).map((i) => ({ label: plainText(i.label), ticked: ticked.has(i.id) })),
      at,
      note: note(node.id),
    };
  };
  const lines: ReportLine[] = [];
  for (const p of w.path) {
    const node = p.node;
    const at = answeredAt.get(node.id);
    const assumed = assumedIds.includes(node.id) ? { assumed: true } : {};
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
        ...(pasted.has(node.id) ? { pasted: true } : {}),
      });
    } else if (node.kind === 'step') {
      lines.push({ ...stepLine(node, !!p.choice, p.choice ? at : undefined), ...assumed });
    } else {
      lines.push(outcomeLine(node, at, note(node.id)));
    }
  }
  // What was done or noted on nodes the path no longer passes (in the guide's order).
  const onPath = new Set(w.path.map((p) => p.node.id));
  const offPath: ReportLine[] = [];
  for (const node of flow.nodes) {
    if (onPath.has(node.id)) continue;
    const n = note(node.id);
    const recorded = session.answers[node.id];
    if (node.kind === 'step') {
      if (recorded !== undefined || session.checks[node.id]?.length || n)
        offPath.push(
          stepLine(node, recorded !== undefined, recorded !== undefined ? answeredAt.get(node.id) : undefined),
        );
    } else if (n) {
      if (node.kind === 'outcome') offPath.push(outcomeLine(node, undefined, n));
      else {
        const choice = node.options.find((o) => o.id === recorded);
        offPath.push({
          kind: 'answer',
          id: node.id,
          title: plainText(node.title),
          question: plainText(node.prompt),
          answer: choice ? plainText(choice.label) : '(not answered)',
          note: n,
        });
      }
    }
  }
  const diag = w.path.map((p) => p.node).find((n): n is OutcomeNode => n.kind === 'outcome' && n.type === 'diagnosis');
  const a = diag ? assess(flow, w, diag) : undefined;
  const sure = diag ? surenessOf(flow, w, diag) : undefined;
  const current = w.current;
  const currentSure = current.kind === 'outcome' ? surenessOf(flow, w, current) : undefined;
  const startedAtNode = startIndex > 0 ? w.path[startIndex]!.node : undefined;
  const since = start ? session.log.lastIndexOf(start) : 0;
  const pastedEvents = [...new Set(session.log.slice(since).flatMap((e) => (e.type === 'paste' && e.events) || []))];
  return {
    ...(ownName(session) ? { name: ownName(session) } : {}),
    kb: flow.kb.id,
    kbTitle: flow.kb.title,
    appliesTo: flow.kb.appliesTo,
    guide: flow.title,
    way: flow.entries.find((e) => e.id === session.entry)?.label ?? session.entry,
    ...(startedAtNode ? { startedAtStep: plainText(startedAtNode.title) } : {}),
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
    lines,
    offPath,
    ...(diag && a && sure
      ? {
          diagnosis: {
            title: plainText(diag.title),
            source: sourceText(diag.source),
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
            source: sourceText(current.source),
            ...(current.nextChecks?.length ? { next: current.nextChecks.map(plainText) } : {}),
            ...currentSure,
          }
        : { finished: false, label: 'Now at', title: plainText(current.title) },
    ...(session.sessionNote?.text ? { sessionNote: session.sessionNote.text } : {}),
    ...(pastedEvents.length ? { pastedEvents } : {}),
  };
}

function outcomeLine(node: OutcomeNode, at: number | undefined, note: string | undefined): ReportLine {
  return {
    kind: 'outcome',
    id: node.id,
    label: outcomeKindLabel(node.type),
    title: plainText(node.title),
    source: sourceText(node.source),
    at,
    note,
  };
}

/** When, in the app's one date and time format (src/lib/format-when.ts); '' when unknown. */
export function formatTime(at: number | undefined): string {
  return formatWhen(at);
}

/**
 * " (2:05 PM UTC)" after an answer or a step done on the day the case began (said in its times above), with the
 * date on any other day (a call-back): " (Dec 6, 2026, 9:10 AM UTC)".
 */
export function clock(at: number | undefined, day: number): string {
  const t = formatWhen(at, formatWhen(at, 'date') === formatWhen(day, 'date') ? 'time' : 'date-time');
  return t ? ` (${t})` : '';
}

/** "Which event: 7044", "Did it work? Yes": a question title that ends in its question mark takes no colon. */
export const titled = (title: string, answer: string): string => `${title}${title.endsWith('?') ? '' : ':'} ${answer}`;

/**
 * A title with its source, the article named once: "Event 7026 … (KB Q242184, Cause)", not "… (KB Q242184)
 * (KB Q242184, Cause)".
 */
export function cited(title: string, source: string | undefined): string {
  if (!source) return title;
  const own = ` (${source.split(',')[0]})`;
  return `${title.endsWith(own) ? title.slice(0, -own.length) : title} (${source})`;
}

/** What a line says when it was assumed, not done: after its answer or title. */
export const ASSUMED = ' (assumed: the case was started at a later step)';

/** What the lines of work no longer on the path are, in every form of the report (under "No longer on the path"). */
export const OFF_PATH =
  'An earlier answer was changed after these were done or noted; the case keeps them as they were, and they return if that answer is changed back.';

/** " (from the pasted event)" after an answer a pasted event gave. */
export const fromPaste = (l: ReportLine): string => (l.kind === 'answer' && l.pasted ? ' (from the pasted event)' : '');

/** The result line: its kind said once, how sure (when another cause than the diagnosis), its source once. */
export function resultText(r: SessionReport): string {
  return kindAndTitle(`${r.status.label}${statusLevel(r)}`, cited(r.status.title, r.status.source));
}

const indent = (text: string, prefix: string) =>
  text
    .split(/\r?\n/)
    .map((l) => `${prefix}${l}`)
    .join('\n');

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

/** Plain text for a ticket field. */
export function ticketText(r: SessionReport): string {
  const out: string[] = [];
  const when = (at: number | undefined) => clock(at, r.startedAt);
  const answer = (l: ReportLine & { kind: 'answer' }) => {
    out.push(`- ${titled(l.title, l.answer)}${fromPaste(l)}${l.assumed ? ASSUMED : when(l.at)}`);
    if (l.note) out.push(indent(`Note: ${l.note}`, '    '));
  };
  const step = (l: ReportLine & { kind: 'step' }) => {
    out.push(`[${l.done ? 'x' : ' '}] ${l.title}${l.assumed ? ASSUMED : l.done ? when(l.at) : ' (not finished)'}`);
    for (const i of l.items) out.push(`    [${i.ticked ? 'x' : ' '}] ${i.label}`);
    if (l.note) out.push(indent(`Note: ${l.note}`, '    '));
  };
  if (r.name) out.push(`Case: ${r.name}`);
  out.push(`KB ${r.kb}: ${r.kbTitle}`);
  out.push(`Applies to: ${r.appliesTo.join('; ')}`);
  out.push(`Started ${formatTime(r.startedAt)}, last change ${formatTime(r.updatedAt)} (${r.way})`);
  if (r.startedAtStep) out.push(`Started at the step ${quoted(r.startedAtStep)} (from a link to it)`);
  out.push('');
  const answers = r.lines.filter((l) => l.kind === 'answer');
  out.push('Answers:');
  if (!answers.length) out.push('- (none yet)');
  answers.forEach(answer);
  if (r.pastedEvents) out.push('', 'Events pasted from Event Viewer:', ...r.pastedEvents.map((e) => `- ${e}`));
  // At a result of its own (another cause, another article), the result below says what was found instead.
  const diagnosis = r.diagnosis
    ? `Diagnosis (${surenessText(r.diagnosis)}): ${cited(r.diagnosis.title, r.diagnosis.source)}; ${r.diagnosis.supporting} answers support it, ${r.diagnosis.contradicting} contradict it`
    : r.status.source
      ? ''
      : `Diagnosis: none reached yet (KB ${r.kb} not confirmed)`;
  const notes = outcomeNotes(r);
  const onTheWay = notes.onTheWay.map((l) => indent(`Note on ${quoted(l.title)}: ${l.note}`, '    '));
  if (diagnosis || onTheWay.length) out.push('', ...(diagnosis ? [diagnosis] : []), ...onTheWay);
  const steps = r.lines.filter((l) => l.kind === 'step');
  if (steps.length) {
    out.push('', 'Steps:');
    steps.forEach(step);
  }
  out.push('', r.status.finished ? `Result: ${resultText(r)}` : `Now at: ${cited(r.status.title, r.status.source)}`);
  if (notes.atResult) out.push(indent(`Note: ${notes.atResult.note}`, '    '));
  if (r.status.next) {
    out.push('What to check next:');
    for (const n of r.status.next) out.push(`- ${n}`);
  }
  if (r.offPath.length) {
    out.push('', `No longer on the path. ${OFF_PATH}`);
    for (const l of r.offPath)
      if (l.kind === 'step') step(l);
      else if (l.kind === 'answer') answer(l);
      else out.push(`- ${l.title}`, indent(`Note: ${l.note}`, '    '));
  }
  if (r.sessionNote) {
    out.push('');
    out.push('Case notes:');
    out.push(r.sessionNote);
  }
  return out.join('\n');
}

/** " (likely, not confirmed yet; …)" after a result that names a cause other than the diagnosis already reported. */
export function statusLevel(r: SessionReport): string {
  const { level, toSettle } = r.status;
  return level && r.status.title !== r.diagnosis?.title
    ? ` (${surenessText({ level, toSettle: toSettle ?? [] })})`
    : '';
}
