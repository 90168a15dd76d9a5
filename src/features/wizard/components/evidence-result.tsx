/**
 * What "Read event" found, and the form that fills in the answers it
 * settles. Loaded with the event reader (evidence-read.ts), on the first
 * "Read event", not with the step page: a walk that never pastes anything
 * never loads it.
 */
import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/lib/paths';
import { quoted } from '@/lib/quote';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { plainText } from '@/components/ui/rich-text';
import type { Flow, QuestionNode } from '@/content/schema';
import { type ParsedEvent, describeEventWithWords } from '@/engine/event-parse';
import { type EvidenceReading, informationAdvice } from '@/engine/evidence-rules';
import { indexNodes } from '@/engine/graph';
import { answerMany } from '@/engine/answer-many';
import { walk } from '@/engine/walk';
import { useFlowSession } from '@/features/wizard/hooks/use-flow';
import { useCaseRef } from '@/features/wizard/hooks/use-case';
import { OtherGuides } from '@/features/library';
import { answerPasted } from '@/store';

/** What reading a paste found (evidence-read.ts reads it; this view shows it). */
export type PasteReading =
  | { kind: 'empty' }
  /** `text`: what was pasted (another guide may know it: OtherGuides). */
  | { kind: 'unreadable'; text: string }
  | { kind: 'read'; events: readonly ParsedEvent[]; evidence: EvidenceReading; truncated: boolean; text: string };

const LEAVE = '';

const COLUMNS = ['Event ID', 'Source', 'Type', 'Return code', 'Account', 'Date and time'] as const;

/** Events listed before "Show all": a saved log can hold a hundred, and what they settle comes below the list. */
const FIRST_EVENTS = 5;

/**
 * The events read, as a table; on a narrow screen each event is a block of its fields, one per line, each named by
 * its column (nothing to scroll sideways on a phone). Past the first five, the rest on request.
 */
