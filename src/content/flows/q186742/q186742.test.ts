import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { trainerMoves } from '@/content/trainer-moves';
import type { OutcomeNode, StepNode } from '@/content/schema';
import { validateFlow } from '@/checks/validate-content';
import { parseEvents } from '@/engine/event-parse';
import { assess, explain, isCauseOutcome } from '@/engine/evidence';
import { readEvidence } from '@/engine/evidence-rules';
import { choicesOf, indexNodes } from '@/engine/graph';
import { answerMany } from '@/engine/answer-many';
import { handOver } from '@/engine/handover';
import { startSession } from '@/engine/session';
import { verdict } from '@/engine/verdict';
import { walk } from '@/engine/walk';

import presenter from '../../presenter/q186742';
import { withPractice } from '../../practice';
import q255888Flow from '../q255888/index';
import bare from './index';
import { appLogEvent } from './questions';
import REVISIONS from './revisions';
import PRACTICE from './trainer-moves';

/** The flow with its trainer moves, as the trainer's pages load it. */
const flow = withPractice(bare, PRACTICE);

const MATCHING = {
  'app-log-event': 'event-7017',
  'existing-mailbox': 'yes',
  'alias-differs': 'different',
  'migration-method': 'two-step',
  'migrated-what': 'mail-and-pab',
  'exchange-version': 'ex50-55',
  'source-system': 'msmail-pc',
};
const FIXED = {
  ...MATCHING,
  'diagnosis-q186742': 'continue',
  'fix-csv-mode': 'done',
  'fix-check-directory-name': 'done',
  'fix-common-name': 'done',
  'fix-clear-create': 'done',
  'fix-no-nt-account': 'done',
};

/** An event as Event Viewer's Event Detail shows it, copied as text. */
const EVENT = (id: number, description: string) =>
  `Event ID: ${id}\r\nSource: MSExchangeMig\r\nType: Error\r\nCategory: None\r\nDescription:\r\n${description}\r\n`;
/** The 7017 event exactly as KB Q186742 prints it. */
const Q186742_EVENT = `  EventID: 7017
  Source: MSExchangeMig
  Type: Error
  Category: None
  Description:

  Could not log onto the Message Store for Account: <username>`;

/** Event 283 as KB Q162833 prints it (its own source, MSExchangeMIGDS, and no Type line). */
const Q162833_EVENT = `  Event ID: 283
  Source: MSExchangeMIGDS
  Description: Could not remove object <UserID> because the directory
  service reported the following error: Changes cannot be written to
  this directory object. Try connecting to a Microsoft Exchange
  Server computer in the same site as this object.`;
/** The same error as KB Q154443 prints it: another layout and other words. */
const Q154443_EVENT = `  event id= 283 source=ms exchange migds
  Changes could not be written to the Directory object. Try connecting to an
  Exchange Server in the same Site as this object.`;

const TABLE: Array<{
  outcome: string;
  answers: Record<string, string>;
  paste?: string;
  after?: Record<string, string>;
}> = [
  {
    outcome: 'diagnosis-q186742',
    answers: MATCHING,
    paste: Q186742_EVENT,
    after: { ...MATCHING, 'app-log-event': 'not-sure' },
  },
  {
    outcome: 'cause-147-container',
    answers: { 'app-log-event': 'event-147', 'version-147': 'ex40-50' },
    paste: EVENT(147, 'Could not log onto the Message Store for Account: CARLAM'),
    after: { 'version-147': 'ex40-50' },
  },
  { outcome: 'not-this-147-ex55', answers: { 'app-log-event': 'event-147', 'version-147': 'ex55' } },
  {
    outcome: 'cause-283-existing-recipient',
    answers: { 'app-log-event': 'event-283', 'version-283': 'ex40-50' },
    paste: Q162833_EVENT,
    after: { 'version-283': 'ex40-50' },
  },
  {
    outcome: 'not-this-283-ex55',
    answers: { 'app-log-event': 'event-283', 'version-283': 'ex55' },
    paste: Q154443_EVENT,
    after: { 'version-283': 'ex55' },
  },
  {
    outcome: 'cause-7026-q255888',
    answers: { 'app-log-event': 'event-7026' },
    paste: EVENT(7026, 'Migration Aborted due to Mapi logon failure.'),
  },
  {
    outcome: 'cause-162-178-false-alarm',
    answers: { 'app-log-event': 'event-162-178' },
    paste: EVENT(178, "Invalid Home-Server definition in user list file for the user 'Home-Server'."),
  },
  {
    outcome: 'cause-7044-q255888',
    answers: { 'app-log-event': 'event-7044' },
    paste: EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.'),
  },
  { outcome: 'not-this-other-event', answers: { 'app-log-event': 'other-event' } },
  { outcome: 'not-this-no-event', answers: { 'app-log-event': 'no-event' } },
  { outcome: 'not-this-no-mailbox', answers: { ...MATCHING, 'existing-mailbox': 'no' } },
  { outcome: 'not-this-alias-same', answers: { ...MATCHING, 'alias-differs': 'same' } },
  { outcome: 'not-this-one-step', answers: { ...MATCHING, 'migration-method': 'one-step' } },
  { outcome: 'not-this-mailboxes-only', answers: { ...MATCHING, 'migrated-what': 'mailboxes-only' } },
  { outcome: 'not-applicable-version', answers: { ...MATCHING, 'exchange-version': 'other' } },
  { outcome: 'not-applicable-source', answers: { ...MATCHING, 'source-system': 'other' } },
  { outcome: 'resolved', answers: { ...FIXED, verify: 'yes' } },
  { outcome: 'escalate', answers: { ...FIXED, verify: 'new-mailbox' } },
];

