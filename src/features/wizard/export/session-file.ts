/**
 * The hand-over file: a case as versioned JSON that this app (here or on
 * another machine) can open again, as a new case. Reading is strict
 * (src/lib/shape.ts), bounded, and never throws: every problem becomes a
 * sentence the user can act on.
 */
import type { Flow } from '@/content/schema';
import { choicesOf, indexNodes } from '@/engine/graph';
import { type Infer, type Path, literal, number, object, safeParse, string } from '@/lib/shape';
import { plural } from '@/lib/quote';
import { type EarlierPart, NOTE_MAX, type StoredCase, type StoredSession, storedCaseSchema } from '@/store';

export const SESSION_FILE_FORMAT = 'kb-wizard-session';
export const SESSION_FILE_VERSION = 1;
/** Far above any real session file. */
export const SESSION_FILE_MAX_BYTES = 1_000_000;

const fileSchema = object({
  format: literal(SESSION_FILE_FORMAT),
  version: literal(SESSION_FILE_VERSION),
  exportedAt: string,
  flow: object({ id: string, revision: number, kb: string }),
  /** The case: its session, and its name when it has one (a closed case opens as an open one). */
  session: storedCaseSchema,
});

export type SessionFile = Infer<typeof fileSchema>;

export function sessionFileJson(
  flow: Flow,
  session: StoredSession & { name?: string; earlier?: EarlierPart[] },
  now: number,
): string {
  const { closedAt: _closed, ...open } = session as StoredCase;
  const file: SessionFile = {
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    flow: { id: flow.id, revision: flow.revision, kb: flow.kb.id },
    session: open,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; flow: Flow; session: StoredSession & { name?: string; earlier?: EarlierPart[] }; dropped: number }
  | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

/** What is wrong with a file that fails its check, in words (never a field name). */
function damage(path: Path): string {
  const [top, field] = path;
  if (top === 'exportedAt') return 'the date it was saved cannot be read';
  if (top === 'flow') return 'the guide it belongs to cannot be read';
  if (top !== 'session' || field === undefined) return 'the case in it is missing';
  switch (field) {
    case 'answers':
      return 'its answers cannot be read';
    case 'checks':
      return 'its ticks cannot be read';
    case 'notes':
    case 'sessionNote':
      return 'its notes cannot be read';
    case 'log':
      return 'its history cannot be read';
    case 'startedAt':
    case 'updatedAt':
      return 'its times cannot be read';
    case 'name':
      return 'its name cannot be read';
    default:
      return 'the details of its case cannot be read';
  }
}

/** "2 answers or ticks in the file no longer fit this guide and were left out." */
export function droppedText(dropped: number): string {
  return `${plural(dropped, 'answer or tick', 'answers or ticks')} in the file no longer ${dropped === 1 ? 'fits' : 'fit'} this guide and ${dropped === 1 ? 'was' : 'were'} left out.`;
}

/**
 * Read a hand-over file's text. Answers and ticks that no longer fit the
 * guide (it changed since the file was saved) are left out and counted.
 */
export function readSessionFile(text: string, flows: readonly Flow[]): ImportResult {
  if (text.length > SESSION_FILE_MAX_BYTES)
    return fail('This file is too large to be a saved case (over 1 MB), so it was not opened.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(
      'This file is not a saved case: it is not valid JSON. Choose the .json file saved with “Download JSON”.',
    );
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SESSION_FILE_FORMAT) {
    return fail('This JSON file was not saved by the KB Wizard. Choose the .json file saved with “Download JSON”.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SESSION_FILE_VERSION) {
    return fail(
      `This file was saved by a newer version of the KB Wizard (file format ${version}). Open it there, or update this copy of the app.`,
    );
  }
  const parsed = safeParse(fileSchema, json);
  if (!parsed.ok) {
    return fail(
      `This hand-over file is damaged: ${damage(parsed.path)}. It was not opened, and your cases are unchanged.`,
    );
  }
  const { closedAt: _closed, earlier: allEarlier, ...session } = parsed.data.session;
  // The parts of the case walked in other guides (a hand-over), for the guides this app has.
  const earlier = allEarlier?.filter((p) => flows.some((f) => f.id === p.flowId));
  const flow = flows.find((f) => f.id === parsed.data.flow.id && f.id === session.flowId);
  if (!flow) return fail(`This case is for a guide this app does not have (“${parsed.data.flow.id}”).`);

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
      ...(session.sessionNote
        ? { sessionNote: { ...session.sessionNote, text: session.sessionNote.text.slice(0, NOTE_MAX) } }
        : {}),
      log: session.log.slice(-2_000),
      ...(earlier?.length ? { earlier } : {}),
    },
  };
}

/**
 * A file name such as "Q255888-case-INC-4711-2026-11-25-1405.json": the case's name when it has one, and the date and
 * time on this computer's clock, as the app shows every time (a file saved late in the evening carries that day).
 */
export function exportFileName(flow: Flow, now: number, ext: 'json' | 'md', name?: string): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
  const slug = (name ?? '')
    .normalize('NFKD')
    // "Jörg" as "Jorg": the accents NFKD split off are dropped, not made into dashes.
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${flow.kb.id}-case-${slug ? `${slug}-` : ''}${stamp}.${ext}`;
}
