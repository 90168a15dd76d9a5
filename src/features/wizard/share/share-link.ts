/**
 * A whole case in a URL fragment (which browsers never send to a server):
 * the way in, every answer and tick, and the notes only when the user asks.
 * A case handed over between guides travels whole: its parts in the guides
 * before this one too (format 2), and which of its answers came with it from
 * the guide before (format 3), so the case it opens does not ask them again.
 *
 * Bytes, then base64url:
 *   [0]    format version: 1, or 2 when earlier parts follow, or 3 when carried
 *          answers follow them too (a link is written in the oldest format that
 *          holds it: a case in one guide stays format 1, which every version of
 *          the app reads; an app that reads format 2 only says a format 3 link
 *          is newer than it, rather than opening the case without its marks)
 *   [1-2]  fingerprint of the flow's nodes and choices (a link only fits the
 *          content it was made from: indexes below point into it)
 *   [3]    entry index
 *   [4]    answer count n, then n × (node index, choice index)
 *   [..]   ticked-step count m, then m × (node index, bitmask bytes of its checklist)
 *   [..]   formats 2 and 3: earlier part count k, then k × (2-byte length, then the part:
 *          flow id length and ASCII id, that flow's fingerprint, the index of the
 *          outcome it was handed over from, then entry, answers and ticks as above,
 *          indexed into that flow); the length lets a part whose guide this app
 *          does not have (or has in another edition) be left out alone
 *   [..]   format 3 only: carried count c (at least 1), then c × node index: the
 *          questions answered above whose answers came with the case from the
 *          last earlier part and were not given again since (each once, each
 *          answered above); a reader leaves them out with that part when
 *          it leaves the part out (their answers stay, as answers of this guide)
 *   [..]   flags (bit 0: notes follow)
 *   [..]   notes: deflate-raw of UTF-8 JSON { s?: case note, c?: the case's name, n?: { nodeIndex: text },
 *          e?: per earlier part, { nodeIndex: text } } (a reader that does not know a key passes over it)
 *   [-2..] CRC-16 of everything before it
 *
 * Decoding never throws: every failure is a ShareError the page can explain,
 * and the decoded result is checked again (src/lib/shape.ts) and against the flow.
 */
import type { Flow } from '@/content/schema';
import { choicesOf } from '@/engine/graph';
import { array, object, optional, record, refine, safeParse, string } from '@/lib/shape';
import { NAME_MAX, NOTE_MAX } from '@/store';

import { crc16, deflate, fromBase64Url, inflate, toBase64Url } from './bytes';

/** The newest format this app reads and writes (see above: it writes the oldest that holds the case). */
export const SHARE_FORMAT_VERSION = 3;
/** Longest fragment accepted: far above any real session with notes, far below harm. */
export const SHARE_MAX_LENGTH = 60_000;
const NOTES_MAX_BYTES = 400_000;

/** A part of a case walked in another guide before it was handed over to this one. */
export type SharedPart = {
  flowId: string;
  /** The outcome of that guide the case was handed over from. */
  outcome: string;
  entry: string;
  answers: Record<string, string>;
  checks: Record<string, string[]>;
  notes: Record<string, string>;
};

export type SharedSession = {
  entry: string;
  answers: Record<string, string>;
  checks: Record<string, string[]>;
  notes: Record<string, string>;
  sessionNote?: string;
  /** The name given to the case (it often holds a ticket number or the caller's name, so it travels with the notes). */
  name?: string;
  /** The case's parts in earlier guides, oldest first (a case handed over between guides). */
  earlier?: SharedPart[];
  /**
   * The questions of this guide whose answers came with the case from its last earlier part and were not given
   * again here (carriedQuestions, features/wizard/provenance.ts): the case a link opens does not ask them again.
   */
  carried?: string[];
};

/** The flow of an earlier part, by id (undefined: this app does not have it). */
export type FlowLoader = (flowId: string) => Promise<Flow | undefined>;

export type ShareError =
  | { code: 'empty' }
  | { code: 'too-long' }
  | { code: 'not-a-link' }
  | { code: 'damaged' }
  | { code: 'newer-version'; version: number }
  | { code: 'other-content' };

