/**
 * The persisted shape of the wizard store, its version history and the one
 * function that turns whatever is in storage into valid state. Bad, foreign
 * or future data never crashes the app: it gives a clean start and a notice.
 */
import { type Infer, array, literal, number, object, optional, record, refine, safeParse, string } from '@/lib/shape';

import { WIZARD_STORE_VERSION } from './stored-format';

// Reading what another tab stored is merging it: both load with the validator, when there is stored data to read.
export { mergeData, pruneDeleted } from './merge-tabs';

const logEntry = object({
  at: number,
  type: literal(
    'start',
    'answer',
    'check',
    'uncheck',
    'restart',
    'back',
    'paste',
    'note',
    'import',
    'share',
    'handover',
  ),
  node: optional(string),
  value: optional(string),
  /** A `paste`: the events read from the pasted text, one line each with its words (describeEventWithWords), for the ticket. */
  events: optional(array(string)),
});

/** A free-text note and when it was last changed (v2). */
export const noteSchema = object({
  text: string,
  at: number,
});

/** The fields of one troubleshooting session: what a case holds, and what a hand-over file carries. */
const sessionProps = {
  /** The run's id: new when the case is started over, imported or opened from a link (statistics count runs). */
  id: string,
  flowId: string,
  revision: number,
  entry: string,
  answers: record(string, string),
  checks: record(string, array(string)),
  startedAt: number,
  updatedAt: number,
  log: array(logEntry),
  /** One note per node, by node id (v2). */
  notes: record(string, noteSchema),
  /** The note about the whole case (v2). */
  sessionNote: optional(noteSchema),
};

export const storedSessionSchema = object(sessionProps);

/**
 * A part of a case walked in another guide before it was handed over (an
 * outcome of that guide that another guide continues): its whole session, and
 * the outcome it was handed over from. The case's own fields are its last part.
 */
const { sessionNote: _caseNote, ...partProps } = sessionProps;
export const earlierPartSchema = object({ ...partProps, outcome: string });

/** A case id: what the address carries (`?case=`), so letters, digits, `-` and `_` only. */
export const CASE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const isCaseId = (value: string): boolean => CASE_ID_PATTERN.test(value);

/** One case (v3): a session plus how the user names and files it. */
export const storedCaseSchema = object({
  ...sessionProps,
  /** The name the user gave the case; without one it is named from its case note (see case-name.ts). */
  name: optional(string),
  /** When the case was closed (archived); absent while it is open. */
  closedAt: optional(number),
  /** The parts of the case walked in other guides before this one, oldest first (a hand-over). */
  earlier: optional(array(earlierPartSchema)),
});

const caseIdKey = refine(string, isCaseId);
const timesSchema = record(caseIdKey, number);

export const wizardDataSchema = object({
  /** Every case, by case id, open and closed. */
  cases: record(caseIdKey, storedCaseSchema),
  /** When each case was last written, by case id (v5): when two tabs wrote one case, the later copy wins. */
  written: timesSchema,
  /** The cases deleted and when, by case id (v5): a tab still holding one does not bring it back. See merge-tabs.ts. */
  deleted: timesSchema,
});

export type LogEntry = Infer<typeof logEntry>;
export type Note = Infer<typeof noteSchema>;
export type StoredSession = Infer<typeof storedSessionSchema>;
export type StoredCase = Infer<typeof storedCaseSchema>;
export type EarlierPart = Infer<typeof earlierPartSchema>;
export type WizardData = Infer<typeof wizardDataSchema>;

/**
 * One step per version: `migrations[n]` turns version n-1 data into version n.
 * Each step works on unknown input (it runs before validation), copies instead
 * of mutating, and leaves anything it does not recognise for the schema to
 * judge. A frozen sample of every old version is tested in migrations.test.ts.
 */
