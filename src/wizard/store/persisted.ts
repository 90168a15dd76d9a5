/**
 * The persisted shape of the wizard store, its version history and the one
 * function that turns whatever is in storage into valid state. Bad, foreign
 * or future data never crashes the app: it gives a clean start and a notice.
 */
import { type Infer, array, literal, number, object, optional, record, safeParse, string } from '@/lib/shape';

import { NOTE_MAX, WIZARD_STORE_KEY, WIZARD_STORE_VERSION } from './persisted-meta';

export { NOTE_MAX, WIZARD_STORE_KEY, WIZARD_STORE_VERSION };

const logEntry = object({
  at: number,
  type: literal('start', 'answer', 'check', 'uncheck', 'restart', 'back', 'paste', 'note', 'import', 'share'),
  node: optional(string),
  value: optional(string),
});

/** A free-text note and when it was last changed (v2). */
export const noteSchema = object({
  text: string,
  at: number,
});


export const storedSessionSchema = object({
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
  /** The note about the whole session (v2). */
  sessionNote: optional(noteSchema),
});

export const wizardDataSchema = object({
  sessions: record(string, storedSessionSchema),
});

export type LogEntry = Infer<typeof logEntry>;
export type Note = Infer<typeof noteSchema>;
export type StoredSession = Infer<typeof storedSessionSchema>;
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
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type LoadNotice =
  | { kind: 'corrupt' }
  | { kind: 'invalid' }
  | { kind: 'future-version'; version: number }
  /** Some sessions were readable and kept; the others were set aside. */
  | { kind: 'partial'; kept: number; dropped: number };

export type LoadResult =
  | { ok: true; data: WizardData; migratedFrom?: number; notice?: Extract<LoadNotice, { kind: 'partial' }> }
  | { ok: false; notice: LoadNotice };

export const EMPTY_DATA: WizardData = { sessions: {} };

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
 * session that parses on its own is kept (a session whose only fault is a bad
 * history entry keeps the rest of its history); the others are dropped.
 */
function salvage(state: unknown): { data: WizardData; kept: number; dropped: number } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const sessions = (state as { sessions?: unknown }).sessions;
  if (typeof sessions !== 'object' || sessions === null || Array.isArray(sessions)) return undefined;
  const kept: Record<string, StoredSession> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(sessions)) {
    const session = key === '__proto__' ? undefined : parseSession(value);
    if (session) kept[key] = session;
    else dropped++;
  }
  return { data: { sessions: kept }, kept: Object.keys(kept).length, dropped };
}

function parseSession(value: unknown): StoredSession | undefined {
  const whole = safeParse(storedSessionSchema, value);
  if (whole.ok) return whole.data;
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { log?: unknown }).log)) return undefined;
  const log = ((value as { log: unknown[] }).log).flatMap((entry) => {
    const e = safeParse(logEntry, entry);
    return e.ok ? [e.data] : [];
  });
  const repaired = safeParse(storedSessionSchema, { ...value, log });
  return repaired.ok ? repaired.data : undefined;
}