/** `dropped`: earlier parts left out, their guide missing here or in another edition. */
export type ShareResult = { ok: true; session: SharedSession; dropped: number } | { ok: false; error: ShareError };

/** At most this many earlier parts in a link (a case handed on and on). */
const PARTS_MAX = 8;
/** A flow id as a link carries it (ASCII, one byte per character). */
const FLOW_ID = /^[a-z0-9-]{1,64}$/;

const noteText = refine(string, (text) => text.length <= NOTE_MAX);
const nameText = refine(string, (text) => text.length <= NAME_MAX);

const sharedSchema = object({
  entry: refine(string, (id) => id.length >= 1),
  answers: record(string, string),
  checks: record(string, array(string)),
  notes: record(string, noteText),
  sessionNote: optional(noteText),
  name: optional(nameText),
  carried: optional(array(string)),
});

const partSchema = object({
  flowId: refine(string, (id) => FLOW_ID.test(id)),
  outcome: string,
  entry: refine(string, (id) => id.length >= 1),
  answers: record(string, string),
  checks: record(string, array(string)),
  notes: record(string, noteText),
});

const nodeNotes = record(
  refine(string, (key) => /^\d{1,3}$/.test(key)),
  noteText,
);
const notesSchema = object({
  s: optional(noteText),
  c: optional(nameText),
  n: optional(nodeNotes),
  e: optional(array(nodeNotes)),
});

/** 16-bit fingerprint of the flow's id, node ids and choice ids, in order. */
export function flowFingerprint(flow: Flow): number {
  const text = [
    flow.id,
    ...flow.nodes.map(
      (n) =>
        `${n.id}:${choicesOf(n)
          .map((c) => c.id)
          .join(',')}:${n.kind === 'step' ? (n.checklist ?? []).map((i) => i.id).join(',') : ''}`,
    ),
  ].join('|');
  return crc16(new TextEncoder().encode(text));
}

function checklistOf(flow: Flow, index: number): string[] {
  const node = flow.nodes[index];
  return node?.kind === 'step' ? (node.checklist ?? []).map((i) => i.id) : [];
}

const nodeIndex = (flow: Flow) => new Map(flow.nodes.map((n, i) => [n.id, i]));

/** An answer as a link holds it, (node index, choice index); undefined when it cannot (not this flow's, or past 255). */
function answerBytes(flow: Flow, index: Map<string, number>, nodeId: string, choiceId: string | undefined) {
  const i = index.get(nodeId);
  if (i === undefined || i > 255 || choiceId === undefined) return undefined;
  const c = choicesOf(flow.nodes[i]!).findIndex((ch) => ch.id === choiceId);
  return c < 0 || c > 255 ? undefined : [i, c];
}

/** Entry, answers and ticks, indexed into the flow's nodes. */
function partBytes(flow: Flow, part: Pick<SharedSession, 'entry' | 'answers' | 'checks'>): number[] {
  const index = nodeIndex(flow);
  const out: number[] = [
    Math.max(
      0,
      flow.entries.findIndex((e) => e.id === part.entry),
    ),
  ];
  const answers: number[] = [];
  for (const [nodeId, choiceId] of Object.entries(part.answers))
    answers.push(...(answerBytes(flow, index, nodeId, choiceId) ?? []));
  out.push(answers.length / 2, ...answers);

  const checks: number[] = [];
  let steps = 0;
  for (const [nodeId, items] of Object.entries(part.checks)) {
    const i = index.get(nodeId);
    if (i === undefined || i > 255) continue;
    const list = checklistOf(flow, i);
    const mask = new Array<number>(Math.ceil(list.length / 8)).fill(0);
    for (const item of items) {
      const k = list.indexOf(item);
      if (k >= 0) mask[k >> 3]! |= 1 << (k & 7);
    }
    if (mask.every((b) => b === 0)) continue;
    checks.push(i, ...mask);
    steps++;
  }
  out.push(steps, ...checks);
  return out;
}

