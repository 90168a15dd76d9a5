/**
 * The class's test results, per learner, kept in this browser under their
 * own key (apart from the helpdesk's cases and statistics): each Test me of a
 * step, each test of the whole fix, each diagnosis quiz. A learner's name is
 * optional and remembered for the next test. Reading never throws: data that
 * cannot be read counts as none. The summary and the CSV are pure functions.
 */
import { safeStorage } from '@/lib/safe-storage';
import { type Infer, array, literal, number, object, safeParse, string } from '@/lib/shape';

export const CLASS_RESULTS_KEY = 'kb-wizard:class-results';
const VERSION = 1;
/** Oldest results are dropped beyond this many, so storage never fills up. */
export const CLASS_RESULTS_MAX = 2_000;
export const LEARNER_MAX = 80;
/** The id of the step "test the whole fix" runs (see whole-fix.ts). */
export const WHOLE_FIX_ID = 'whole-fix';

/** In the whole fix, an action's id: its step's id and its own (so that each is unique across the steps). */
export const wholeFixActionId = (stepId: string, actionId: string) => `${stepId}--${actionId}`;

/**
 * The whole fix's parts, for its results: the position of each step among its steps, by the actions' ids (the steps'
 * titles are the whole step's intro, in the same order).
 */
export function wholeFixPart(actionIds: readonly string[], actionId: string): number {
  const steps = [...new Set(actionIds.map((id) => id.split('--')[0]))];
  return steps.indexOf(actionId.split('--')[0]);
}

const resultSchema = object({
  id: string,
  /** The learner's name as typed; empty when none was given. */
  learner: string,
  kind: literal('step', 'fix', 'quiz'),
  flowId: string,
  /** What was tested: the step's title, "The whole fix", "Diagnosis quiz". */
  title: string,
  /** ISO date and time the test ended. */
  finishedAt: string,
  /** 0–100. */
  score: number,
  /** Actions right first time, or cases diagnosed right. */
  right: number,
  total: number,
  /** Wrong actions, or wrong answers. */
  wrong: number,
  seconds: number,
});

const storedSchema = object({
  version: literal(VERSION),
  learner: string,
  results: array(resultSchema),
});

export type ClassResult = Infer<typeof resultSchema>;
type Stored = Infer<typeof storedSchema>;

const EMPTY: Stored = { version: VERSION, learner: '', results: [] };
const listeners = new Set<() => void>();
let cache: { raw: string | null; data: Stored } = { raw: null, data: EMPTY };

function read(): Stored {
  const raw = safeStorage.get(CLASS_RESULTS_KEY);
  if (raw === cache.raw) return cache.data;
  let data = EMPTY;
  if (raw !== null) {
    try {
      const parsed = safeParse(storedSchema, JSON.parse(raw));
      if (parsed.ok) data = parsed.data;
    } catch {
      /* unreadable: none */
    }
  }
  cache = { raw, data };
  return data;
}

function write(data: Stored): void {
  const kept = data.results.length > CLASS_RESULTS_MAX ? data.results.slice(-CLASS_RESULTS_MAX) : data.results;
  safeStorage.set(CLASS_RESULTS_KEY, JSON.stringify({ ...data, results: kept }));
  listeners.forEach((l) => l());
}

export function cleanLearner(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, LEARNER_MAX);
}

/** Every result, oldest first. */
export function readClassResults(): readonly ClassResult[] {
  return read().results;
}

/** The name the last learner gave in this browser. */
export function currentLearner(): string {
  return read().learner;
}

export function setLearner(name: string): void {
  const data = read();
  const learner = cleanLearner(name);
  if (learner !== data.learner) write({ ...data, learner });
}

/** Save a result (replacing one with the same id, so saving twice is harmless). */
export function saveClassResult(result: ClassResult): void {
  const data = read();
  const clean = { ...result, learner: cleanLearner(result.learner) };
  write({ ...data, results: [...data.results.filter((r) => r.id !== result.id), clean] });
}

