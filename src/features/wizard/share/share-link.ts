/**
 * A whole session in a URL fragment (which browsers never send to a server):
 * the way in, every answer and tick, and the notes only when the user asks.
 *
 * Bytes, then base64url:
 *   [0]    format version (1)
 *   [1-2]  fingerprint of the flow's nodes and choices (a link only fits the
 *          content it was made from: indexes below point into it)
 *   [3]    entry index
 *   [4]    answer count n, then n × (node index, choice index)
 *   [..]   ticked-step count m, then m × (node index, bitmask bytes of its checklist)
 *   [..]   flags (bit 0: notes follow)
 *   [..]   notes: deflate-raw of UTF-8 JSON { s?: session note, n?: { nodeIndex: text } }
 *   [-2..] CRC-16 of everything before it
 *
 * Decoding never throws: every failure is a ShareError the page can explain,
 * and the decoded result is checked again (src/lib/shape.ts) and against the flow.
 */
import type { Flow } from '@/content/schema';
import { choicesOf } from '@/engine/graph';
import { array, object, optional, record, refine, safeParse, string } from '@/lib/shape';
import { NOTE_MAX } from '@/store';

import { crc16, deflate, fromBase64Url, inflate, toBase64Url } from './bytes';

export const SHARE_FORMAT_VERSION = 1;
/** Longest fragment accepted: far above any real session with notes, far below harm. */
export const SHARE_MAX_LENGTH = 60_000;
const NOTES_MAX_BYTES = 400_000;

export type SharedSession = {
  entry: string;
  answers: Record<string, string>;
  checks: Record<string, string[]>;
  notes: Record<string, string>;
  sessionNote?: string;
};

export type ShareError =
  | { code: 'empty' }
  | { code: 'too-long' }
  | { code: 'not-a-link' }
  | { code: 'damaged' }
  | { code: 'newer-version'; version: number }
  | { code: 'other-content' };

export type ShareResult = { ok: true; session: SharedSession } | { ok: false; error: ShareError };

const noteText = refine(string, (text) => text.length <= NOTE_MAX);

const sharedSchema = object({
  entry: refine(string, (id) => id.length >= 1),
  answers: record(string, string),
  checks: record(string, array(string)),
  notes: record(string, noteText),
  sessionNote: optional(noteText),
});

const notesSchema = object({
  s: optional(noteText),
  n: optional(record(refine(string, (key) => /^\d{1,3}$/.test(key)), noteText)),
});

/** 16-bit fingerprint of the flow's id, node ids and choice ids, in order. */
export function flowFingerprint(flow: Flow): number {
  const text = [flow.id, ...flow.nodes.map((n) => `${n.id}:${choicesOf(n).map((c) => c.id).join(',')}:${n.kind === 'step' ? (n.checklist ?? []).map((i) => i.id).join(',') : ''}`)].join('|');
  return crc16(new TextEncoder().encode(text));
}

function checklistOf(flow: Flow, index: number): string[] {
  const node = flow.nodes[index];
  return node?.kind === 'step' ? (node.checklist ?? []).map((i) => i.id) : [];
}

export async function encodeShare(flow: Flow, session: SharedSession, includeNotes: boolean): Promise<string> {
  const index = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const out: number[] = [SHARE_FORMAT_VERSION];
  const fp = flowFingerprint(flow);
  out.push(fp >> 8, fp & 0xff);
  out.push(Math.max(0, flow.entries.findIndex((e) => e.id === session.entry)));

  const answers: number[] = [];
  for (const [nodeId, choiceId] of Object.entries(session.answers)) {
    const i = index.get(nodeId);
    if (i === undefined || i > 255) continue;
    const c = choicesOf(flow.nodes[i]!).findIndex((ch) => ch.id === choiceId);
    if (c < 0 || c > 255) continue;
    answers.push(i, c);
  }
  out.push(answers.length / 2, ...answers);

  const checks: number[] = [];
  let steps = 0;
  for (const [nodeId, items] of Object.entries(session.checks)) {
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

  const noteEntries = Object.entries(session.notes).filter(([id, text]) => text && index.has(id));
  const withNotes = includeNotes && (noteEntries.length > 0 || !!session.sessionNote);
  out.push(withNotes ? 1 : 0);
  let bytes = Uint8Array.from(out);
  if (withNotes) {
    const payload = {
      ...(session.sessionNote ? { s: session.sessionNote } : {}),
      ...(noteEntries.length ? { n: Object.fromEntries(noteEntries.map(([id, text]) => [String(index.get(id)), text])) } : {}),
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

/** Read a fragment (with or without its leading '#'). */
export async function decodeShare(flow: Flow, fragment: string): Promise<ShareResult> {
  try {
    return await decode(flow, fragment);
  } catch {
    return fail({ code: 'damaged' });
  }
}

async function decode(flow: Flow, fragment: string): Promise<ShareResult> {
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
  if (version !== SHARE_FORMAT_VERSION) return fail({ code: 'damaged' });
  if (((body[1]! << 8) | body[2]!) !== flowFingerprint(flow)) return fail({ code: 'other-content' });

  let at = 3;
  const next = (): number => {
    if (at >= body.length) throw new RangeError('short');
    return body[at++]!;
  };
  const entry = flow.entries[next()];
  if (!entry) return fail({ code: 'damaged' });

  const answers: Record<string, string> = {};
  for (let n = next(); n > 0; n--) {
    const node = flow.nodes[next()];
    const choice = node ? choicesOf(node)[next()] : undefined;
    if (!node || !choice || Object.hasOwn(answers, node.id)) return fail({ code: 'damaged' });
    answers[node.id] = choice.id;
  }

  const checks: Record<string, string[]> = {};
  for (let n = next(); n > 0; n--) {
    const i = next();
    const node = flow.nodes[i];
    const list = checklistOf(flow, i);
    if (!node || !list.length || Object.hasOwn(checks, node.id)) return fail({ code: 'damaged' });
    const items: string[] = [];
    for (let b = 0; b < Math.ceil(list.length / 8); b++) {
      const mask = next();
      for (let k = 0; k < 8; k++) {
        if (!(mask & (1 << k))) continue;
        const item = list[b * 8 + k];
        if (!item) return fail({ code: 'damaged' });
        items.push(item);
      }
    }
    if (!items.length) return fail({ code: 'damaged' });
    checks[node.id] = items;
  }

  const flags = next();
  if (flags > 1) return fail({ code: 'damaged' });
  const notes: Record<string, string> = {};
  let sessionNote: string | undefined;
  if (flags === 1) {
    const packed = body.subarray(at);
    const raw = await inflate(packed, NOTES_MAX_BYTES);
    if (!raw) return fail({ code: 'damaged' });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return fail({ code: 'damaged' });
    }
    const parsed = safeParse(notesSchema, json);
    if (!parsed.ok) return fail({ code: 'damaged' });
    for (const [key, value] of Object.entries(parsed.data.n ?? {})) {
      const node = flow.nodes[Number(key)];
      if (!node) return fail({ code: 'damaged' });
      if (value) notes[node.id] = value;
    }
    if (parsed.data.s) sessionNote = parsed.data.s;
  } else if (at !== body.length) return fail({ code: 'damaged' });

  const result = safeParse(sharedSchema, { entry: entry.id, answers, checks, notes, ...(sessionNote ? { sessionNote } : {}) });
  if (!result.ok) return fail({ code: 'damaged' });
  return { ok: true, session: result.data };
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
