/**
 * Reads what Event Viewer shows, pasted as text: the Windows NT 4 Event
 * Detail dialog retyped or copied ("Date: … Event ID: 7044 …"), the
 * "Event ID: / Source: / Type: / Category: / Description:" blocks printed in
 * KB articles, rows of the event list or a saved log (tab- or space-
 * separated), several events at once, any line endings, any spacing, dates in
 * any locale (kept as written, never interpreted).
 *
 * Pure and bounded: the work is linear in the text, every regular expression
 * runs on a line of at most MAX_LINE characters and has no nested
 * quantifiers, and at most MAX_EVENTS events are kept. A pasted megabyte is
 * read in a few milliseconds.
 */

export type EventType = 'Error' | 'Warning' | 'Information' | 'Success Audit' | 'Failure Audit';

export type ParsedEvent = {
  readonly eventId?: number;
  readonly source?: string;
  readonly type?: EventType;
  readonly category?: string;
  readonly date?: string;
  readonly time?: string;
  /** The User field of the event header, unless it reads N/A. */
  readonly user?: string;
  readonly computer?: string;
  readonly description?: string;
  /** A return code named in the description, upper-case hex without 0x (e.g. 80004005). */
  readonly returnCode?: string;
  /** The account the description names (or the User field), unless it is a placeholder such as %1. */
  readonly account?: string;
};

export type ParseResult = {
  readonly events: readonly ParsedEvent[];
  /** The whole text, whitespace collapsed and lower-cased (for message matching); capped. */
  readonly searchText: string;
  /** True when the text was longer than what is read, or had more events than are kept. */
  readonly truncated: boolean;
};

/** Characters of input read; the rest is ignored (and `truncated` is set). */
export const MAX_INPUT = 2_000_000;
/** Characters of a line looked at; longer lines are cut. */
export const MAX_LINE = 4_000;
/** Events kept. */
export const MAX_EVENTS = 100;
/** Characters of a description kept. */
export const MAX_DESCRIPTION = 2_000;

const TYPES: Record<string, EventType> = {
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
  info: 'Information',
  'success audit': 'Success Audit',
  'failure audit': 'Failure Audit',
};

type Key = 'eventId' | 'source' | 'type' | 'category' | 'date' | 'time' | 'user' | 'computer' | 'description' | 'data';

/**
 * Header keys as they appear in the dialog and in KB articles. "Event ID" may
 * be written without a colon ("Event ID 7044"); every other key needs one.
 */
const KEY_PATTERN =
  /(?:^|[\s/|;,(])(event\s?id|event|source|type|category|date|time|user|computer|description|data)\s?:|(?:^|[\s/|;,(])(event\s?id)\s+(?=\d)/gi;

function keyOf(word: string): Key {
  const w = word.toLowerCase().replace(/\s/g, '');
  if (w === 'eventid' || w === 'event') return 'eventId';
  return w as Key;
}

type Draft = {
  eventId?: number;
  source?: string;
  type?: EventType;
  category?: string;
  date?: string;
  time?: string;
  user?: string;
  computer?: string;
  description: string[];
};

const emptyDraft = (): Draft => ({ description: [] });

const trimValue = (v: string) => v.replace(/^[\s/|;,]+|[\s/|;,]+$/g, '');

function parseId(v: string): number | undefined {
  const m = /^\d{1,5}\b/.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[0]);
  return n > 0 && n <= 65535 ? n : undefined;
}

function parseType(v: string): EventType | undefined {
  return TYPES[v.trim().toLowerCase().replace(/\s+/g, ' ')];
}

const isPlaceholder = (v: string) => /^(?:%\d|<[^>]*>|\[[^\]]*\]|n\/a|none|-)$/i.test(v.trim());

/** Return code and account named in a description. */
function readDescription(text: string): { returnCode?: string; account?: string } {
  const line = text.slice(0, MAX_DESCRIPTION);
  const code =
    /return\s?code\s?[:=]?\s?(?:0x)?([0-9a-f]{8})\b/i.exec(line) ?? /\b0x([0-9a-f]{8})\b/i.exec(line);
  const account =
    /\baccount\b\s?:?\s?(<[^>]{0,60}>|%\d|[^\s.,;][^.,;\r\n]{0,79}?)(?:\s?[.,;](?:\s|$)|\s?[.,;]?$)/i.exec(line) ??
    /\buser\s(\S{1,64})\snot found\b/i.exec(line);
  const out: { returnCode?: string; account?: string } = {};
  if (code) out.returnCode = code[1]!.toUpperCase();
  const acc = account?.[1]?.trim();
  if (acc && !isPlaceholder(acc)) out.account = acc;
  return out;
}