/** A part's notes by node index (only nodes the flow has, only notes with text). */
function notesByIndex(flow: Flow, notes: Record<string, string>): Record<string, string> {
  const index = nodeIndex(flow);
  return Object.fromEntries(
    Object.entries(notes).flatMap(([id, text]) => (text && index.has(id) ? [[String(index.get(id)), text]] : [])),
  );
}

/**
 * The link's fragment. `earlierFlows` holds the guides of the session's
 * earlier parts; a part whose guide is not there is left out of the link.
 */
export async function encodeShare(
  flow: Flow,
  session: SharedSession,
  includeNotes: boolean,
  earlierFlows: ReadonlyMap<string, Flow> = new Map(),
): Promise<string> {
  const parts = (session.earlier ?? [])
    .flatMap((part) => {
      const partFlow = earlierFlows.get(part.flowId);
      const outcome = partFlow?.nodes.findIndex((n) => n.id === part.outcome) ?? -1;
      return partFlow && FLOW_ID.test(part.flowId) && outcome >= 0 && outcome <= 255
        ? [{ part, partFlow, outcome }]
        : [];
    })
    .slice(-PARTS_MAX);
  // The carried answers (node indexes), of those the link holds; only with the part they came from.
  const index = nodeIndex(flow);
  const carried = parts.length
    ? [...new Set(session.carried)].flatMap(
        (id) => answerBytes(flow, index, id, session.answers[id])?.slice(0, 1) ?? [],
      )
    : [];
  const fp = flowFingerprint(flow);
  const out: number[] = [carried.length ? 3 : parts.length ? 2 : 1, fp >> 8, fp & 0xff, ...partBytes(flow, session)];
  if (parts.length) {
    out.push(parts.length);
    for (const { part, partFlow, outcome } of parts) {
      const pfp = flowFingerprint(partFlow);
      const bytes = [
        part.flowId.length,
        ...[...part.flowId].map((ch) => ch.charCodeAt(0)),
        pfp >> 8,
        pfp & 0xff,
        outcome,
        ...partBytes(partFlow, part),
      ];
      out.push(bytes.length >> 8, bytes.length & 0xff, ...bytes);
    }
  }
  if (carried.length) out.push(carried.length, ...carried);

  const ownNotes = notesByIndex(flow, session.notes);
  const partNotes = parts.map(({ part, partFlow }) => notesByIndex(partFlow, part.notes));
  const anyPartNotes = partNotes.some((n) => Object.keys(n).length > 0);
  const withNotes =
    includeNotes && (Object.keys(ownNotes).length > 0 || !!session.sessionNote || !!session.name || anyPartNotes);
  out.push(withNotes ? 1 : 0);
  let bytes = Uint8Array.from(out);
  if (withNotes) {
    const payload = {
      ...(session.sessionNote ? { s: session.sessionNote } : {}),
      ...(session.name ? { c: session.name } : {}),
      ...(Object.keys(ownNotes).length ? { n: ownNotes } : {}),
      ...(anyPartNotes ? { e: partNotes } : {}),
    };
    const packed = await deflate(new TextEncoder().encode(JSON.stringify(payload)));
    const joined = new Uint8Array(bytes.length + packed.length);
    joined.set(bytes);
    joined.set(packed, bytes.length);
    bytes = joined;
  }
  const crc = crc16(bytes);
  const final = new Uint8Array(bytes.length + 2);
  final.set(bytes);
  final[bytes.length] = crc >> 8;
  final[bytes.length + 1] = crc & 0xff;
  return toBase64Url(final);
}

const fail = (error: ShareError): ShareResult => ({ ok: false, error });

/**
 * Read a fragment (with or without its leading '#'). `loadFlow` gives the
 * guides of a handed-over case's earlier parts (format 2).
 */
export async function decodeShare(
  flow: Flow,
  fragment: string,
  loadFlow: FlowLoader = async () => undefined,
): Promise<ShareResult> {
  try {
    return await decode(flow, fragment, loadFlow);
  } catch {
    return fail({ code: 'damaged' });
  }
}

