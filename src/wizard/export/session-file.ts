/**
 * The hand-over file: a session as versioned JSON that this app (here or on
 * another machine) can open again. Reading is strict (src/lib/shape.ts), bounded, and
 * never throws: every problem becomes a sentence the user can act on.
 */
import type { Flow } from '@/content/schema';
import { choicesOf, indexNodes } from '@/engine/graph';
import { type Infer, literal, number, object, safeParse, string } from '@/lib/shape';
import { NOTE_MAX, type StoredSession, storedSessionSchema } from '@/wizard/store/persisted';

export const SESSION_FILE_FORMAT = 'kb-wizard-session';
export const SESSION_FILE_VERSION = 1;
/** Far above any real session file. */
export const SESSION_FILE_MAX_BYTES = 1_000_000;

const fileSchema = object({
  format: literal(SESSION_FILE_FORMAT),
  version: literal(SESSION_FILE_VERSION),
  exportedAt: string,
  flow: object({ id: string, revision: number, kb: string }),
  session: storedSessionSchema,
});

export type SessionFile = Infer<typeof fileSchema>;

export function sessionFileJson(flow: Flow, session: StoredSession, now: number): string {
  const file: SessionFile = {
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    flow: { id: flow.id, revision: flow.revision, kb: flow.kb.id },
    session,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; flow: Flow; session: StoredSession; dropped: number }
  | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

/**
 * Read a hand-over file's text. Answers and ticks that no longer fit the
 * guide (it changed since the file was saved) are left out and counted.
 */
export function readSessionFile(text: string, flows: readonly Flow[]): ImportResult {
  if (text.length > SESSION_FILE_MAX_BYTES) return fail('This file is too large to be a saved session (over 1 MB), so it was not opened.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('This file is not a saved session: it is not valid JSON. Choose the .json file saved with “Download JSON”.');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SESSION_FILE_FORMAT) {
    return fail('This JSON file was not saved by the KB Wizard. Choose the .json file saved with “Download JSON”.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SESSION_FILE_VERSION) {
    return fail(`This file was saved by a newer version of the KB Wizard (file format ${version}). Open it there, or update this copy of the app.`);
  }
  const parsed = safeParse(fileSchema, json);
  if (!parsed.ok) {
    const where = parsed.path.join('.') || 'the file';
    return fail(`This session file is damaged (at ${where}), so it was not opened. Your current session is unchanged.`);
  }
  const { session } = parsed.data;
  const flow = flows.find((f) => f.id === parsed.data.flow.id && f.id === session.flowId);
  if (!flow) return fail(`This session is for a guide this app does not have (“${parsed.data.flow.id}”).`);

  const nodes = indexNodes(flow);
  let dropped = 0;
  const answers: Record<string, string> = {};
  for (const [id, choice] of Object.entries(session.answers)) {
    const node = nodes.get(id);
    if (node && choicesOf(node).some((c) => c.id === choice)) answers[id] = choice;
    else dropped++;
  }
  const checks: Record<string, string[]> = {};
  for (const [id, items] of Object.entries(session.checks)) {
    const node = nodes.get(id);
    const list = node?.kind === 'step' ? (node.checklist ?? []).map((i) => i.id) : [];
    const kept = list.filter((i) => items.includes(i));
    dropped += new Set(items).size - kept.length;
    if (kept.length) checks[id] = kept;
  }
  const notes = Object.fromEntries(
    Object.entries(session.notes)
      .filter(([id, n]) => nodes.has(id) && n.text)
      .map(([id, n]) => [id, { text: n.text.slice(0, NOTE_MAX), at: n.at }]),
  );
  const entry = flow.entries.some((e) => e.id === session.entry) ? session.entry : flow.entries[0]!.id;
  return {
    ok: true,
    flow,
    dropped,
    session: {
      ...session,
      entry,
      answers,
      checks,
      notes,
      ...(session.sessionNote ? { sessionNote: { ...session.sessionNote, text: session.sessionNote.text.slice(0, NOTE_MAX) } } : {}),
      log: session.log.slice(-2_000),
    },
  };
}

/** A file name such as "Q255888-session-2026-11-25-1405.json". */
export function exportFileName(flow: Flow, now: number, ext: 'json' | 'md'): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:T]/g, (c) => (c === 'T' ? '-' : c === ':' ? '' : '-'));
  return `${flow.kb.id}-session-${stamp}.${ext}`;
}