function finish(d: Draft): ParsedEvent | undefined {
  const description = d.description.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_DESCRIPTION);
  if (d.eventId === undefined && !d.source && !description) return undefined;
  // A block with neither an event id nor a source is not an event (plain prose).
  if (d.eventId === undefined && !d.source) return undefined;
  const fromText = description ? readDescription(description) : {};
  const user = d.user && !isPlaceholder(d.user) ? d.user : undefined;
  const event: Record<string, unknown> = {
    eventId: d.eventId,
    source: d.source,
    type: d.type,
    category: d.category,
    date: d.date,
    time: d.time,
    user,
    computer: d.computer,
    description: description || undefined,
    returnCode: fromText.returnCode,
    account: fromText.account ?? user,
  };
  for (const k of Object.keys(event)) if (event[k] === undefined || event[k] === '') delete event[k];
  return event as ParsedEvent;
}

const DATE_CELL = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$|^\d{1,2}[. ]\s?[^\d\s]{3,12}\.?\s\d{2,4}$/;
/** A time as most locales print it (2:31:07 PM, 14:31:07, 午後 2:31:07). */
const TIME_CELL = /\d{1,2}:\d{2}(?::\d{2})?/;
/** A time written with dots (14.31.07), only when no cell has a colon time. */
const TIME_CELL_DOTS = /^\d{1,2}\.\d{2}(?:\.\d{2})?$/;

/**
 * A row of the event list or of a saved log: Date, Time, Source, [Type],
 * Category, Event, User, Computer[, Description], separated by tabs or by
 * runs of two or more spaces.
 */
function parseRow(line: string): Draft | undefined {
  const cells = (line.includes('\t') ? line.split('\t') : line.split(/ {2,}/)).map((c) => c.trim());
  if (cells.length < 5) return undefined;
  let timeAt = cells.findIndex((c, i) => i < 3 && TIME_CELL.test(c) && c.length <= 16);
  if (timeAt < 0) timeAt = cells.findIndex((c, i) => i < 3 && TIME_CELL_DOTS.test(c));
  if (timeAt < 0) return undefined;
  const dateCell = timeAt > 0 ? cells[timeAt - 1]! : '';
  if (timeAt > 0 && !/\d/.test(dateCell)) return undefined;
  const rest = cells.slice(timeAt + 1).filter((c, i, all) => c !== '' || i === all.length - 1);
  const source = rest[0];
  if (!source || /^\d+$/.test(source)) return undefined;
  const d: Draft = { ...emptyDraft(), source, time: cells[timeAt] };
  if (timeAt > 0 && (DATE_CELL.test(dateCell) || dateCell.length <= 24)) d.date = dateCell;
  let i = 1;
  const type = rest[i] !== undefined ? parseType(rest[i]!) : undefined;
  if (type) {
    d.type = type;
    i++;
  }
  // Category then Event, or Event straight away (a category may be numeric too, but then Event follows it).
  const a = rest[i];
  const b = rest[i + 1];
  if (a !== undefined && parseId(a) !== undefined && !(b !== undefined && parseId(b) !== undefined)) {
    d.eventId = parseId(a);
    i += 1;
  } else if (b !== undefined && parseId(b) !== undefined) {
    d.category = a;
    d.eventId = parseId(b);
    i += 2;
  } else return undefined;
  if (rest[i] !== undefined) d.user = rest[i];
  if (rest[i + 1] !== undefined) d.computer = rest[i + 1];
  const description = rest.slice(i + 2).join(' ').trim();
  if (description) d.description.push(description);
  return d;
}

