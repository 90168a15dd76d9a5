/**
 * Turns pasted Event Viewer text into proposed answers, using the flow's own
 * evidence rules (data). Pure: the caller shows the proposals, lets the user
 * correct them and records the ones kept.
 */
import type { EventMatcher, EvidenceRule, Flow } from '@/content/schema';

import { type ParseResult, type ParsedEvent, describeEvent } from './event-parse';
import { indexNodes } from './graph';

export type RuleHit = {
  readonly rule: EvidenceRule;
  /** The event that matched; absent when a message in the text matched. */
  readonly event?: ParsedEvent;
  /** What matched, in words: the event, or the message found. */
  readonly what: string;
};

export type Proposal = {
  readonly question: string;
  readonly option: string;
  readonly hits: readonly RuleHit[];
};

export type Conflict = {
  readonly question: string;
  /** The different answers the text points to, each with what pointed to it. */
  readonly options: readonly Proposal[];
};

export type EvidenceReading = {
  readonly hits: readonly RuleHit[];
  /** One answer per question where everything read agrees. */
  readonly proposals: readonly Proposal[];
  /** Questions the text answers in more than one way: the user picks. */
  readonly conflicts: readonly Conflict[];
  /** Events read that no rule of this flow recognises. */
  readonly unmatched: readonly ParsedEvent[];
  /**
   * Events a rule would recognise but for the return code it names, which the text does not show (a row of the
   * event list has no description): once for each rule and kind of event. They settle nothing.
   */
  readonly noReturnCode: readonly RuleHit[];
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/*
 * A phrase is denied, not said, where a negation in the same clause is about it (only words, spaces and the
 * quotation marks around the phrase between them): a note that says "no access violation" or "Invalid server
 * specified was not shown" is not the error. The parts below are matched against normalized text (lower case, single
 * spaces), right before the phrase (DENIED_BEFORE) or right after it (DENIED_AFTER). A negation further away, or
 * about something else, denies nothing: "could not continue: invalid server specified", "did not finish and said
 * invalid server specified", "could not log onto the message store for account" (the rule's phrase itself).
 */
/** What counts as a negation after the phrase: "not", "never" and any "…n't" ("didn't", "isn’t", "wasn't"). */
const NOT = String.raw`(?:not|never|\p{L}+n['’]t)`;
/** What counts as a negation before the phrase: those, "no" and "without". */
const NEGATION = `(?:no|without|${NOT})`;
/** Verbs between a negation and the phrase, at most two: "did not *say* …", "not *seeing* any …", "haven't *had* …". */
const VERB =
  '(?:be|been|say|says|said|saying|see|sees|seen|saw|seeing|get|gets|got|getting|find|finds|found|finding|show|shows|showed|shown|showing|display|displays|displayed|log|logs|logged|have|has|had)';
/** What a phrase may be called, before or after it: "did not get the *message* …", "the “…” *error* never appeared". */
const NOUN = '(?:message|error|warning)';
/** Words between those and the phrase, any number: "no *sign of an* …", "did not get *the message* …". */
const FILLER = `(?:a|an|any|the|this|that|signs? of|traces? of|evidence of|more|further|other|longer|${NOUN})`;
/** A quotation mark around the phrase: "no “access violation”", "did not say 'invalid server specified'". */
const QUOTE = `["'“”‘’„«»]`;
/** Auxiliaries before a negation after the phrase: "… *was* not shown", "… *did* not appear". */
const AUX = '(?:is|are|was|were|has|have|had|do|does|did|will|would)';
/**
 * What a negation after the phrase denies of it: that it was shown, "… was not *shown*", "… is not *there*", "… did
 * not *come up*" (not "… did not come from mailmig.exe", which says it).
 */
const SHOWN =
  '(?:shown|seen|displayed|logged|there|present|appear|appears|appeared|(?:show|shows|showed|come|came|pop|popped) up)';

/** Before the phrase: a negation, then at most two verbs, then fillers, then an opening quote, if any. */
const DENIED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}'’])${NEGATION}(?: ${VERB}){0,2}(?: ${FILLER})* ${QUOTE}?$`,
  'u',
);
/** After the phrase: a closing quote, if any, what it is called ("… message"), then "[aux] not|never [been] shown". */
const DENIED_AFTER = new RegExp(
  String.raw`^${QUOTE}?(?: ${NOUN})?(?: ${AUX})? ${NOT}(?: been| be)? ${SHOWN}(?![\p{L}\p{N}])`,
  'u',
);
/** Characters before and after a phrase looked at for a negation (more than the patterns above span in practice). */
const DENIAL_REACH = 80;

/**
 * Whether normalized `text` says the normalized `phrase`: it appears somewhere that no negation right before or
 * right after it denies (DENIED_BEFORE, DENIED_AFTER). Linear in the text: each place the phrase appears is looked
 * at once, with a bounded look on either side.
 */
export function says(text: string, phrase: string): boolean {
  if (!phrase) return true;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const from = Math.max(0, at - DENIAL_REACH);
    const end = at + phrase.length;
    // Cut inside the text: a letter first, so that the end of a cut word ("casi|no") is never read as a negation.
    const before = `${from > 0 ? 'x' : ''}${text.slice(from, at)}`;
    if (!DENIED_BEFORE.test(before) && !DENIED_AFTER.test(text.slice(end, end + DENIAL_REACH))) return true;
  }
  return false;
}
const sameWhenShown = (want: string | undefined, got: string | undefined) =>
  want === undefined || got === undefined || want.toLowerCase() === got.toLowerCase();

