/**
 * What the start page's paste box found (library.tsx): the guide the pasted
 * event belongs to, with the answers it settles, or a choice of guides, or
 * what was read when no guide knows it. Loaded on the first "Find the guide",
 * with the event reader, every guide's evidence rules and the store's actions
 * (opening a case gives the same "paste" answers as the paste box inside a guide).
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { plainText } from '@/components/ui/rich-text';
import type { Flow } from '@/content/schema';
import { loadAllFlows } from '@/content/load-all-flows';
import { type ParsedEvent, describeEventWithWords, parseEvents } from '@/engine/event-parse';
import { informationAdvice } from '@/engine/evidence-rules';
import { indexNodes } from '@/engine/graph';
import { walk } from '@/engine/walk';
import { paths } from '@/lib/paths';
import { quoted } from '@/lib/quote';
import { actions, answerPasted } from '@/store';

import { type FlowMatch, matchFlows } from './match-flows';

export type PasteMatchReading =
  | { kind: 'empty' }
  /** `id`: the text was an event id alone ("7044", "event 7026"), which the search finds, not the event reader. */
  | { kind: 'unreadable'; id?: string }
  | {
      kind: 'read';
      events: readonly ParsedEvent[];
      /** The text held more than was read (more events than are kept, or more text). */
      truncated: boolean;
      matches: readonly FlowMatch[];
      known: readonly number[];
      /** For an event ID a guide knows but whose event read here differs (another return code or message): how each guide describes it. */
      knownAs: readonly KnownAs[];
      /** Every guide, in catalogue order: the ones to open by hand when none knows the text. */
      guides: readonly Flow[];
    };

/**
 * A guide that knows an event ID, its article's description of the event (its evidence rule's label), and what the
 * pasted events with that ID showed instead (`pasted`: their return codes, another description, or none).
 */
export type KnownAs = { eventId: number; flow: Flow; labels: readonly string[]; pasted: string };

/** What a pasted event without words shows (`KnownAs.pasted`): a row of the event list. */
const NO_WORDS = 'no description (a row of the event list shows none)';

/** What the pasted events with one ID show that a rule did not take: their return codes, or whether they have words. */
function pastedAs(events: readonly ParsedEvent[]): string {
  const described = events.filter((e) => e.description);
  if (!described.length) return NO_WORDS;
  const codes = [...new Set(described.flatMap((e) => (e.returnCode ? [e.returnCode] : [])))];
  return codes.length
    ? `return code ${codes.join(', ')}`
    : `other words: ${quoted(described[0]!.description!.slice(0, 120))}`;
}

export async function readPasteForGuides(text: string): Promise<PasteMatchReading> {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseEvents(text);
  const flows = await loadAllFlows();
  const matches = matchFlows(flows, parsed);
  if (!parsed.events.length && !matches.length) {
    const id = /^\s*(?:event\s*(?:id)?\s*:?\s*)?(\d{2,5})\s*$/i.exec(text)?.[1];
    return id ? { kind: 'unreadable', id } : { kind: 'unreadable' };
  }
  const known = [
    ...new Set(
      flows.flatMap((f) =>
        (f.evidenceRules ?? []).flatMap((r) => r.when.flatMap((m) => (m.eventId === undefined ? [] : [m.eventId]))),
      ),
    ),
  ];
  const ids = [...new Set(parsed.events.flatMap((e) => (e.eventId === undefined ? [] : [e.eventId])))];
  const knownAs = matches.length
    ? []
    : ids.flatMap((eventId) => {
        const guides = flows.flatMap((flow) => {
          const rules = (flow.evidenceRules ?? []).filter((r) => r.when.some((m) => m.eventId === eventId));
          const own = rules.some((r) => r.source.ref === flow.kb.id);
          const pasted = pastedAs(parsed.events.filter((e) => e.eventId === eventId));
          return rules.length ? [{ eventId, flow, labels: rules.map((r) => plainText(r.label)), pasted, own }] : [];
        });
        // The guide of the article the event comes from, when there is one (another guide may know it only to
        // send it there).
        const own = guides.filter((g) => g.own);
        return (own.length ? own : guides).map(({ own: _own, ...k }) => k);
      });
  return {
    kind: 'read',
    events: parsed.events,
    truncated: parsed.truncated,
    matches,
    known: known.sort((a, b) => a - b),
    knownAs,
    guides: flows,
  };
}

/** The answers a match settles, in words. */
function settled(m: FlowMatch): { id: string; question: string; answer: string }[] {
  const nodes = indexNodes(m.flow);
  return Object.entries(m.answers).flatMap(([q, o]) => {
    const node = nodes.get(q);
    const option = node?.kind === 'question' ? node.options.find((x) => x.id === o) : undefined;
    return node?.kind === 'question' && option
      ? [{ id: q, question: plainText(node.title), answer: plainText(option.label) }]
      : [];
  });
}