const at = (answers: Record<string, string>) => walk(flow, { entry: 'diagnose', answers });

function pasted(text: string) {
  const reading = readEvidence(flow, parseEvents(text));
  expect(reading.conflicts).toEqual([]);
  return Object.fromEntries(reading.proposals.map((p) => [p.question, p.option]));
}

describe('the Q186742 flow', () => {
  it('validates with zero problems', () => {
    expect(validateFlow({ ...flow, revisions: [...REVISIONS] })).toEqual([]);
  });

  it('the table covers every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
    expect(TABLE.map((t) => t.outcome).sort()).toEqual([...outcomes].sort());
  });

  it.each(TABLE)('answers reach $outcome, with no answer contradicting it', ({ outcome, answers }) => {
    const w = at(answers);
    expect(w.current.id).toBe(outcome);
    expect(assess(flow, w, w.current as OutcomeNode).contradicting).toEqual([]);
  });

  it.each(TABLE.filter((t) => t.paste))('a pasted event leads to $outcome', ({ outcome, paste, after }) => {
    const fromPaste = pasted(paste!);
    const { session } = answerMany(flow, startSession(flow), { ...fromPaste, ...(after ?? {}) });
    expect(walk(flow, session).current.id).toBe(outcome);
  });

  it('the 7017 event as the article prints it fills the event question with 7017', () => {
    expect(pasted(Q186742_EVENT)).toEqual({ 'app-log-event': 'event-7017' });
  });

  it('event 147 shares 7017’s words but is read by its id: it never proposes 7017', () => {
    expect(pasted(EVENT(147, 'Could not log onto the Message Store for Account: <mailbox>'))).toEqual({
      'app-log-event': 'event-147',
    });
    // The words alone, without an event id, settle nothing.
    expect(pasted('Could not log onto the Message Store for Account: CARLAM')).toEqual({});
  });

  it('event 283 is read from either article’s printing, and another source’s 283 is not it', () => {
    expect(pasted(Q162833_EVENT)).toEqual({ 'app-log-event': 'event-283' });
    expect(pasted(Q154443_EVENT)).toEqual({ 'app-log-event': 'event-283' });
    expect(pasted(EVENT(283, 'Something else entirely.'))).toEqual({});
  });

  it('event 283 alone does not name its articles: the version that logged it is asked first', () => {
    expect(at({ 'app-log-event': 'event-283' }).current.id).toBe('version-283');
    const o = at({ 'app-log-event': 'event-283', 'version-283': 'not-sure' }).current as OutcomeNode;
    expect(o.id).toBe('cause-283-existing-recipient');
    expect(verdict(flow, at({ 'app-log-event': 'event-283', 'version-283': 'not-sure' }), o)?.level).toBe('likely');
  });

  it('a 7044 names KB Q255888 only with that article’s return code 80004005', () => {
    const text = (code: string) =>
      EVENT(7044, `Internal failure communicating with MAPI Spooler. Account ANNAB. Return code ${code}.`);
    expect(pasted(text('80004005'))).toEqual({ 'app-log-event': 'event-7044' });
    expect(pasted(text('8004010F'))).toEqual({});
    expect(pasted('Internal failure communicating with MAPI Spooler. Return code 8004010F.')).toEqual({});
  });

  it('with every symptom answered, the diagnosis has no competitor left open', () => {
    const w = at(MATCHING);
    expect(explain(flow, w, indexNodes(flow).get('diagnosis-q186742') as OutcomeNode).stillPossible).toEqual([]);
  });

  it('every other cause on the route to an outcome is either ruled out by a named answer or kept open', () => {
    for (const { answers } of TABLE) {
      const w = at(answers);
      const o = w.current as OutcomeNode;
      const e = explain(flow, w, o);
      expect(e.ruledOut.length + e.stillPossible.length).toBe(
        flow.nodes.filter((n) => isCauseOutcome(n) && n.id !== o.id).length,
      );
      for (const r of e.ruledOut) expect(r.ruledOutBy?.answer).toBeDefined();
    }
  });

  it('the fix entry starts at the first fix step, and the fix follows the article’s four steps in order', () => {
    const fix = flow.entries.find((e) => e.id === 'fix')!;
    const steps: string[] = [];
    let id: string | undefined = fix.start;
    const nodes = indexNodes(flow);
    while (id && nodes.get(id)?.kind === 'step') {
      const step = nodes.get(id) as StepNode;
      steps.push(`${step.id} (${step.source.note})`);
      id = step.next;
    }
    expect(steps).toEqual([
      'fix-csv-mode (step 1)',
      'fix-check-directory-name (step 2)',
      'fix-common-name (step 2)',
      'fix-clear-create (step 3)',
      'fix-no-nt-account (step 4)',
    ]);
  });

  it('every fix step has trainer moves, and every node has speaker notes', () => {
    for (const node of flow.nodes) {
      if (node.kind === 'step') expect(trainerMoves(node).length, node.id).toBeGreaterThan(0);
      expect(presenter.notes[node.id], node.id).toBeTruthy();
    }
  });

  it('raw mode is only looked at: the raw-mode step carries the article’s warning and ends with Cancel', () => {
    const step = indexNodes(flow).get('fix-check-directory-name') as StepNode;
    expect(step.warnings?.[0]?.source).toEqual({ ref: 'Q186742', section: 'Workaround', note: 'step 2, warning' });
    const moves = trainerMoves(step);
    expect(moves.at(-1)).toMatchObject({ screen: 'exchange-raw-properties', target: 'cancel-button' });
    // In the dialog itself: one click to read a value, one to leave (never Set, OK or Apply).
    expect(moves.filter((m) => m.screen === 'exchange-raw-properties').map((m) => m.target)).toEqual([
      'directory-name-attribute',
      'cancel-button',
    ]);
  });
});