function EventsTable({ events }: { events: readonly ParsedEvent[] }) {
  const [all, setAll] = useState(false);
  const id = useId();
  const shown = all ? events : events.slice(0, FIRST_EVENTS);
  const cell =
    'px-2 py-1 max-sm:flex max-sm:gap-2 max-sm:py-0.5 max-sm:before:shrink-0 max-sm:before:font-semibold max-sm:before:content-[attr(data-label)]';
  return (
    <div className="mt-2 overflow-x-auto">
      <table id={id} className="min-w-full border-collapse text-left text-sm max-sm:block" data-testid="events-read">
        <caption className="sr-only">Events read from the pasted text</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b border-slate-300">
            {COLUMNS.map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {shown.map((e, i) => (
            <tr key={i} className="border-b border-slate-200 align-top max-sm:block max-sm:py-2 max-sm:wrap-anywhere">
              {[
                e.eventId ?? '–',
                e.source ?? '–',
                e.type ?? '–',
                e.returnCode ?? '–',
                e.account ?? '–',
                [e.date, e.time].filter(Boolean).join(' ') || '–',
              ].map((v, c) => (
                <td
                  key={COLUMNS[c]}
                  data-label={`${COLUMNS[c]}:`}
                  className={cn(cell, (c === 0 || c === 3) && 'font-mono max-sm:before:font-sans')}
                >
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {events.length > FIRST_EVENTS && (
        <Button
          variant="secondary"
          className="mt-2"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => setAll((a) => !a)}
          data-testid="events-read-all"
        >
          {all ? `Show the first ${FIRST_EVENTS} only` : `Show all ${events.length} events`}
        </Button>
      )}
    </div>
  );
}

/** The text with a full stop at its end, unless it ends with one already (a quoted message often does). */
function endSentence(text: string): string {
  return /[.!?][”’"')]*$/.test(text) ? text : `${text}.`;
}

/** The result of one reading; remounted (by key) for each new one. */
export function PasteResult({ flow, reading }: { flow: Flow; reading: PasteReading }) {
  const { session } = useFlowSession(flow);
  const caseRef = useCaseRef();
  const navigate = useNavigate();
  const id = useId();
  const [picks, setPicks] = useState<Record<string, string>>(() => {
    const initial: Record<string, string> = {};
    if (reading.kind !== 'read') return initial;
    for (const p of reading.evidence.proposals) initial[p.question] = p.option;
    for (const c of reading.evidence.conflicts) initial[c.question] = LEAVE;
    return initial;
  });
  /** The question the walk stops at before any chosen answer is reached, when Fill in found nothing to fill in. */
  const [first, setFirst] = useState<string>();
  const nodes = indexNodes(flow);
  const question = (qid: string) => nodes.get(qid) as QuestionNode;

  const chosen = Object.fromEntries(Object.entries(picks).filter(([, o]) => o !== LEAVE));
  const after = walk(flow, answerMany(flow, session, chosen).session);
  /** A chosen answer the walk does not reach with the others (7026 for which error, once the event is 7044). */
  const offPath = (qid: string) =>
    picks[qid] !== LEAVE && !after.path.some((p) => p.node.id === qid && p.choice?.id === picks[qid]);
  const apply = () => {
    // Only the answers the walk reaches, in its order: one past a question left open would be kept out of sight
    // (and the case list would name a later step than the one shown).
    const answers = Object.fromEntries(
      Object.entries(chosen).filter(([q, o]) => after.path.some((p) => p.node.id === q && p.choice?.id === o)),
    );
    if (!Object.keys(answers).length) {
      setFirst(after.current.id);
      document.getElementById(`${id}-${after.current.id}`)?.focus();
      return;
    }
    // With the events read, one line each with its words: the ticket says what was pasted.
    answerPasted(
      flow,
      caseRef.caseId,
      answers,
      reading.kind === 'read' ? reading.events.map(describeEventWithWords) : [],
    );
    navigate(paths.step(caseRef, after.current.id));
  };

  // In the order the guide asks them.
  const settled = flow.nodes.flatMap((n) => (Object.hasOwn(picks, n.id) ? [n.id] : []));
  // Events that settle nothing here (`settled` holds the same questions for the whole reading) are kept with the
  // case all the same, once per reading (this view is remounted for each): the ticket lists them.
  const keepsEvents = reading.kind === 'read' && reading.events.length > 0 && settled.length === 0;
  useEffect(() => {
    if (keepsEvents && reading.kind === 'read')
      answerPasted(flow, caseRef.caseId, {}, reading.events.map(describeEventWithWords));
  }, [flow, caseRef.caseId, reading, keepsEvents]);
  const chosenCount = Object.values(picks).filter((o) => o !== LEAVE).length;

  return (
    <>
      {reading.kind === 'empty' && (
        <p role="alert" className="font-semibold text-red-800">
          Paste the event text into the box first.
        </p>
      )}
      {reading.kind === 'unreadable' && (
        <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">This guide could not read an event in that text.</p>
          <p className="mt-1">
            Nothing you answered has changed. Copy the event’s details again, including its description or the lines
            that start with “Event ID” and “Source”, or answer the question above yourself.
          </p>
        </div>
      )}
      {reading.kind === 'read' && (
        <div>
          <h3 className="font-semibold">
            What we read: {reading.events.length} {reading.events.length === 1 ? 'event' : 'events'}
            {reading.truncated ? ' (the text was long, so only the first part was read)' : ''}
          </h3>
          {reading.events.length > 0 && <EventsTable events={reading.events} />}
          {reading.evidence.hits
            .filter((h) => !h.event)
            .map((h, i) => (
              <p key={i} className="mt-2 text-sm text-slate-700">
                Found {h.what}.
              </p>
            ))}
          {reading.evidence.noReturnCode.map((h, i) => (
            <p key={i} className="mt-2 text-sm text-slate-700" data-testid="paste-no-code">
              {h.what}: no return code in what was pasted, so it settles nothing. This guide knows it only as{' '}
              {quoted(h.rule.label)}. Double-click the event in Event Viewer and paste what its window shows,
              description included.
            </p>
          ))}
          {settled.length === 0 ? (
            <p role="alert" className="mt-3 rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-amber-950">
              {informationAdvice(reading.events) ??
                // Events without their return code are explained above, one line each.
                (reading.evidence.noReturnCode.length
                  ? ''
                  : `${reading.events.length === 1 ? 'It does not settle' : 'None of these settles'} a question in this guide.`)}{' '}
              Nothing you answered has changed: answer the question above yourself.
              {keepsEvents && ' The pasted event is kept with the case, for the ticket.'}
            </p>
          ) : (
            <form
              className="mt-3"
              onSubmit={(e) => {
                e.preventDefault();
                apply();
              }}
            >
              <h3 className="font-semibold">Answers this settles (correct any before filling them in)</h3>
              <div className="mt-2 grid gap-3">
                {settled.map((qid) => {
                  const q = question(qid);
                  const conflict = reading.evidence.conflicts.find((c) => c.question === qid);
                  const proposal = reading.evidence.proposals.find((p) => p.question === qid);
                  const why = (conflict ? conflict.options.flatMap((o) => o.hits) : (proposal?.hits ?? [])).map(
                    (h) => h.rule.label,
                  );
                  return (
                    <div key={qid}>
                      <label htmlFor={`${id}-${qid}`} className="block font-semibold">
                        {plainText(q.title)}
                      </label>
                      <select
                        id={`${id}-${qid}`}
                        value={picks[qid] ?? LEAVE}
                        onChange={(e) => {
                          setFirst(undefined);
                          setPicks((p) => ({ ...p, [qid]: e.target.value }));
                        }}
                        aria-describedby={`${id}-${qid}-why`}
                        className="mt-1 block w-full max-w-full rounded-md border border-slate-500 bg-white p-2 text-slate-900"
                      >
                        <option value={LEAVE}>Leave unanswered</option>
                        {q.options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {plainText(o.label)}
                          </option>
                        ))}
                      </select>
                      {picks[qid] !== LEAVE && (
                        // The closed list cuts a long answer short (at 320 px, and even on a wide screen): its full
                        // words under it (the list names it to a screen reader already).
                        <p aria-hidden className="mt-1 text-sm" data-testid="paste-chosen">
                          Chosen: {plainText(q.options.find((o) => o.id === picks[qid])!.label)}
                        </p>
                      )}
                      {/* Said only when another answer is filled in (none at all: Fill in says which comes first). */}
                      {offPath(qid) && settled.some((other) => !offPath(other) && picks[other] !== LEAVE) && (
                        <p className="mt-1 text-sm font-semibold text-amber-900" data-testid="paste-off-path">
                          Not filled in with the answers above: the guide does not ask this after them.
                        </p>
                      )}
                      <p id={`${id}-${qid}-why`} className="mt-1 text-sm text-slate-700">
                        {conflict
                          ? `The text points to different answers here (${[...new Set(why)].join('; ')}): choose one.`
                          : `From: ${endSentence([...new Set(why)].join('; '))}`}
                      </p>
                    </div>
                  );
                })}
              </div>
              {first && (
                <p role="alert" className="mt-3 font-semibold text-red-800" data-testid="paste-ask-first">
                  Nothing was filled in: the guide asks {quoted(plainText(nodes.get(first)!.title))} first.{' '}
                  {settled.includes(first)
                    ? 'Choose an answer for it here, then fill in again.'
                    : 'The text does not settle it: answer it, then read the event again.'}
                </p>
              )}
              <Button type="submit" className="mt-4" disabled={chosenCount === 0}>
                Fill in {chosenCount === 1 ? 'this answer' : 'these answers'}
              </Button>
            </form>
          )}
        </div>
      )}
      {/* Nothing here: the other guides that know the text, with the way to open a case of each. */}
      {reading.kind !== 'empty' && settled.length === 0 && <OtherGuides text={reading.text} except={flow.id} />}
    </>
  );
}