export const migrations: Record<number, (previous: unknown) => unknown> = {
  /** v1 → v2: sessions gain notes (none yet). */
  2: (previous) => {
    if (!isRecord(previous) || !isRecord(previous.sessions)) return previous;
    const sessions: Record<string, unknown> = {};
    for (const [key, session] of Object.entries(previous.sessions)) {
      if (key === '__proto__') continue;
      sessions[key] = isRecord(session) && !('notes' in session) ? { ...session, notes: {} } : session;
    }
    return { ...previous, sessions };
  },
  /**
   * v2 → v3: one session per flow becomes any number of cases. Each stored
   * session becomes an open case, under its own session id when that is a
   * usable case id (it always was: randomId), else under its old key (the
   * flow id), else a numbered one. Deterministic: no clock, no randomness.
   */
  3: (previous) => {
    if (!isRecord(previous) || !isRecord(previous.sessions)) return previous;
    const { sessions, ...rest } = previous;
    const cases: Record<string, unknown> = {};
    const free = (id: unknown): id is string => typeof id === 'string' && isCaseId(id) && !Object.hasOwn(cases, id);
    let n = 0;
    for (const [key, session] of Object.entries(sessions)) {
      if (key === '__proto__') continue;
      const own = isRecord(session) ? session.id : undefined;
      let id = free(own) ? own : free(key) ? key : undefined;
      while (id === undefined) {
        const numbered = `case-${++n}`;
        if (free(numbered)) id = numbered;
      }
      cases[id] = session;
    }
    return { ...rest, cases };
  },
  /**
   * v3 → v4: a case may hold its parts in earlier guides (`earlier`, a case
   * handed over between guides) and 'handover' history entries. Every v3 case
   * is a v4 case as it is; the version changes so that an older copy of the
   * app (a tab left open across an update) refuses this data instead of
   * dropping the parts it does not know and writing the rest back.
   */
  4: (previous) => previous,
  /**
   * v4 → v5: the stored cases gain the times they were written and the ids
   * of deleted cases, so that two tabs merge what they write (merge-tabs.ts).
   * Old cases count as written at time 0: any copy written since wins.
   */
  5: (previous) => (isRecord(previous) ? { written: {}, deleted: {}, ...previous } : previous),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type LoadNotice =
  | { kind: 'corrupt' }
  | { kind: 'invalid' }
  | { kind: 'future-version'; version: number }
  /** Some cases were readable and kept; the others were set aside. */
  | { kind: 'partial'; kept: number; dropped: number };

export type LoadResult =
  | { ok: true; data: WizardData; migratedFrom?: number; notice?: Extract<LoadNotice, { kind: 'partial' }> }
  | { ok: false; notice: LoadNotice };

export const EMPTY_DATA: WizardData = { cases: {}, written: {}, deleted: {} };

/** Parse the raw stored string (zustand's `{ state, version }` envelope). */
export function loadPersisted(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, data: EMPTY_DATA };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { ok: false, notice: { kind: 'corrupt' } };
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return { ok: false, notice: { kind: 'corrupt' } };
  }
  const { state, version } = envelope as { state?: unknown; version?: unknown };
  const from = typeof version === 'number' && Number.isInteger(version) ? version : 0;
  if (from > WIZARD_STORE_VERSION) return { ok: false, notice: { kind: 'future-version', version: from } };
  let migrated: unknown = state;
  try {
    for (let v = from + 1; v <= WIZARD_STORE_VERSION; v++) {
      const step = migrations[v];
      if (step) migrated = step(migrated);
    }
  } catch {
    return { ok: false, notice: { kind: 'invalid' } };
  }
  // The write times and deleted ids only help two tabs merge: when unreadable, they are left out, with no notice.
  if (isRecord(migrated))
    migrated = { ...migrated, written: times(migrated.written), deleted: times(migrated.deleted) };
  const parsed = safeParse(wizardDataSchema, migrated);
  const migratedFrom = from === WIZARD_STORE_VERSION ? {} : { migratedFrom: from };
  if (parsed.ok) return { ok: true, data: parsed.data, ...migratedFrom };
  const salvaged = salvage(migrated);
  if (!salvaged || salvaged.kept === 0) return { ok: false, notice: { kind: 'invalid' } };
  return {
    ok: true,
    data: salvaged.data,
    ...migratedFrom,
    notice: { kind: 'partial', kept: salvaged.kept, dropped: salvaged.dropped },
  };
}

/**
 * Keep what is still valid of data that fails the schema as a whole: each
 * case that parses on its own is kept (a case whose only fault is a bad
 * history entry keeps the rest of its history); the others are dropped.
 * The write times (of the cases kept) and deleted ids are kept.
 */
function salvage(state: unknown): { data: WizardData; kept: number; dropped: number } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const cases = (state as { cases?: unknown }).cases;
  if (typeof cases !== 'object' || cases === null || Array.isArray(cases)) return undefined;
  const kept: Record<string, StoredCase> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(cases)) {
    const one = key === '__proto__' || !isCaseId(key) ? undefined : parseCase(value);
    if (one) kept[key] = one;
    else dropped++;
  }
  const { written, deleted } = state as { written?: unknown; deleted?: unknown };
  const keptWritten = Object.fromEntries(Object.entries(times(written)).filter(([id]) => Object.hasOwn(kept, id)));
  return {
    data: { cases: kept, written: keptWritten, deleted: times(deleted) },
    kept: Object.keys(kept).length,
    dropped,
  };
}

/** Write or delete times by case id, or none when they do not read as such. */
function times(value: unknown): Record<string, number> {
  const parsed = safeParse(timesSchema, value);
  return parsed.ok ? parsed.data : {};
}

function parseCase(value: unknown): StoredCase | undefined {
  const whole = safeParse(storedCaseSchema, value);
  if (whole.ok) return whole.data;
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { log?: unknown }).log)) return undefined;
  const log = (value as { log: unknown[] }).log.flatMap((entry) => {
    const e = safeParse(logEntry, entry);
    return e.ok ? [e.data] : [];
  });
  const repaired = safeParse(storedCaseSchema, { ...value, log });
  return repaired.ok ? repaired.data : undefined;
}
