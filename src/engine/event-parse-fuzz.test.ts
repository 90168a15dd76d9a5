/**
 * The event reader never throws and never makes up an answer: 10,000 inputs,
 * half of them random text (any Unicode, line breaks, quote marks, field
 * labels), half of them real pastes (the layout fixtures) mutated: cut,
 * spliced, quoted, re-indented, their lines shuffled or repeated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { choicesOf, indexNodes } from '@/engine/graph';
import { EVENT_PASTES } from '@/testing/fixtures/event-pastes';

import { MAX_DESCRIPTION, MAX_EVENTS, parseEvents } from './event-parse';
import { readEvidence } from './evidence-rules';

const TYPES = new Set(['Error', 'Warning', 'Information', 'Success Audit', 'Failure Audit']);
const nodes = indexNodes(flow);

/** Pieces that make random text look like an event, in every language the reader knows. */
const PIECES = [
  'Event ID:',
  'Event Type:',
  'Source:',
  'Type:',
  'Description:',
  'Data:',
  'Date:',
  'Time:',
  'Ereigniskennung:',
  "ID de l'événement :",
  'Id. suceso:',
  'ID evento:',
  'Dati:',
  'Return code 80004005',
  '0x80004005',
  '7044',
  '7026',
  'MSExchangeMig',
  'Internal failure communicating with MAPI Spooler',
  'not found in the postoffice',
  '> ',
  '| ',
  '\t',
  '\r\n',
  '\n',
  '\r',
  ',',
  ';',
  '"',
  '3/14/00',
  '14.03.2000',
  '2:31:07 PM',
  '14:31:07',
  '|',
  '%1',
  '\u2028',
  '\u00a0',
];

const randomText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...PIECES),
      fc.nat({ max: 70000 }).map(String),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 12 })).map(
    ([at, s]): Mutation =>
      (t) =>
        t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(
    ([at, n]): Mutation =>
      (t) =>
        t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n),
  ),
  fc.nat().map(
    (at): Mutation =>
      (t) =>
        t.slice(0, at % (t.length + 1)),
  ),
  fc.constantFrom<Mutation>(
    (t) =>
      t
        .split(/\r\n|\n|\r/)
        .map((l) => `> ${l}`)
        .join('\n'),
    (t) =>
      t
        .split(/\r\n|\n|\r/)
        .map((l) => `| >> ${l}`)
        .join('\r\n'),
    (t) =>
      t
        .split(/\r\n|\n|\r/)
        .map((l) => `\t  ${l}`)
        .join('\n'),
    (t) => t.replace(/\t/g, '   '),
    (t) => t.replace(/ {2,}/g, '\t'),
    (t) => t.replace(/:/g, ' :'),
    (t) => t.toUpperCase(),
    (t) =>
      t
        .split(/\r\n|\n|\r/)
        .reverse()
        .join('\n'),
    (t) => `${t}\n\n${t}`,
  ),
  fc.nat().map(
    (seed): Mutation =>
      (t) => {
        const lines = t.split('\n');
        const i = seed % Math.max(1, lines.length);
        return [...lines.slice(0, i), lines[i] ?? '', ...lines.slice(i)].join('\n');
      },
  ),
);

const mutatedPaste = fc
  .tuple(fc.constantFrom(...EVENT_PASTES.map((f) => f.text)), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce((t, m) => m(t), text));

describe('event reader, fuzzed (fast-check)', () => {
  it('10,000 random and mutated pastes: never throws, and everything it reads is well formed', () => {
    fc.assert(
      fc.property(fc.oneof(randomText, mutatedPaste), (text) => {
        const parsed = parseEvents(text);
        expect(parsed.events.length).toBeLessThanOrEqual(MAX_EVENTS);
        expect(parsed.searchText).toBe(parsed.searchText.toLowerCase());
        for (const code of parsed.returnCodes) expect(code).toMatch(/^[0-9A-F]{8}$/);
        for (const e of parsed.events) {
          expect(e.eventId !== undefined || e.source !== undefined).toBe(true);
          if (e.eventId !== undefined) {
            expect(Number.isInteger(e.eventId)).toBe(true);
            expect(e.eventId).toBeGreaterThanOrEqual(1);
            expect(e.eventId).toBeLessThanOrEqual(65535);
          }
          if (e.type !== undefined) expect(TYPES.has(e.type)).toBe(true);
          if (e.returnCode !== undefined) expect(e.returnCode).toMatch(/^[0-9A-F]{8}$/);
          expect((e.description ?? '').length).toBeLessThanOrEqual(MAX_DESCRIPTION);
        }
        const reading = readEvidence(flow, parsed);
        for (const p of [...reading.proposals, ...reading.conflicts.flatMap((c) => c.options)]) {
          const q = nodes.get(p.question);
          expect(q?.kind).toBe('question');
          expect(choicesOf(q!).map((c) => c.id)).toContain(p.option);
          expect(p.hits.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('text with no event and no known message in it gives nothing to fill in', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 200 }).filter((s) => !/\d|:|\t|,|;/.test(s)),
        (text) => {
          const parsed = parseEvents(text);
          expect(parsed.events).toEqual([]);
          const known = (flow.evidenceRules ?? []).flatMap((r) =>
            r.when.flatMap((m) => (m.text ? [m.text.toLowerCase()] : [])),
          );
          if (!known.some((k) => parsed.searchText.includes(k))) expect(readEvidence(flow, parsed).hits).toEqual([]);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
