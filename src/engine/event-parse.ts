/**
 * Reads what people copy out of Event Viewer and paste, as text:
 *
 * - the Windows NT 4.0 Event Detail dialog, copied or retyped
 *   ("Date: … Event ID: 7044", two fields to a line or one);
 * - the Windows 2000 / 2003 Event Properties "Copy" layout ("Event Type:",
 *   "Event Source:", "Event Category:", "Event ID:", … "Description:", then
 *   "Data:" with hex lines, which are skipped);
 * - the "Event ID: / Source: / Type: / Category: / Description:" blocks KB
 *   articles print;
 * - rows of the event list, and NT 4.0 "Save As" text files, tab-separated,
 *   comma-separated (quotes allowed) or aligned with spaces, with or without a
 *   leading Type column; `dumpel`-style rows (date, time, numeric type,
 *   category, event ID, source, user, computer, strings); Markdown or forum
 *   tables with `|` between the cells;
 * - any of these with the field labels of a German, French, Spanish or
 *   Italian Event Viewer (see LABELS: from memory, not checked against a
 *   localized Windows, so unverified), and dates and times as any locale
 *   writes them (kept as written, never interpreted);
 * - a description alone (no fields at all): the text stays searchable, so
 *   the flow's evidence rules can match it (`searchText`, `returnCodes`);
 * - all of it quoted in an e-mail or forum reply ("> ", "| ", several levels),
 *   indented with spaces or tabs, with CRLF, LF or CR line ends, several
 *   events at once.
 *
 * Pure and bounded: the work is linear in the text, every regular expression
 * runs on a line of at most MAX_LINE characters (or on the whole text without
 * nested quantifiers), and at most MAX_EVENTS events are kept. A pasted
 * megabyte is read in well under a second. Never throws.
 */

export type EventType = 'Error' | 'Warning' | 'Information' | 'Success Audit' | 'Failure Audit';