describe('event 147 and the Exchange Server version (KB Q152330 covers 4.0 and 5.0; corrected in 5.5)', () => {
  const outcomeAt = (answers: Record<string, string>) => {
    const w = at(answers);
    return { w, o: w.current as OutcomeNode };
  };

  it('event 147 alone does not name KB Q152330: the version that logged it is asked first', () => {
    expect(at({ 'app-log-event': 'event-147' }).current.id).toBe('version-147');
  });

  it('on 4.0 or 5.0, KB Q152330 is confirmed by the event and the version, the version cited from its Status', () => {
    const { w, o } = outcomeAt({ 'app-log-event': 'event-147', 'version-147': 'ex40-50' });
    expect(o.id).toBe('cause-147-container');
    expect(o.decisive).toEqual([
      { question: 'app-log-event', options: ['event-147'] },
      { question: 'version-147', options: ['ex40-50'] },
    ]);
    expect(o.evidence?.find((e) => e.question === 'version-147')?.source).toMatchObject({
      ref: 'Q152330',
      section: 'Status',
    });
    expect(verdict(flow, w, o)?.level).toBe('confirmed');
  });

  it('not sure of the version: KB Q152330 is likely, and the version is the answer that settles it', () => {
    const { w, o } = outcomeAt({ 'app-log-event': 'event-147', 'version-147': 'not-sure' });
    expect(o.id).toBe('cause-147-container');
    const v = verdict(flow, w, o)!;
    expect(v.level).toBe('likely');
    expect(v.toSettle.map((c) => [c.question.id, c.settles.map((s) => s.id)])).toEqual([['version-147', ['ex40-50']]]);
  });

  it('on 5.5, not KB Q152330 (corrected there) nor Q186742: says so, and is no dead end', () => {
    const answers = { 'app-log-event': 'event-147', 'version-147': 'ex55' };
    const { w, o } = outcomeAt(answers);
    expect(o).toMatchObject({ id: 'not-this-147-ex55', type: 'not-this', rulesOut: 'diagnosis-q186742' });
    expect(o.source).toMatchObject({ ref: 'Q152330', section: 'Status' });
    expect(o.summary).toContain('corrected in Exchange Server 5.5');
    expect(assess(flow, w, indexNodes(flow).get('cause-147-container') as OutcomeNode).contradicting).not.toEqual([]);
    const checks = o.nextChecks!.join('\n');
    expect(checks).toMatch(/^Our own advice: look .* other `MSExchangeMig` errors from the same run/);
    expect(checks).toContain('event 7017, go back to the first question of this guide');
    expect(checks).toContain('hand the case over with the event text');
    // No hand-over from here (the Q255888 guide would offer 147 again and hand it back: a loop); another error of the
    // run is this guide's own first answer, named in its words, which goes on there.
    expect(o.continues).toBeUndefined();
    const other = appLogEvent.options.find((x) => x.id === 'other-event')!;
    expect(checks).toContain(`choose “${other.label}”`);
    expect(at({ 'app-log-event': 'other-event' }).current.id).toBe('not-this-other-event');
  });

  it('a case handed over from the Q255888 guide with event 147 is asked the version here', () => {
    const from = { entry: 'diagnose', answers: { 'app-log-event': 'other-event', 'which-event': 'event-147' } };
    expect(walk(q255888Flow, from).current.id).toBe('cause-147-q186742');
    const start = handOver(q255888Flow, from, 'cause-147-q186742', flow)!;
    expect(start.answers).toEqual({ 'app-log-event': 'event-147' });
    expect(walk(flow, start).current.id).toBe('version-147');
  });
});