const describe = (e: ParsedEvent) =>
  [
    e.eventId !== undefined ? `Event ID ${e.eventId}` : 'An event without an ID',
    e.source && `from ${e.source}`,
    e.type && `(${e.type})`,
  ]
    .filter(Boolean)
    .join(' ');

/** Kinds of event named in the summary of a paste; the rest are counted. */
const NAMED_KINDS = 5;

/**
 * What was read, in one sentence: each kind of event once, with how many there were (a saved log repeats the same
 * event many times), at most five kinds named, and whether the text held more than was read.
 */
export function readSummary(events: readonly ParsedEvent[], truncated: boolean): string {
  const more = truncated ? ' (the text was long, so only its first part was read)' : '';
  if (!events.length) return `We found the words of a known error${more}.`;
  const counts = new Map<string, number>();
  for (const d of events.map(describe)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const kinds = [...counts].map(([d, n]) => (n > 1 ? `${d}, ${n} times` : d));
  const named =
    kinds.length > NAMED_KINDS ? [...kinds.slice(0, NAMED_KINDS), `${kinds.length - NAMED_KINDS} other kinds`] : kinds;
  return `We read ${events.length === 1 ? named[0] : `${events.length} events: ${named.join('; ')}`}${more}.`;
}

function Match({ m, single, events }: { m: FlowMatch; single: boolean; events: readonly ParsedEvent[] }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const answers = settled(m);
  // Where the case would open: the first question still open, or the result the answers reach.
  const next = walk(m.flow, { entry: m.flow.entries[0]!.id, answers: m.answers }).current;
  const open = async () => {
    try {
      const caseId = actions.startCase(m.flow);
      answerPasted(m.flow, caseId, m.answers, events.map(describeEventWithWords));
      navigate(paths.step({ flowId: m.flow.id, caseId }, next.id));
    } catch {
      setFailed(true);
    }
  };
  const Heading = single ? 'h3' : 'h4';
  return (
    <div
      className="min-w-0 rounded-md border-2 border-brand-600 bg-brand-50 p-3 wrap-anywhere"
      data-testid="paste-match"
      data-flow={m.flow.id}
    >
      <Heading className="font-bold">
        KB {m.flow.kb.id}: {m.flow.title}
      </Heading>
      {m.handedOverBy && (
        <p className="mt-1 text-sm" data-testid="paste-match-via">
          {m.handedOverBy.map((f) => `KB ${f.kb.id}`).join(' and ')} {m.handedOverBy.length === 1 ? 'reads' : 'read'}{' '}
          the text as this guide’s subject. On its own, the text settles none of this guide’s questions: it asks them.
        </p>
      )}
      {answers.length > 0 && (
        <>
          <p className="mt-1 text-sm font-semibold">It settles:</p>
          <ul className="mt-1 list-inside list-disc text-sm">
            {answers.map((a) => (
              <li key={a.id}>
                {a.question}: {quoted(a.answer)}
              </li>
            ))}
          </ul>
        </>
      )}
      {m.reading.conflicts.length > 0 && (
        <p className="mt-1 text-sm">
          The text points to different answers for{' '}
          {m.reading.conflicts
            .map((c) => plainText((indexNodes(m.flow).get(c.question) as { title: string }).title))
            .join(', ')}
          : the guide asks.
        </p>
      )}
      <p className="mt-1 text-sm" data-testid="paste-match-next">
        {next.kind === 'question' ? 'It then asks: ' : 'It leads to: '}
        {plainText(next.kind === 'question' ? next.prompt : next.title)}
      </p>
      <Button className="mt-3" onClick={() => void open()}>
        Open a new case of KB {m.flow.kb.id}
      </Button>
      {failed && (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          The case could not be opened. Reload the page and try again.
        </p>
      )}
    </div>
  );
}

/**
 * Opens a new case of a guide at its first way in (its first question), with nothing answered and the `events` read
 * kept with it for the ticket.
 */
function OpenByHand({ flow, events }: { flow: Flow; events: readonly ParsedEvent[] }) {
  const navigate = useNavigate();
  const open = () => {
    const entry = flow.entries[0]!;
    const caseId = actions.startCase(flow, { entry: entry.id });
    answerPasted(flow, caseId, {}, events.map(describeEventWithWords));
    navigate(paths.step({ flowId: flow.id, caseId }, entry.start));
  };
  return (
    <Button variant="secondary" className="mt-2 justify-self-start" onClick={open}>
      Open a new case of KB {flow.kb.id} and answer by hand
    </Button>
  );
}

export function PasteMatches({ reading }: { reading: PasteMatchReading }) {
  if (reading.kind === 'empty') {
    return (
      <p role="alert" className="font-semibold text-red-800">
        Paste the event text into the box first.
      </p>
    );
  }
  if (reading.kind === 'unreadable') {
    return (
      <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
        <p className="font-semibold">We could not find an event in that text.</p>
        {reading.id && (
          <p className="mt-1" data-testid="paste-bare-id">
            “{reading.id}” on its own is an event ID, not the event: type it into <strong>Search the guides</strong>{' '}
            above to see which guides know event {reading.id}, or paste the whole event here.
          </p>
        )}
        <p className="mt-1">
          Copy the event’s details again, with its description or the lines that start with “Event ID” and “Source”.
        </p>
      </div>
    );
  }
  const { matches, events } = reading;
  const read = readSummary(events, reading.truncated);
  if (!matches.length) {
    const informational = informationAdvice(events);
    return (
      <div
        role="alert"
        className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-amber-950"
        data-testid="paste-no-match"
      >
        <p className="font-semibold">{read}</p>
        {reading.knownAs.length > 0 ? (
          <>
            <p className="mt-1">
              A guide knows {reading.knownAs.length === 1 ? 'this event ID' : 'these event IDs'}, but only as its
              article describes the event, and what you pasted differs:
            </p>
            <ul className="mt-1 list-inside list-disc" data-testid="paste-known-as">
              {reading.knownAs.map((k) => (
                <li key={`${k.flow.id}-${k.eventId}`}>
                  KB {k.flow.kb.id} knows event {k.eventId} as: {k.labels.join('; ')}. What you pasted shows {k.pasted}.
                </li>
              ))}
            </ul>
            {reading.knownAs.some((k) => k.pasted === NO_WORDS) && (
              <p className="mt-1">
                Double-click the event in Event Viewer and paste what its Event Detail window shows, description
                included.
              </p>
            )}
            <p className="mt-1">
              So it settles nothing there. You can still open that guide and answer its questions yourself: it sends
              what its article does not cover to a result that says what to do next.
            </p>
            {[...new Map(reading.knownAs.map((k) => [k.flow.id, k.flow])).values()].map((flow) => (
              <OpenByHand key={flow.id} flow={flow} events={events} />
            ))}
          </>
        ) : informational ? (
          <p className="mt-1" data-testid="paste-information">
            {informational}
          </p>
        ) : (
          <>
            <p className="mt-1">
              No guide here knows {events.length === 1 ? 'this event' : 'these events'}. The guides recognise events{' '}
              {reading.known.join(', ')} from MSExchangeMig. Check that you copied the migration’s error, or search the
              guides above by its words.
            </p>
            <p className="mt-1">
              Or open a guide and answer its questions yourself: the pasted text’s{' '}
              {events.length === 1 ? 'event goes' : 'events go'} with the case, for the ticket.
            </p>
            {reading.guides.map((flow) => (
              <OpenByHand key={flow.id} flow={flow} events={events} />
            ))}
          </>
        )}
      </div>
    );
  }
  if (matches.length === 1) {
    return (
      <div className="grid gap-2">
        <p className="font-semibold">{read} It belongs to this guide:</p>
        <Match m={matches[0]!} single events={events} />
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <h3 className="font-semibold">
        {read} {matches.length} guides know it: choose one.
      </h3>
      {matches.map((m) => (
        <Match key={m.flow.id} m={m} single={false} events={events} />
      ))}
    </div>
  );
}

/**
 * Inside a guide whose own rules settle nothing from a pasted text (its paste box, wizard's evidence-result.tsx): the
 * other guides that do know it, each as the start page offers it, with the way to open a new case of it. The case
 * on screen stays as it is. Nothing is shown while they are read, or when no other guide knows the text.
 */
export function OtherGuides({ text, except }: { text: string; except: string }) {
  const [found, setFound] = useState<{ matches: readonly FlowMatch[]; events: readonly ParsedEvent[] }>();
  useEffect(() => {
    let live = true;
    readPasteForGuides(text).then(
      (r) => {
        if (live && r.kind === 'read')
          setFound({ matches: r.matches.filter((m) => m.flow.id !== except), events: r.events });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [text, except]);
  if (!found?.matches.length) return null;
  const one = found.matches.length === 1;
  return (
    <section aria-labelledby="other-guides-title" className="mt-3 grid gap-2" data-testid="paste-other-guides">
      <h3 id="other-guides-title" className="font-semibold">
        {one ? 'Another guide knows it' : 'Other guides know it'}
      </h3>
      <p className="text-sm text-slate-700">
        A new case there starts with what the text settles in that guide; this case stays as it is, in your case list.
      </p>
      {found.matches.map((m) => (
        <Match key={m.flow.id} m={m} single={false} events={found.events} />
      ))}
    </section>
  );
}