export type ParsedEvent = {
  readonly eventId?: number;
  readonly source?: string;
  readonly type?: EventType;
  readonly category?: string;
  readonly date?: string;
  readonly time?: string;
  /** The User field of the event header, unless it reads N/A (in any of the languages read). */
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
  /** The whole text without its quoting, whitespace collapsed and lower-cased (for message matching); capped. */
  readonly searchText: string;
  /** Every return code named anywhere in the text (upper-case hex, no 0x), in order, without repeats. */
  readonly returnCodes: readonly string[];
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
/** Return codes kept. */
const MAX_CODES = 50;

/**
 * Accented Latin letters folded to their base letter, one character for one,
 * so that positions in the folded line are positions in the original.
 */
function fold(s: string): string {
  return s.replace(/[\u00c0-\u024f]/g, (ch) => ch.normalize('NFD').charAt(0)).replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Event types as each language writes them (folded, lower case). */
const TYPES: Record<string, EventType> = {
  // English
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
  info: 'Information',
  'success audit': 'Success Audit',
  'failure audit': 'Failure Audit',
  // German (unverified)
  fehler: 'Error',
  warnung: 'Warning',
  informationen: 'Information',
  erfolgsuberwachung: 'Success Audit',
  fehleruberwachung: 'Failure Audit',
  // French (unverified)
  erreur: 'Error',
  avertissement: 'Warning',
  "succes de l'audit": 'Success Audit',
  "echec de l'audit": 'Failure Audit',
  // Spanish (unverified; "Error" as in English)
  advertencia: 'Warning',
  informacion: 'Information',
  'auditoria de aciertos': 'Success Audit',
  'auditoria de errores': 'Failure Audit',
  // Italian (unverified)
  errore: 'Error',
  avviso: 'Warning',
  informazioni: 'Information',
  'controllo riuscito': 'Success Audit',
  'controllo non riuscito': 'Failure Audit',
};

/** dumpel writes the type as the event log's number. */
const TYPE_CODES: Record<string, EventType> = {
  '1': 'Error',
  '2': 'Warning',
  '4': 'Information',
  '8': 'Success Audit',
  '16': 'Failure Audit',
};

type Key = 'eventId' | 'source' | 'type' | 'category' | 'date' | 'time' | 'user' | 'computer' | 'description' | 'data';
/** "Data" is binary data in English and the date in Italian: decided by its value. */
type LabelKey = Key | 'dateOrData';

/**
 * Field labels, folded to lower case without accents. English labels are
 * those of NT 4.0's Event Detail and Windows 2000/2003's "Copy" (see
 * shared/reference/domain-facts.md §3.2). The German, French, Spanish and
 * Italian ones are the translations those Event Viewers are remembered to
 * use: unverified (no localized Windows or screenshot was at hand).
 */
const LABELS: ReadonlyArray<readonly [string, LabelKey]> = [
  // English
  ['event id', 'eventId'],
  ['eventid', 'eventId'],
  ['event type', 'type'],
  ['event source', 'source'],
  ['event category', 'category'],
  ['event', 'eventId'],
  ['source', 'source'],
  ['type', 'type'],
  ['category', 'category'],
  ['date', 'date'],
  ['time', 'time'],
  ['user', 'user'],
  ['computer', 'computer'],
  ['description', 'description'],
  ['data', 'dateOrData'],
  // German (unverified)
  ['ereigniskennung', 'eventId'],
  ['ereignis-id', 'eventId'],
  ['ereignis', 'eventId'],
  ['ereignistyp', 'type'],
  ['ereignisquelle', 'source'],
  ['ereigniskategorie', 'category'],
  ['quelle', 'source'],
  ['typ', 'type'],
  ['kategorie', 'category'],
  ['datum', 'date'],
  ['zeit', 'time'],
  ['uhrzeit', 'time'],
  ['benutzer', 'user'],
  ['beschreibung', 'description'],
  ['daten', 'data'],
  // French (unverified)
  ["id de l'evenement", 'eventId'],
  ["type de l'evenement", 'type'],
  ["source de l'evenement", 'source'],
  ["categorie de l'evenement", 'category'],
  ['evenement', 'eventId'],
  ['categorie', 'category'],
  ['heure', 'time'],
  ['utilisateur', 'user'],
  ['ordinateur', 'computer'],
  ['donnees', 'data'],
  // Spanish (unverified)
  ['id. suceso', 'eventId'],
  ['id. del suceso', 'eventId'],
  ['id del suceso', 'eventId'],
  ['suceso', 'eventId'],
  ['tipo de suceso', 'type'],
  ['origen del suceso', 'source'],
  ['categoria del suceso', 'category'],
  ['origen', 'source'],
  ['tipo', 'type'],
  ['categoria', 'category'],
  ['fecha', 'date'],
  ['hora', 'time'],
  ['usuario', 'user'],
  ['equipo', 'computer'],
  ['descripcion', 'description'],
  ['datos', 'data'],
  // Italian (unverified)
  ['id evento', 'eventId'],
  ['evento', 'eventId'],
  ['tipo evento', 'type'],
  ['origine evento', 'source'],
  ['categoria evento', 'category'],
  ['origine', 'source'],
  ['ora', 'time'],
  ['utente', 'user'],
  ['descrizione', 'description'],
  ['dati', 'data'],
];

const LABEL_KEY = new Map(LABELS.map(([label, key]) => [label, key]));
/** The same, looked up without spaces ("EventID", "Id.suceso"). */
const LABEL_KEY_TIGHT = new Map(LABELS.map(([label, key]) => [label.replace(/ /g, ''), key]));

const labelSource = (label: string) =>
  label
    .replace(/[.\\-]/g, (c) => `\\${c}`)
    .replace(/ /g, ' ?')
    .replace(/'/g, "' ?");

/**
 * A field label followed by a colon (any one space before it, as French
 * writes it), at the start of the line or after a separator. "Event ID" may
 * also be written without a colon ("Event ID 7044").
 */
const KEY_PATTERN = new RegExp(
  `(?:^|[\\s/|;,(])(${[...LABEL_KEY.keys()]
    .sort((a, b) => b.length - a.length)
    .map(labelSource)
    .join('|')}) ?:|(?:^|[\\s/|;,(])(event ?id|ereignis-?id|id evento) +(?=\\d)`,
  'gi',
);

function keyOf(word: string): LabelKey {
  // Every word the pattern matches is a label, or "Event ID" written without a colon.
  return LABEL_KEY_TIGHT.get(word.toLowerCase().replace(/ /g, '')) ?? 'eventId';
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
  /** A return code the row gives without the words "return code" (dumpel's insertion strings). */
  code?: string;
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
  return TYPES[fold(v).trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** Values that stand for "no value": N/A in the languages read, placeholders such as %1 or <user>. */
const isPlaceholder = (v: string) =>
  /^(?:%\d|<[^>]*>|\[[^\]]*\]|n\/a|n\/d|none|-|nicht zutreffend|no disponible|non disponible|keine|aucun|aucune|ninguno|nessuno)$/i.test(
    fold(v).trim(),
  );

/** Return codes named in a text: "Return code 80004005", "return code: 0x80004005", or a bare 0x… code. */
const RETURN_CODE = /return ?code ?[:=]? ?(?:0x)?([0-9a-f]{8})\b|\b0x([0-9a-f]{8})\b/gi;

function returnCodesIn(text: string, max: number): string[] {
  const out: string[] = [];
  RETURN_CODE.lastIndex = 0;
  for (let m = RETURN_CODE.exec(text); m && out.length < max; m = RETURN_CODE.exec(text)) {
    const code = (m[1] ?? m[2])!.toUpperCase();
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** Return code and account named in a description. */
function readDescription(text: string): { returnCode?: string; account?: string } {
  const line = text.slice(0, MAX_DESCRIPTION);
  const [code] = returnCodesIn(line, 1);
  const account =
    /\baccount\b\s?:?\s?(<[^>]{0,60}>|%\d|[^\s.,;][^.,;\r\n]{0,79}?)(?:\s?[.,;](?:\s|$)|\s?[.,;]?$)/i.exec(line) ??
    /\buser\s(\S{1,64})\snot found\b/i.exec(line) ??
    // Event 283 (KB Q162833): "Could not remove object <UserID> because …", a user who already exists in Exchange.
    /\bremove object\s(\S{1,64})\sbecause\b/i.exec(line);
  const out: { returnCode?: string; account?: string } = {};
  if (code) out.returnCode = code;
  const acc = account?.[1]?.trim();
  if (acc && !isPlaceholder(acc)) out.account = acc;
  return out;
}

function finish(d: Draft): ParsedEvent | undefined {
  // A block with neither an event id nor a source is not an event (plain prose, or a description alone).
  if (d.eventId === undefined && !d.source) return undefined;
  const description = d.description.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_DESCRIPTION);
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
    returnCode: fromText.returnCode ?? d.code,
    account: fromText.account ?? user,
  };
  for (const k of Object.keys(event)) if (event[k] === undefined || event[k] === '') delete event[k];
  return event as ParsedEvent;
}

// ── Rows of the event list, saved logs and dumpel ─────────────────────────
/** A date as most locales print it: 3/14/00, 14.03.2000, 2000-03-14, 14. März 2000, 14-mar-00. */
const DATE_CELL = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$|^\d{1,2}[. -] ?[^\d\s]{3,12}\.?[ -]\d{2,4}$/;
/** A time as most locales print it (2:31:07 PM, 14:31:07, 午後 2:31:07, 14 h 31). */
const TIME_CELL = /\d{1,2}:\d{2}(?::\d{2})?|^\d{1,2} ?h ?\d{2}$/;
/** A time written with dots (14.31.07), only when no cell has a colon time. */
const TIME_CELL_DOTS = /^\d{1,2}\.\d{2}(?:\.\d{2})?$/;

/** Cells of a comma-separated line, honouring "quoted, fields" and "" inside them. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((x) => x.trim());
}

/** The ways a row line can be cut into cells, most specific first. */
function cellSplits(line: string): string[][] {
  const out: string[][] = [];
  if (line.includes('\t')) out.push(line.split('\t').map((c) => c.trim()));
  if ((line.match(/,/g)?.length ?? 0) >= 5) out.push(csvCells(line));
  if ((line.match(/;/g)?.length ?? 0) >= 5) out.push(line.split(';').map((c) => c.trim()));
  out.push(
    line
      .trim()
      .split(/ {2,}/)
      .map((c) => c.trim()),
  );
  return out;
}

const isInt = (c: string | undefined) => c !== undefined && /^\d{1,5}$/.test(c);

/**
 * One row: [Type,] Date, Time, then either Source, [Type], [Category], Event,
 * User, Computer[, Description] (Event Viewer's list and saved logs), or
 * numeric type, category, event ID, source, user, computer[, strings]
 * (dumpel).
 */
function parseCells(raw: readonly string[]): Draft | undefined {
  const cells = raw.map((c) => c.trim());
  if (cells.filter((c) => c !== '').length < 5) return undefined;
  let timeAt = cells.findIndex((c, i) => i < 4 && TIME_CELL.test(c) && c.length <= 16);
  if (timeAt < 0) timeAt = cells.findIndex((c, i) => i < 4 && TIME_CELL_DOTS.test(c));
  if (timeAt < 0) return undefined;
  const dateCell = timeAt > 0 ? cells[timeAt - 1]! : '';
  if (timeAt > 0 && (!/\d/.test(dateCell) || !(DATE_CELL.test(dateCell) || dateCell.length <= 24))) return undefined;
  const d: Draft = { ...emptyDraft(), time: cells[timeAt] };
  if (dateCell) d.date = dateCell;
  // A leading Type column (Windows 2000 and later list the type first).
  const lead = cells.slice(0, Math.max(0, timeAt - 1)).filter((c) => c !== '');
  if (lead.length > 1) return undefined;
  if (lead.length === 1) {
    const t = parseType(lead[0]!);
    if (!t) return undefined;
    d.type = t;
  }
  const rest = cells.slice(timeAt + 1);
  // dumpel: numeric type, category, event ID, then the source.
  if (isInt(rest[0]) && TYPE_CODES[rest[0]!] && isInt(rest[2]) && rest[3] && !isInt(rest[3])) {
    d.type = TYPE_CODES[rest[0]!];
    d.category = rest[1];
    d.eventId = parseId(rest[2]!);
    d.source = rest[3];
    if (rest[4]) d.user = rest[4];
    if (rest[5]) d.computer = rest[5];
    const strings = rest.slice(6).join(' ').trim();
    if (strings) d.description.push(strings);
    // Its strings are the message's inserts only ("ANNAB 80004005"): an 8-digit error code (HRESULT) among them is
    // the return code the message prints.
    const code = /(?:^|\s)(?:0x)?(8[0-9a-f]{7})(?=\s|$)/i.exec(strings)?.[1];
    if (code) d.code = code.toUpperCase();
    return d.eventId === undefined ? undefined : d;
  }
  const source = rest[0];
  if (!source || isInt(source)) return undefined;
  d.source = source;
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
  if (rest[i]) d.user = rest[i];
  if (rest[i + 1]) d.computer = rest[i + 1];
  const description = rest
    .slice(i + 2)
    .join(' ')
    .trim();
  if (description) d.description.push(description);
  return d;
}

function parseRow(line: string): Draft | undefined {
  for (const cells of cellSplits(line)) {
    const d = parseCells(cells);
    if (d) return d;
  }
  return undefined;
}

// ── Header fields ─────────────────────────────────────────────────────────
/** Split a line into header fields; returns undefined when the line does not start with one. */
function headerFields(line: string): Array<[Key, string]> | undefined {
  const folded = fold(line);
  const hits: Array<{ key: LabelKey; start: number; valueStart: number }> = [];
  KEY_PATTERN.lastIndex = 0;
  for (let m = KEY_PATTERN.exec(folded); m; m = KEY_PATTERN.exec(folded)) {
    const word = m[1] ?? m[2]!;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead + (/^[/|;,(]/.test(m[0].trimStart()) ? 1 : 0);
    hits.push({ key: keyOf(word), start, valueStart: m.index + m[0].length });
    if (hits.length > 12) break;
  }
  if (!hits.length) return undefined;
  // Text before the first key means this is prose that merely contains a key word.
  if (line.slice(0, hits[0]!.start).trim() !== '') return undefined;
  return hits.map((h, i) => {
    const value = trimValue(line.slice(h.valueStart, hits[i + 1]?.start ?? line.length));
    const key: Key =
      h.key === 'dateOrData'
        ? /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(value) || DATE_CELL.test(value)
          ? 'date'
          : 'data'
        : h.key;
    return [key, value];
  });
}

// ── Quoting ───────────────────────────────────────────────────────────────
/**
 * A line without its quoting: leading "> " (e-mail), "| " (forum), spaces and
 * tabs, to any depth. A line that is a table row (| cell | cell | …) comes
 * back with tabs between its cells instead.
 */
function dequote(line: string): string {
  let s = line;
  for (let guard = 0; guard < 64; guard++) {
    const lead = /^[ \t]*/.exec(s)![0].length;
    const c = s.charAt(lead);
    if (c === '>') {
      s = s.slice(lead + 1);
      continue;
    }
    if (c === '|') {
      const rest = s.slice(lead + 1);
      if ((rest.match(/\|/g)?.length ?? 0) >= 4) {
        return rest
          .replace(/\|[ \t]*$/, '')
          .split('|')
          .map((cell) => cell.trim())
          .join('\t');
      }
      s = rest;
      continue;
    }
    return s.slice(lead);
  }
  return s.trimStart();
}

/** Read every event in a pasted text. Never throws. */
export function parseEvents(input: string): ParseResult {
  const raw = typeof input === 'string' ? input : '';
  let truncated = raw.length > MAX_INPUT;
  const text = raw.slice(0, MAX_INPUT);
  const events: ParsedEvent[] = [];
  const plain: string[] = [];
  let plainLength = 0;
  let draft = emptyDraft();
  let inDescription = false;
  let descriptionStarted = false;
  let inData = false;

  const flush = () => {
    const e = finish(draft);
    if (e) {
      if (events.length < MAX_EVENTS) events.push(e);
      else truncated = true;
    }
    draft = emptyDraft();
    inDescription = false;
    descriptionStarted = false;
    inData = false;
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
    const line = dequote(full.replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' '));
    const trimmed = line.trim();
    if (plainLength < MAX_INPUT) {
      plain.push(trimmed);
      plainLength += trimmed.length + 1;
    }

    if (trimmed === '') {
      if (inDescription && descriptionStarted) inDescription = false;
      inData = false;
      if (to >= text.length) break;
      continue;
    }

    const fields = headerFields(line);
    const row = !fields && !inData && (!inDescription || line.includes('\t')) ? parseRow(line) : undefined;
    if (row) {
      flush();
      draft = row;
      flush();
      if (to >= text.length) break;
      continue;
    }

    const startsNew =
      fields?.some(([k]) => k !== 'description' && k !== 'data' && draft[k as keyof Draft] !== undefined) ?? false;
    if (
      fields &&
      (!inDescription ||
        fields.some(([k]) => k === 'eventId' || k === 'date' || k === 'source' || k === 'type' || k === 'data'))
    ) {
      // A description ends at the next event's fields, unless it belongs to no event yet: then it came before its own
      // event's fields (pasted in another order, "Description: …" first), and they join it.
      const orphan = draft.eventId === undefined && !draft.source;
      if (startsNew || (inDescription && descriptionStarted && !orphan)) flush();
      else if (descriptionStarted) inDescription = false;
      inData = false;
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
            inData = true;
            break;
          default:
            if (value) draft[key] = value.slice(0, 200);
        }
      }
    } else if (inData) {
      // The hex lines under "Data:" ("0000: 05 40 00 80 …") are not text.
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

  const joined = plain.join(' ');
  const searchText = joined.slice(0, MAX_INPUT).replace(/\s+/g, ' ').toLowerCase();
  return { events, searchText, returnCodes: returnCodesIn(joined, MAX_CODES), truncated };
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
  // The server it was logged on (which the ticket's reader may need to connect to), and when, in the time Event
  // Viewer showed (the local time of the computer it ran on, not the app's).
  if (e.computer) s += `, computer ${e.computer}`;
  if (e.date || e.time) s += ` (${[e.date, e.time].filter(Boolean).join(' ')} local time)`;
  return s;
}

/**
 * The same line with the event's description after it, whitespace collapsed: what a case keeps of a pasted event for
 * the ticket, where its words (the user or object it names, the hint it gives) are what second-line support needs.
 */
export function describeEventWithWords(e: ParsedEvent): string {
  const words = e.description?.replace(/\s+/g, ' ').trim();
  return words ? `${describeEvent(e)}: ${words}` : describeEvent(e);
}