describe('no MSExchangeMig error at all', () => {
  it('is no dead end: the case goes on in the Q255888 guide, which knows failures that log no error', () => {
    const answers = { 'app-log-event': 'no-event' };
    const o = at(answers).current as OutcomeNode;
    expect(o.id).toBe('not-this-no-event');
    const start = handOver(flow, { entry: 'diagnose', answers }, o.id, q255888Flow)!;
    expect(start).toEqual({
      flowId: 'q255888',
      entry: 'diagnose',
      answers: { 'app-log-event': 'no-event' },
      at: 'app-log-event',
    });
    // Its "No MSExchangeMig error at all" leads on to what the migration left behind.
    expect(walk(q255888Flow, start).current.id).toBe('mailboxes-created');
    expect(o.nextChecks![0]).toMatch(/^Continue in the guide for KB Q255888/);
    expect(o.summary).toContain('KB Q190423');
  });
});

describe('texts that end up in the ticket', () => {
  it('never say where something is on the page (“below”, “above”)', () => {
    const strings = JSON.stringify(flow.nodes);
    expect(strings).not.toMatch(/\b(below|above)\b/i);
  });

  it('the 7026 result reads as a verdict: which articles, not “is not Q186742”', () => {
    const o = indexNodes(flow).get('cause-7026-q255888') as OutcomeNode;
    expect(o.title).toMatch(/^Event 7026: /);
    expect(o.title).not.toMatch(/ is not /);
  });
});

describe('properties of the Q186742 differential (fast-check)', () => {
  const nodes = indexNodes(flow);
  const choiceIds = (id: string) => choicesOf(nodes.get(id)!).map((c) => c.id);
  const anyAnswers = fc.record(
    Object.fromEntries(
      flow.nodes
        .filter((n) => choicesOf(n).length)
        .map((n) => [
          n.id,
          fc.option(fc.oneof(fc.constantFrom(...choiceIds(n.id)), fc.string({ maxLength: 4 })), { nil: undefined }),
        ]),
    ),
  );
  const clean = (a: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => e[1] !== undefined));

  it('no outcome is reached while an answer on the way contradicts its evidence', () => {
    fc.assert(
      fc.property(anyAnswers, (given) => {
        const w = walk(flow, { entry: 'diagnose', answers: clean(given) });
        for (const p of w.path)
          if (p.node.kind === 'outcome') expect(assess(flow, w, p.node).contradicting).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('whatever is pasted, the rules only propose real answers', () => {
    const questionIds = flow.nodes.filter((n) => n.kind === 'question').map((n) => n.id);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.constantFrom(Q186742_EVENT, ...TABLE.flatMap((t) => (t.paste ? [t.paste] : []))),
        ),
        (text) => {
          for (const p of readEvidence(flow, parseEvents(text)).proposals) {
            expect(questionIds).toContain(p.question);
            expect(choiceIds(p.question)).toContain(p.option);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
