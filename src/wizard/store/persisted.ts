/**
 * The persisted shape of the wizard store, its version history and the one
 * function that turns whatever is in storage into valid state. Bad, foreign
 * or future data never crashes the app: it gives a clean start and a notice.
 */
import * as z from 'zod/mini';

export const WIZARD_STORE_KEY = 'kb-wizard';
export const WIZARD_STORE_VERSION = 1;

const logEntry = z.object({
  at: z.number(),
  type: z.enum(['start', 'answer', 'check', 'uncheck', 'restart', 'back', 'paste', 'note']),
  node: z.optional(z.string()),
  value: z.optional(z.string()),
});

export const storedSessionSchema = z.object({
  id: z.string(),
  flowId: z.string(),
  revision: z.number(),
  entry: z.string(),
  answers: z.record(z.string(), z.string()),
  checks: z.record(z.string(), z.array(z.string())),
  startedAt: z.number(),
  updatedAt: z.number(),
  log: z.array(logEntry),
});

export const wizardDataSchema = z.object({
  sessions: z.record(z.string(), storedSessionSchema),
});

export type LogEntry = z.infer<typeof logEntry>;
export type StoredSession = z.infer<typeof storedSessionSchema>;
export type WizardData = z.infer<typeof wizardDataSchema>;

/**
 * One step per version: `migrations[n]` turns version n-1 data into version n.
 * Version 1 is the first release, so the table is empty; the machinery runs
 * (and is tested) before the first real migration is needed.
 */
export const migrations: Record<number, (previous: unknown) => unknown> = {};

export type LoadNotice =
  | { kind: 'corrupt' }
  | { kind: 'invalid' }
  | { kind: 'future-version'; version: number };

export type LoadResult =
  | { ok: true; data: WizardData; migratedFrom?: number }
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
  const parsed = wizardDataSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, notice: { kind: 'invalid' } };
  return from === WIZARD_STORE_VERSION
    ? { ok: true, data: parsed.data }
    : { ok: true, data: parsed.data, migratedFrom: from };
}
