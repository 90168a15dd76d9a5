/**
 * A session's report as Markdown (the hand-over page's "Download Markdown"). A file of its own, beside
 * session-report.ts: no step page uses it, so a walk does not load it. Pure: no clock, no DOM.
 */
import {
  ASSUMED,
  OFF_PATH,
  type ReportLine,
  type SessionReport,
  cited,
  clock,
  formatTime,
  fromPaste,
  outcomeNotes,
  resultText,
  surenessText,
  titled,
} from './session-report';

/** Markdown special characters in user text, escaped so notes show as typed. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * One line of a note, shown as typed: its special characters escaped, its indentation kept as no-break spaces (four
 * spaces would start a code block), and a start that would make a list or a heading's underline escaped.
 */
function noteLine(line: string): string {
  return md(line)
    .replace(/^[ \t]+/, (lead) => lead.replaceAll('\t', '    ').replaceAll(' ', '\u00a0'))
    .replace(/^(\u00a0*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^(\u00a0*)([-+=])/, '$1\\$2');
}

/** A note as a Markdown quote, each line as typed. */
export const quote = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((l) => `> ${noteLine(l)}`)
    .join('\n');

export function markdown(r: SessionReport): string {
  const out: string[] = [];
  const when = (at: number | undefined) => clock(at, r.startedAt);
  const answer = (l: ReportLine & { kind: 'answer' }, n: string) => {
    out.push(
      `${n} **${md(titled(l.title, '').trimEnd())}** ${md(`${l.answer}${fromPaste(l)}`)}${l.assumed ? ASSUMED : when(l.at)}`,
    );
    if (l.note) out.push('', quote(l.note).replace(/^/gm, '   '), '');
  };
  const step = (l: ReportLine & { kind: 'step' }) => {
    out.push(
      `- [${l.done ? 'x' : ' '}] **${md(l.title)}**${l.assumed ? ASSUMED : l.done ? when(l.at) : ' (not finished)'}`,
    );
    for (const i of l.items) out.push(`  - [${i.ticked ? 'x' : ' '}] ${md(i.label)}`);
    if (l.note) out.push('', quote(l.note ?? '').replace(/^/gm, '  '), '');
  };
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
  answers.forEach((l, i) => answer(l, `${i + 1}.`));
  if (r.pastedEvents)
    out.push('', '### Events pasted from Event Viewer', '', ...r.pastedEvents.map((e) => `- ${md(e)}`));
  out.push('');
  out.push('## Diagnosis');
  out.push('');
  out.push(
    r.diagnosis
      ? `**${md(cited(r.diagnosis.title, r.diagnosis.source))}**, ${md(surenessText(r.diagnosis))}: ${r.diagnosis.supporting} answers support it, ${r.diagnosis.contradicting} contradict it.`
      : r.status.source
        ? `KB ${r.kb}'s cause was not reached: see the result below.`
        : `None reached yet: KB ${r.kb} is not confirmed.`,
  );
  const notes = outcomeNotes(r);
  for (const l of notes.onTheWay) out.push('', `Note on ${md(l.title)}:`, '', quote(l.note));
  const steps = r.lines.filter((l) => l.kind === 'step');
  if (steps.length) {
    out.push('', '## Steps', '');
    steps.forEach(step);
  }
  out.push('', '## Result', '');
  out.push(
    r.status.finished
      ? `**${md(resultText(r))}**`
      : `Not finished. Now at: **${md(cited(r.status.title, r.status.source))}**`,
  );
  if (notes.atResult) out.push('', 'Note:', '', quote(notes.atResult.note));
  if (r.status.next) out.push('', 'What to check next:', '', ...r.status.next.map((n) => `- ${md(n)}`));
  if (r.offPath.length) {
    out.push('', '## No longer on the path', '', md(OFF_PATH), '');
    for (const l of r.offPath)
      if (l.kind === 'step') step(l);
      else if (l.kind === 'answer') answer(l, '-');
      else out.push(`- **${md(l.title)}**`, '', quote(l.note ?? '').replace(/^/gm, '  '), '');
  }
  if (r.sessionNote) out.push('', '## Case notes', '', quote(r.sessionNote));
  return `${out.join('\n')}\n`;
}
