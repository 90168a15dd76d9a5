/**
 * Test scores from the records of a practice run, and the exports (CSV, JSON,
 * plain text). A move done without a wrong action scores 100; each wrong
 * action before it takes 25 off (never below 0); a move given up scores 0.
 */
import type { MoveRecord } from './practice-machine';

export const PENALTY_PER_WRONG = 25;

export function moveScore(r: MoveRecord): number {
  if (r.how !== 'done') return 0;
  return Math.max(0, 100 - PENALTY_PER_WRONG * r.wrong);
}

export type ScoreRow = {
  readonly number: number;
  /** The instruction, as plain text. */
  readonly task: string;
  readonly wrong: number;
  readonly seconds: number;
  readonly how: MoveRecord['how'];
  readonly score: number;
};

export type ScoreReport = {
  readonly flowId: string;
  readonly stepId: string;
  readonly stepTitle: string;
  /** ISO date and time the test ended (given by the caller). */
  readonly finishedAt: string;
  readonly rows: readonly ScoreRow[];
  readonly overall: number;
  readonly wrongTotal: number;
  readonly firstTime: number;
  readonly seconds: number;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreReport(
  meta: { flowId: string; stepId: string; stepTitle: string; finishedAt: string },
  records: readonly MoveRecord[],
  taskOf: (index: number) => string,
): ScoreReport {
  const rows = records.map((r) => ({
    number: r.index + 1,
    task: taskOf(r.index),
    wrong: r.wrong,
    seconds: round1(r.ms / 1000),
    how: r.how,
    score: moveScore(r),
  }));
  const overall = rows.length ? Math.round(rows.reduce((s, r) => s + r.score, 0) / rows.length) : 0;
  return {
    ...meta,
    rows,
    overall,
    wrongTotal: rows.reduce((s, r) => s + r.wrong, 0),
    firstTime: rows.filter((r) => r.how === 'done' && r.wrong === 0).length,
    seconds: round1(records.reduce((s, r) => s + r.ms, 0) / 1000),
  };
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(r: ScoreReport): string {
  const lines = [
    ['flow', 'step', 'action', 'task', 'wrong actions', 'seconds', 'result', 'score'],
    ...r.rows.map((row) => [r.flowId, r.stepId, row.number, row.task, row.wrong, row.seconds, row.how, row.score]),
    [
      r.flowId,
      r.stepId,
      'overall',
      r.stepTitle,
      r.wrongTotal,
      r.seconds,
      `${r.firstTime}/${r.rows.length} first time`,
      r.overall,
    ],
  ];
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function reportJson(r: ScoreReport): string {
  return JSON.stringify({ kind: 'kb-wizard-test-result', version: 1, ...r }, null, 2) + '\n';
}

export function reportText(r: ScoreReport): string {
  const lines = [
    `Test: ${r.stepTitle} (${r.flowId} › ${r.stepId}), ${r.finishedAt}`,
    `Overall score: ${r.overall}% · wrong actions: ${r.wrongTotal} · right first time: ${r.firstTime} of ${r.rows.length} · time: ${r.seconds} s`,
    ...r.rows.map(
      (row) =>
        `${row.number}. ${row.task} — ${row.how === 'done' ? `${row.wrong} wrong` : 'given up'}, ${row.seconds} s, ${row.score}%`,
    ),
  ];
  return lines.join('\n') + '\n';
}