type Reader = () => number;
/** Reads bytes from `body`, from `at`; throws past its end (the caller turns that into "damaged"). */
function reader(body: Uint8Array, from = 0): Reader & { at: () => number } {
  let at = from;
  const next = (): number => {
    if (at >= body.length) throw new RangeError('short');
    return body[at++]!;
  };
  return Object.assign(next, { at: () => at });
}

/** Entry, answers and ticks of `flow` (see partBytes); undefined when they do not fit it. */
function readPart(flow: Flow, next: Reader): Pick<SharedSession, 'entry' | 'answers' | 'checks'> | undefined {
  const entry = flow.entries[next()];
  if (!entry) return undefined;

  const answers: Record<string, string> = {};
  for (let n = next(); n > 0; n--) {
    const node = flow.nodes[next()];
    const choice = node ? choicesOf(node)[next()] : undefined;
    if (!node || !choice || Object.hasOwn(answers, node.id)) return undefined;
    answers[node.id] = choice.id;
  }

  const checks: Record<string, string[]> = {};
  for (let n = next(); n > 0; n--) {
    const i = next();
    const node = flow.nodes[i];
    const list = checklistOf(flow, i);
    if (!node || !list.length || Object.hasOwn(checks, node.id)) return undefined;
    const items: string[] = [];
    for (let b = 0; b < Math.ceil(list.length / 8); b++) {
      const mask = next();
      for (let k = 0; k < 8; k++) {
        if (!(mask & (1 << k))) continue;
        const item = list[b * 8 + k];
        if (!item) return undefined;
        items.push(item);
      }
    }
    if (!items.length) return undefined;
    checks[node.id] = items;
  }
  return { entry: entry.id, answers, checks };
}

/** Notes by node index back to notes by node id; undefined when an index is not a node of the flow. */
function notesOf(flow: Flow, byIndex: Record<string, string> | undefined): Record<string, string> | undefined {
  const notes: Record<string, string> = {};
  for (const [key, value] of Object.entries(byIndex ?? {})) {
    const node = flow.nodes[Number(key)];
    if (!node) return undefined;
    if (value) notes[node.id] = value;
  }
  return notes;
}

/**
 * An earlier part (format 2), read from its own bytes: undefined when its
 * guide is not here or is another edition (the part is left out), 'damaged'
 * when the bytes cannot be a part.
 */
async function readEarlier(
  bytes: Uint8Array,
  loadFlow: FlowLoader,
): Promise<{ flow: Flow; part: Omit<SharedPart, 'notes'> } | undefined | 'damaged'> {
  const next = reader(bytes);
  const length = next();
  let id = '';
  for (let i = 0; i < length; i++) id += String.fromCharCode(next());
  if (!FLOW_ID.test(id)) return 'damaged';
  const fp = (next() << 8) | next();
  const outcomeIndex = next();
  const partFlow = await loadFlow(id).catch(() => undefined);
  if (!partFlow || partFlow.id !== id || flowFingerprint(partFlow) !== fp) return undefined;
  const outcome = partFlow.nodes[outcomeIndex];
  const part = readPart(partFlow, next);
  if (outcome?.kind !== 'outcome' || !part || next.at() !== bytes.length) return 'damaged';
  return { flow: partFlow, part: { flowId: id, outcome: outcome.id, ...part } };
}