/** Split a line into header fields; returns undefined when the line has no header key. */
function headerFields(line: string): Array<[Key, string]> | undefined {
  const hits: Array<{ key: Key; start: number; valueStart: number }> = [];
  KEY_PATTERN.lastIndex = 0;
  for (let m = KEY_PATTERN.exec(line); m; m = KEY_PATTERN.exec(line)) {
    const word = m[1] ?? m[2]!;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead + (/^[/|;,(]/.test(m[0].trimStart()) ? 1 : 0);
    hits.push({ key: keyOf(word), start, valueStart: m.index + m[0].length });
    if (hits.length > 12) break;
  }
  if (!hits.length) return undefined;
  // Text before the first key means this is prose that merely contains a key word.
  if (line.slice(0, hits[0]!.start).trim() !== '') return undefined;
  return hits.map((h, i) => [h.key, trimValue(line.slice(h.valueStart, hits[i + 1]?.start ?? line.length))]);
}

/** Read every event in a pasted text. Never throws. */
export function parseEvents(input: string): ParseResult {
  const raw = typeof input === 'string' ? input : '';
  let truncated = raw.length > MAX_INPUT;
  const text = raw.slice(0, MAX_INPUT);
  const events: ParsedEvent[] = [];
  let draft = emptyDraft();
  let inDescription = false;
  let descriptionStarted = false;

  const flush = () => {
    const e = finish(draft);
    if (e) {
      if (events.length < MAX_EVENTS) events.push(e);
      else truncated = true;
    }
    draft = emptyDraft();
    inDescription = false;
    descriptionStarted = false;
  };

  let from = 0;
  while (from <= text.length) {
    let to = text.length;
    for (let j = from; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x85) {
        to = j;
        break;
      }
    }
    const full = text.slice(from, Math.min(to, from + MAX_LINE));
    // Step over \r\n as one break.
    from = to + (text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? 2 : 1);
    const line = full.replace(/[\u00a0\u2000-\u200b\u3000]/g, ' ');
    const trimmed = line.trim();

    if (trimmed === '') {
      if (inDescription && descriptionStarted) inDescription = false;
      if (to >= text.length) break;
      continue;
    }

    const fields = headerFields(line);
    const row = !fields && (!inDescription || line.includes('\t')) ? parseRow(line) : undefined;
    if (row) {
      flush();
      draft = row;
      flush();
      if (to >= text.length) break;
      continue;
    }

    const startsNew =
      fields?.some(([k]) => k !== 'description' && k !== 'data' && draft[k as keyof Draft] !== undefined) ?? false;
    if (fields && (!inDescription || fields.some(([k]) => k === 'eventId' || k === 'date' || k === 'source'))) {
      if (startsNew || (inDescription && descriptionStarted)) flush();
      for (const [key, value] of fields) {
        switch (key) {
          case 'eventId': {
            const id = parseId(value);
            if (id !== undefined) draft.eventId = id;
            break;
          }
          case 'type': {
            const t = parseType(value);
            if (t) draft.type = t;
            break;
          }
          case 'description':
            inDescription = true;
            descriptionStarted = value !== '';
            if (value) draft.description.push(value);
            break;
          case 'data':
            inDescription = false;
            break;
          default:
            if (value) draft[key] = value.slice(0, 200);
        }
      }
    } else if (inDescription) {
      if (draft.description.join(' ').length < MAX_DESCRIPTION) draft.description.push(trimmed);
      descriptionStarted = true;
    } else if (draft.eventId !== undefined || draft.source) {
      // Text after a header without a "Description:" label (common when retyping).
      if (draft.description.join(' ').length < MAX_DESCRIPTION) draft.description.push(trimmed);
    }
    if (to >= text.length) break;
  }
  flush();

  const searchText = text.slice(0, MAX_INPUT).replace(/\s+/g, ' ').toLowerCase();
  return { events, searchText, truncated };
}

/** One line naming an event, for messages and the reasoning trail. */
export function describeEvent(e: ParsedEvent): string {
  const parts: string[] = [];
  if (e.eventId !== undefined) parts.push(`Event ID ${e.eventId}`);
  if (e.source) parts.push(e.source);
  if (e.type) parts.push(e.type);
  let s = parts.join(', ') || 'Event';
  if (e.returnCode) s += `, return code ${e.returnCode}`;
  if (e.account) s += `, account ${e.account}`;
  if (e.date || e.time) s += ` (${[e.date, e.time].filter(Boolean).join(' ')})`;
  return s;
}
