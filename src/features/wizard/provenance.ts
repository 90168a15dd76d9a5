/**
 * Which answers came from a pasted event, derived from the session log (the
 * store records pasted answers as `paste` entries, "question=option, …").
 * An answer counts as pasted while it still holds the pasted option and no
 * later hand-given answer replaced it. And which came with a case handed
 * over from another guide (carried). Pure.
 */
import type { Flow } from '@/content/schema';

type LogLike = { readonly type: string; readonly node?: string; readonly value?: string };

/** The question and option pairs of a `paste` log entry's value, as store/paste-answers.ts writes it. */
export function pastedPairs(value: string | undefined): [question: string, option: string][] {
  return (value ?? '').split(',').flatMap((pair) => {
    const [q, o] = pair.split('=').map((s) => s.trim());
    return q && o ? [[q, o] as [string, string]] : [];
  });
}

/** Question id → what the paste was recognised as (the evidence rule's label). */
export function pastedAnswers(
  flow: Flow,
  answers: Readonly<Record<string, string>>,
  log: readonly LogLike[] | undefined,
): Map<string, string> {
  const fromPaste = new Map<string, string>();
  for (const entry of log ?? []) {
    if (entry.type === 'start' || entry.type === 'restart') fromPaste.clear();
    else if (entry.type === 'answer' && entry.node) fromPaste.delete(entry.node);
    else if (entry.type === 'paste') for (const [q, o] of pastedPairs(entry.value)) fromPaste.set(q, o);
  }
  const out = new Map<string, string>();
  for (const [question, option] of fromPaste) {
    if (answers[question] !== option) continue;
    // The rule that gave this answer and agrees with every other answer it gives.
    const rule =
      (flow.evidenceRules ?? []).find(
        (r) => r.answers[question] === option && Object.entries(r.answers).every(([q, o]) => answers[q] === o),
      ) ?? (flow.evidenceRules ?? []).find((r) => r.answers[question] === option);
    out.set(question, rule ? rule.label : 'the pasted text');
  }
  return out;
}

/**
 * The questions whose answers a case handed over from another guide came with and holds still: a handed-over case
 * begins its log with a `handover` entry and the answers carried (store/hand-over-case.ts), so those are the
 * answers no later entry gave again, by hand or by a paste. (Back takes an answer out of the case; starting over
 * begins a new log. A case opened from its share link begins with the `handover` entry too, and the link's own
 * `share` entry names the answers it gave as this guide's, "question=option, …": pages/shared-page.tsx.)
 */
export function carriedQuestions(answers: Readonly<Record<string, string>>, log: readonly LogLike[] = []): string[] {
  const [first, ...later] = log;
  return first?.type === 'handover'
    ? Object.keys(answers).filter(
        (q) => !later.some((e) => e.node === q || pastedPairs(e.value).some(([p]) => p === q)),
      )
    : [];
}

/** The log's last `start` or `restart` entry: where the case, as it stands, began. */
export const lastStart = <T extends LogLike>(log: readonly T[]): T | undefined =>
  [...log].reverse().find((e) => e.type === 'start' || e.type === 'restart');

/**
 * The nodes a case started at a later step (a link to it) took as given: those before the step it was started at,
 * on its path (`path`, node ids in order), that no later entry answered, by hand or by a paste. Empty for a case
 * started at the beginning, or started over since.
 */
export function assumedNodes(path: readonly string[], log: readonly LogLike[] = []): string[] {
  const start = lastStart(log);
  const at = start?.type === 'start' && start.node ? path.indexOf(start.node) : -1;
  return path
    .slice(0, Math.max(0, at))
    .filter(
      (id) =>
        !log.some((e) =>
          e.type === 'paste' ? pastedPairs(e.value).some(([q]) => q === id) : e.type === 'answer' && e.node === id,
        ),
    );
}