/** Whether the event shows this return code: as its return code, or as a word of its description ("ANNAB 80004005"). */
const codeShown = (code: string, e: ParsedEvent) =>
  e.returnCode !== undefined
    ? e.returnCode === code
    : new RegExp(`\\b(?:0x)?${code}\\b`, 'i').test(e.description ?? '');

/**
 * Whether an event meets a condition. A source or type the event does not show is not held against it, but a return
 * code the condition names must be shown: the same event ID with another return code settles nothing, so one whose
 * return code is not known cannot settle anything either.
 */
export function eventMatches(m: EventMatcher, e: ParsedEvent): boolean {
  if (m.eventId === undefined || e.eventId !== m.eventId) return false;
  if (!sameWhenShown(m.source, e.source)) return false;
  if (!sameWhenShown(m.type, e.type)) return false;
  if (m.returnCode !== undefined && !codeShown(m.returnCode, e)) return false;
  if (m.text !== undefined && !(e.description && says(norm(e.description), norm(m.text)))) return false;
  return true;
}

/**
 * A condition without an event id, against the whole pasted text: its `text`
 * must appear (case and spacing ignored; not where a negation right before it
 * denies it, see `says`), and its `returnCode`, when it has
 * one, must be among the return codes the text names (as for an event, a
 * return code not shown settles nothing).
 */
export function textMatches(m: EventMatcher, parsed: Pick<ParseResult, 'searchText' | 'returnCodes'>): boolean {
  if (m.text === undefined || !says(parsed.searchText, norm(m.text))) return false;
  return m.returnCode === undefined || parsed.returnCodes.includes(m.returnCode);
}

/** Match the parsed text against the flow's rules and gather the answers they settle. */
export function readEvidence(flow: Flow, parsed: ParseResult): EvidenceReading {
  const rules = flow.evidenceRules ?? [];
  const nodes = indexNodes(flow);
  const hits: RuleHit[] = [];
  const matched = new Set<ParsedEvent>();
  for (const rule of rules) {
    let byEvent = false;
    for (const m of rule.when) {
      if (m.eventId === undefined) continue;
      for (const e of parsed.events) {
        if (eventMatches(m, e)) {
          matched.add(e);
          byEvent = true;
          hits.push({ rule, event: e, what: describeEvent(e) });
        }
      }
    }
    // Messages count only when no event already matched the rule (the event says more), and not when the
    // message is the description of an event with another id (event 147 words its description as 7017 does).
    if (byEvent) continue;
    const ids = rule.when.flatMap((m) => (m.eventId === undefined ? [] : [m.eventId]));
    const otherEventSays = (text: string) =>
      ids.length > 0 &&
      parsed.events.some(
        (e) =>
          e.eventId !== undefined &&
          !ids.includes(e.eventId) &&
          !!e.description &&
          says(norm(e.description), norm(text)),
      );
    for (const m of rule.when) {
      if (m.eventId === undefined && m.text !== undefined && textMatches(m, parsed) && !otherEventSays(m.text)) {
        hits.push({ rule, what: `the text “${m.text}”` });
        break;
      }
    }
  }
  // Group by question, then by option.
  const byQuestion = new Map<string, Map<string, RuleHit[]>>();
  for (const hit of hits) {
    for (const [question, option] of Object.entries(hit.rule.answers)) {
      const q = nodes.get(question);
      if (!q || q.kind !== 'question' || !q.options.some((o) => o.id === option)) continue;
      const opts = byQuestion.get(question) ?? new Map<string, RuleHit[]>();
      const list = opts.get(option) ?? [];
      if (!list.some((h) => h.rule === hit.rule && h.what === hit.what)) list.push(hit);
      opts.set(option, list);
      byQuestion.set(question, opts);
    }
  }
  const proposals: Proposal[] = [];
  const conflicts: Conflict[] = [];
  // Keep the flow's node order so the summary reads in the order the wizard asks.
  for (const node of flow.nodes) {
    const opts = byQuestion.get(node.id);
    if (!opts) continue;
    const list = [...opts].map(([option, h]) => ({ question: node.id, option, hits: h }));
    if (list.length === 1) proposals.push(list[0]!);
    else conflicts.push({ question: node.id, options: list });
  }
  const unmatched = parsed.events.filter((e) => !matched.has(e));
  const noReturnCode: RuleHit[] = [];
  for (const e of unmatched) {
    if (e.returnCode !== undefined) continue;
    const rule = rules.find((r) =>
      r.when.some((m) => m.returnCode && eventMatches({ ...m, returnCode: undefined }, e)),
    );
    // Once for each kind of event (a saved log repeats it), named by what the event shows; not when the rule holds
    // anyway (its description pasted too).
    const what = `Event ${e.eventId}${e.source ? ` from ${e.source}` : ''}`;
    if (rule && !hits.some((h) => h.rule === rule) && !noReturnCode.some((h) => h.rule === rule && h.what === what))
      noReturnCode.push({ rule, event: e, what });
  }
  return { hits, proposals, conflicts, unmatched, noReturnCode };
}

/**
 * When every event read is an information event: why it settles nothing and where to look instead, in words (both
 * event readers, the start page's and a question's, say it). Otherwise undefined.
 */
export function informationAdvice(events: readonly ParsedEvent[]): string | undefined {
  if (!events.length || events.some((e) => e.type !== 'Information')) return undefined;
  return `${events.length === 1 ? 'It is an information event' : 'They are information events'}: the Migration Wizard logs those as it goes (event 10068, for one, sums up every run), and they do not say what went wrong. Our advice: in the Application log, look for the events of type Error from MSExchangeMig logged just before, and paste those.`;
}