/** Put a result under another learner's name (the name was typed after the test). */
export function renameClassResult(id: string, learner: string): void {
  const data = read();
  if (!data.results.some((r) => r.id === id)) return;
  write({ ...data, results: data.results.map((r) => (r.id === id ? { ...r, learner: cleanLearner(learner) } : r)) });
}

/** Forget every result and the learner's name (between classes). */
export function clearClassResults(): void {
  safeStorage.remove(CLASS_RESULTS_KEY);
  listeners.forEach((l) => l());
}

/** Put back results as they were stored (undoing a reset). */
export function restoreClassResults(raw: string | null): void {
  if (raw === null) safeStorage.remove(CLASS_RESULTS_KEY);
  else safeStorage.set(CLASS_RESULTS_KEY, raw);
  listeners.forEach((l) => l());
}

/** The results as stored, to put back later. */
export function storedClassResults(): string | null {
  return safeStorage.get(CLASS_RESULTS_KEY);
}

export function subscribeClassResults(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === CLASS_RESULTS_KEY || e.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const UNNAMED = '(no name given)';

export type LearnerSummary = {
  readonly learner: string;
  readonly tests: number;
  /** The average score over all their results. */
  readonly average: number;
  /** The latest score of each kind, when they took one. */
  readonly lastStep?: number;
  readonly lastFix?: number;
  readonly lastQuiz?: number;
  readonly lastAt: string;
};

/** One line per learner (names compared without regard to case), by name; results without a name last. */
export function summarise(results: readonly ClassResult[]): LearnerSummary[] {
  const groups = new Map<string, ClassResult[]>();
  for (const r of results) {
    const key = r.learner.toLocaleLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const last = (rs: ClassResult[], kind: ClassResult['kind']) => rs.filter((r) => r.kind === kind).at(-1)?.score;
  return [...groups.values()]
    .map((rs) => {
      const sorted = [...rs].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
      const step = last(sorted, 'step');
      const fix = last(sorted, 'fix');
      const quiz = last(sorted, 'quiz');
      return {
        learner: sorted.at(-1)!.learner || UNNAMED,
        tests: rs.length,
        average: Math.round(rs.reduce((s, r) => s + r.score, 0) / rs.length),
        ...(step !== undefined ? { lastStep: step } : {}),
        ...(fix !== undefined ? { lastFix: fix } : {}),
        ...(quiz !== undefined ? { lastQuiz: quiz } : {}),
        lastAt: sorted.at(-1)!.finishedAt,
      };
    })
    .sort(
      (a, b) => Number(a.learner === UNNAMED) - Number(b.learner === UNNAMED) || a.learner.localeCompare(b.learner),
    );
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

const KIND_NAMES: Readonly<Record<ClassResult['kind'], string>> = {
  step: 'Test me (one step)',
  fix: 'Test of the whole fix',
  quiz: 'Diagnosis quiz',
};

/** Every result, one row each, by learner then time. */
export function resultsCsv(results: readonly ClassResult[]): string {
  const sorted = [...results].sort(
    (a, b) => a.learner.localeCompare(b.learner) || a.finishedAt.localeCompare(b.finishedAt),
  );
  return csv([
    ['learner', 'test', 'flow', 'what', 'finished at', 'score %', 'right', 'out of', 'wrong', 'seconds'],
    ...sorted.map((r) => [
      r.learner || UNNAMED,
      KIND_NAMES[r.kind],
      r.flowId,
      r.title,
      r.finishedAt,
      r.score,
      r.right,
      r.total,
      r.wrong,
      r.seconds,
    ]),
  ]);
}

/** The summary, one row per learner. */
export function summaryCsv(results: readonly ClassResult[]): string {
  const blank = (n: number | undefined) => (n === undefined ? '' : n);
  return csv([
    [
      'learner',
      'tests taken',
      'average score %',
      'last step test %',
      'last whole-fix test %',
      'last quiz %',
      'last test at',
    ],
    ...summarise(results).map((s) => [
      s.learner,
      s.tests,
      s.average,
      blank(s.lastStep),
      blank(s.lastFix),
      blank(s.lastQuiz),
      s.lastAt,
    ]),
  ]);
}