async function decode(flow: Flow, fragment: string, loadFlow: FlowLoader): Promise<ShareResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text) return fail({ code: 'empty' });
  if (text.length > SHARE_MAX_LENGTH) return fail({ code: 'too-long' });
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 9) return fail({ code: 'not-a-link' });
  const body = bytes.subarray(0, bytes.length - 2);
  const crc = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (crc16(body) !== crc) return fail({ code: 'damaged' });
  const version = body[0]!;
  if (version > SHARE_FORMAT_VERSION) return fail({ code: 'newer-version', version });
  if (version < 1) return fail({ code: 'damaged' });
  if (((body[1]! << 8) | body[2]!) !== flowFingerprint(flow)) return fail({ code: 'other-content' });

  const next = reader(body, 3);
  const own = readPart(flow, next);
  if (!own) return fail({ code: 'damaged' });

  // Formats 2 and 3: the case's parts in earlier guides. Each is kept in the link's order, `undefined` where left out.
  const parts: ({ flow: Flow; part: Omit<SharedPart, 'notes'> } | undefined)[] = [];
  if (version >= 2) {
    const count = next();
    if (count < 1 || count > PARTS_MAX) return fail({ code: 'damaged' });
    for (let k = 0; k < count; k++) {
      const length = (next() << 8) | next();
      const start = next.at();
      if (start + length > body.length) return fail({ code: 'damaged' });
      const read = await readEarlier(body.subarray(start, start + length), loadFlow);
      if (read === 'damaged') return fail({ code: 'damaged' });
      parts.push(read);
      for (let i = 0; i < length; i++) next();
    }
  }
  // Format 3: which answers above came with the case from its last earlier part, each once.
  const carried: string[] = [];
  if (version === 3) {
    const count = next();
    if (count < 1) return fail({ code: 'damaged' });
    for (let k = 0; k < count; k++) {
      const id = flow.nodes[next()]?.id;
      if (!id || !Object.hasOwn(own.answers, id) || carried.includes(id)) return fail({ code: 'damaged' });
      carried.push(id);
    }
    // Left out with the part they came from (its guide is not here): plain answers then.
    if (!parts.at(-1)) carried.length = 0;
  }

  const flags = next();
  if (flags > 1) return fail({ code: 'damaged' });
  let notes: Record<string, string> | undefined = {};
  let sessionNote: string | undefined;
  let name: string | undefined;
  let partNotes: Record<string, string>[] = [];
  if (flags === 1) {
    const packed = body.subarray(next.at());
    const raw = await inflate(packed, NOTES_MAX_BYTES);
    if (!raw) return fail({ code: 'damaged' });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return fail({ code: 'damaged' });
    }
    const parsed = safeParse(notesSchema, json);
    if (!parsed.ok || (parsed.data.e && parsed.data.e.length !== parts.length)) return fail({ code: 'damaged' });
    notes = notesOf(flow, parsed.data.n);
    if (!notes) return fail({ code: 'damaged' });
    if (parsed.data.s) sessionNote = parsed.data.s;
    if (parsed.data.c) name = parsed.data.c;
    partNotes = parsed.data.e ?? [];
  } else if (next.at() !== body.length) return fail({ code: 'damaged' });

  const earlier: SharedPart[] = [];
  for (const [k, read] of parts.entries()) {
    if (!read) continue;
    const n = notesOf(read.flow, partNotes[k]);
    if (!n) return fail({ code: 'damaged' });
    earlier.push({ ...read.part, notes: n });
  }
  const result = safeParse(sharedSchema, {
    ...own,
    notes,
    ...(sessionNote ? { sessionNote } : {}),
    ...(name ? { name } : {}),
    ...(carried.length ? { carried } : {}),
  });
  if (!result.ok || !earlier.every((p) => safeParse(partSchema, p).ok)) return fail({ code: 'damaged' });
  return {
    ok: true,
    session: { ...result.data, ...(earlier.length ? { earlier } : {}) },
    dropped: parts.length - earlier.length,
  };
}

/** What to tell the user, in plain words. */
export function shareErrorText(error: ShareError): string {
  switch (error.code) {
    case 'empty':
      return 'This link has no case in it. It may have been cut short when it was copied.';
    case 'too-long':
      return 'This link is far longer than any case link, so it was not opened.';
    case 'not-a-link':
      return 'This is not a case link from the KB Wizard, or it was cut short when it was copied.';
    case 'damaged':
      return 'This case link is damaged: it was changed or cut short after it was made, so it was not opened.';
    case 'newer-version':
      return `This link was made by a newer version of the KB Wizard (link format ${error.version}). Ask for a hand-over file instead, or update this copy of the app.`;
    case 'other-content':
      return 'This link was made with a different edition of this guide, so its answers cannot be matched to these questions. Ask for the hand-over file (JSON) instead.';
  }
}
