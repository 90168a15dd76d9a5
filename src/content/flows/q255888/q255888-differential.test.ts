import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { OutcomeNode } from '@/content/schema';
import { parseEvents } from '@/engine/event-parse';
import { assess, explain, isCauseOutcome } from '@/engine/evidence';
import { readEvidence } from '@/engine/evidence-rules';
import { choicesOf, indexNodes } from '@/engine/graph';
import { answerMany } from '@/engine/answer-many';
import { startSession } from '@/engine/session';
import { verdict } from '@/engine/verdict';
import { walk } from '@/engine/walk';
import { Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import { q255888Flow as flow } from './index';

const MATCHING = Q255888_SYMPTOMS;
const OTHER = { 'app-log-event': 'other-event' };

const EVENT = (id: number, description: string) =>
  `Event ID: ${id}\r\nSource: MSExchangeMig\r\nType: Error\r\nCategory: None\r\nDescription:\r\n${description}\r\n`;

/** For every outcome: answers that reach it, and (where an event identifies it) a paste plus the answers still to give. */
const TABLE: Array<{
  outcome: string;
  answers: Record<string, string>;
  paste?: string;
  after?: Record<string, string>;
}> = [
  {
    outcome: 'diagnosis-q255888',
    answers: MATCHING,
    paste: EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.'),
    after: { ...MATCHING, 'app-log-event': 'no-event' },
  },
  {
    outcome: 'cause-7026-csv-proxy',
    answers: {
      ...OTHER,
      'which-event': 'event-7026',
      'version-7026': 'ex55',
      'mailbox-origin': 'two-step-edited',
      'csv-proxy': 'removed',
    },
    paste: EVENT(7026, 'Migration Aborted due to Mapi logon failure.'),
    after: { 'version-7026': 'ex55', 'mailbox-origin': 'two-step-edited', 'csv-proxy': 'removed' },
  },
  {
    outcome: 'cause-7026-precreated',
    answers: { ...OTHER, 'which-event': 'event-7026', 'version-7026': 'ex55', 'mailbox-origin': 'pre-created' },
    paste:
      '3/14/00\t2:31:07 PM\tMSExchangeMig\tError\tNone\t7026\tN/A\tEXCH01\tMigration Aborted due to Mapi logon failure.',
    after: { 'version-7026': 'ex55', 'mailbox-origin': 'pre-created' },
  },
  {
    outcome: 'cause-7026-custom-recipient',
    answers: { ...OTHER, 'which-event': 'event-7026', 'version-7026': 'ex55', 'mailbox-origin': 'custom-recipient' },
    paste: 'Migration Aborted due to Mapi logon failure.',
    after: { 'version-7026': 'not-sure', 'mailbox-origin': 'custom-recipient' },
  },
  {
    outcome: 'cause-7026-open',
    answers: { ...OTHER, 'which-event': 'event-7026', 'version-7026': 'ex55', 'mailbox-origin': 'not-sure' },
    paste: EVENT(7026, 'Migration Aborted due to Mapi logon failure.'),
    after: { 'version-7026': 'ex55', 'mailbox-origin': 'two-step-edited', 'csv-proxy': 'kept' },
  },
  { outcome: 'cause-147-q186742', answers: { ...OTHER, 'which-event': 'event-147' } },
  {
    outcome: 'cause-7017-alias',
    answers: { ...OTHER, 'which-event': 'event-7017', 'version-7017': 'ex50-55' },
    paste: EVENT(7017, 'Could not log onto the Message Store for Account: BRUNOK'),
    after: { 'version-7017': 'ex50-55' },
  },
  {
    outcome: 'cause-7000-7007-mmf',
    answers: { ...OTHER, 'which-event': 'event-7000-7007' },
    paste:
      EVENT(7000, "Could not migrate PAB file for account: CARLAM. PAB (MMF)Path 'X'.") +
      '\r\n' +
      EVENT(7007, 'Could not migrate MMF file for Account: CARLAM.'),
  },
  {
    outcome: 'cause-7034-control-file',
    answers: { ...OTHER, 'which-event': 'event-7034', 'version-7034': 'ex55', 'control-file': 'yes' },
    paste:
      'Source: MSExchangeMig\nEvent: 7034\nType: Error\nCategory: None\nDescription: User DAVIDW not found in the postoffice HEADPO.',
    after: { 'version-7034': 'ex55', 'control-file': 'yes' },
  },
  {
    outcome: 'cause-145-emsui',
    answers: { ...OTHER, 'which-event': 'event-145' },
    paste: 'The address book is unavailable. Check that the Microsoft Exchange Server is still available.',
  },
  {
    outcome: 'cause-4088-message',
    answers: { ...OTHER, 'which-event': 'event-4088', 'version-4088': 'ex55' },
    paste: EVENT(
      4088,
      "An error occurred accessing a message in folder 'Inbox' for user 'ANNAB'. This message will not be migrated.",
    ),
    after: { 'version-4088': 'ex55' },
  },
  {
    outcome: 'cause-151-135-mmf',
    answers: { ...OTHER, 'which-event': 'event-151-135', 'version-151-135': 'ex55' },
    // As KB Q199980 prints the event (its description in two quoted parts).
    paste:
      'Event ID: 151 Source: MSExchangeMig Description: "Could not migrate MMF file for account. " "UserId : ANNAB"\n"Mmfpath: \\\\SERVER\\PO\\MMF\\ANNAB.MMF"',
    after: { 'version-151-135': 'ex55' },
  },
  {
    outcome: 'cause-invalid-server',
    answers: { ...OTHER, 'which-event': 'invalid-server' },
    paste: 'Microsoft Exchange Migration\r\nInvalid server specified.\r\nOK',
  },
  {
    outcome: 'cause-access-violation',
    answers: { ...OTHER, 'which-event': 'access-violation' },
    paste: 'Application popup: mailmig.exe - Application Error : The instruction caused an access violation.',
  },
  {
    outcome: 'cause-recent-mail',
    answers: { 'app-log-event': 'no-event', 'mailboxes-created': 'mail-arrived', 'after-migration': 'recent-missing' },
  },
  {
    outcome: 'cause-nt-name-length',
    answers: {
      'app-log-event': 'not-sure',
      'mailboxes-created': 'not-created',
      'creation-problem': 'nt-account-errors',
      'name-length': 'longer',
    },
  },
  { outcome: 'not-this-other-event', answers: { ...OTHER, 'which-event': 'another-event' } },
  { outcome: 'not-this-symptoms', answers: { ...MATCHING, 'single-user': 'fails' } },
  { outcome: 'not-this-role', answers: { ...MATCHING, 'logged-on-role': 'other-role' } },
  { outcome: 'not-applicable-version', answers: { ...MATCHING, 'exchange-version': 'other' } },
  { outcome: 'not-applicable-source', answers: { ...MATCHING, 'source-version': 'other' } },
  {
    outcome: 'resolved',
    answers: {
      ...MATCHING,
      'diagnosis-q255888': 'continue',
      'fix-account': 'existing-ready',
      'fix-log-on': 'done',
      verify: 'yes',
    },
  },
  {
    outcome: 'escalate',
    answers: {
      ...MATCHING,
      'diagnosis-q255888': 'continue',
      'fix-account': 'existing-ready',
      'fix-log-on': 'done',
      verify: 'no',
    },
  },
];

const at = (answers: Record<string, string>) => walk(flow, { entry: 'diagnose', answers });

function pasted(text: string) {
  const reading = readEvidence(flow, parseEvents(text));
  expect(reading.conflicts).toEqual([]);
  return Object.fromEntries(reading.proposals.map((p) => [p.question, p.option]));
}

describe('the MS Mail migration differential', () => {
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
    // The paste alone settles the event questions; the remaining answers finish the route.
    const { session } = answerMany(flow, startSession(flow), { ...fromPaste, ...(after ?? {}) });
    const w = walk(flow, session);
    expect(w.current.id).toBe(outcome);
    if (!after) expect(w.path.filter((p) => p.choice).every((p) => fromPaste[p.node.id] === p.choice!.id)).toBe(true);
  });

  it('a pasted 7044 with another return code settles nothing', () => {
    const reading = readEvidence(
      flow,
      parseEvents(EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80070005.')),
    );
    expect(reading.proposals).toEqual([]);
    expect(reading.unmatched).toHaveLength(1);
  });

  it('event 147 shares 7017’s words but is read as 147 (its event ID), not as 7017', () => {
    const reading = readEvidence(
      flow,
      parseEvents(EVENT(147, 'Could not log onto the Message Store for Account: ANNAB')),
    );
    expect(reading.proposals.map((p) => [p.question, p.option])).toEqual([
      ['app-log-event', 'other-event'],
      ['which-event', 'event-147'],
    ]);
    expect(reading.conflicts).toEqual([]);
    expect(reading.unmatched).toEqual([]);
  });

  it('events 151 and 135 share 7000 and 7007’s words: read by the event id, and a choice when only the words are pasted', () => {
    const which = (text: string) => {
      const reading = readEvidence(flow, parseEvents(text));
      return {
        proposed: reading.proposals.find((p) => p.question === 'which-event')?.option,
        choice: reading.conflicts.find((c) => c.question === 'which-event')?.options.map((o) => o.option),
      };
    };
    const words = 'Could not migrate MMF file for account. UserId : ANNAB';
    expect(which(EVENT(135, words))).toEqual({ proposed: 'event-151-135', choice: undefined });
    expect(which(EVENT(7007, 'Could not migrate MMF file for Account: ANNAB'))).toEqual({
      proposed: 'event-7000-7007',
      choice: undefined,
    });
    expect(which(words)).toEqual({ proposed: undefined, choice: ['event-7000-7007', 'event-151-135'] });
  });

  it('events pointing to different answers come back as a conflict, not as an answer', () => {
    const reading = readEvidence(
      flow,
      parseEvents(
        EVENT(7044, 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.') +
          '\n' +
          EVENT(7026, 'Migration Aborted due to Mapi logon failure.'),
      ),
    );
    expect(reading.conflicts.map((c) => [c.question, c.options.map((o) => o.option)])).toEqual([
      ['app-log-event', ['event-7044', 'other-event']],
    ]);
    expect(reading.proposals.map((p) => p.question)).toEqual(['which-event']);
  });

  it('every other cause on the route to an outcome is either ruled out by a named answer or kept open', () => {
    for (const { answers } of TABLE) {
      const w = at(answers);
      const o = w.current as OutcomeNode;
      const e = explain(flow, w, o);
      const causes = flow.nodes.filter((n) => isCauseOutcome(n) && n.id !== o.id);
      expect(e.ruledOut.length + e.stillPossible.length).toBe(causes.length);
      for (const r of e.ruledOut) expect(r.ruledOutBy?.answer).toBeDefined();
    }
    // With every symptom answered, the Q255888 diagnosis has no competitor left open.
    expect(explain(flow, at(MATCHING), indexNodes(flow).get('diagnosis-q255888') as OutcomeNode).stillPossible).toEqual(
      [],
    );
  });
});

describe('names longer than 20 characters are asked about, not assumed (revision 6)', () => {
  const NT_ERRORS = {
    'app-log-event': 'no-event',
    'mailboxes-created': 'not-created',
    'creation-problem': 'nt-account-errors',
  };
  const WRONG_ACCOUNT = {
    'app-log-event': 'no-event',
    'mailboxes-created': 'mail-arrived',
    'after-migration': 'wrong-account',
  };
  const ROUTES = [
    { route: 'errors creating the accounts', answers: NT_ERRORS },
    { route: 'a mailbox on the wrong account', answers: WRONG_ACCOUNT },
  ];
  const level = (answers: Record<string, string>) => {
    const w = at(answers);
    return { at: w.current.id, level: verdict(flow, w, w.current as OutcomeNode)?.level };
  };

  it.each(ROUTES)('$route: the next question is whether any name is longer than 20 characters', ({ answers }) => {
    expect(at(answers).current.id).toBe('name-length');
  });

  it.each(ROUTES)('$route, and some names are longer: the cause is confirmed', ({ answers }) => {
    expect(level({ ...answers, 'name-length': 'longer' })).toEqual({ at: 'cause-nt-name-length', level: 'confirmed' });
  });

  it.each(ROUTES)('$route, names not checked: the cause is only likely, and the names settle it', ({ answers }) => {
    const w = at({ ...answers, 'name-length': 'not-sure' });
    expect(w.current.id).toBe('cause-nt-name-length');
    const v = verdict(flow, w, w.current as OutcomeNode)!;
    expect(v.level).toBe('likely');
    expect(v.toSettle.map((c) => c.question.id)).toEqual(['name-length']);
  });

  it.each(ROUTES)('$route, every name 20 characters or fewer: not the name-length cause', ({ answers }) => {
    const w = at({ ...answers, 'name-length': 'within-20' });
    expect(w.current.id).toBe('not-this-symptoms');
    expect(w.path.map((p) => p.node.id)).not.toContain('cause-nt-name-length');
    const cause = indexNodes(flow).get('cause-nt-name-length') as OutcomeNode;
    expect(verdict(flow, w, cause)!.level).toBe('ruled-out');
  });
});

describe('properties of the differential (fast-check)', () => {
  const nodes = indexNodes(flow);
  const questionIds = flow.nodes.filter((n) => n.kind === 'question').map((n) => n.id);
  const choiceIds = (id: string) => choicesOf(nodes.get(id)!).map((c) => c.id);
  /** Any answers at all: a pick (or none) for every node, including off-path ones, plus junk. */
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

  it('any sequence of answers, played to the end, ends at exactly one outcome', () => {
    fc.assert(
      fc.property(anyAnswers, fc.array(fc.nat(), { maxLength: 40 }), (given, picks) => {
        const answers: Record<string, string> = clean(given);
        // Keep answering whatever is current (with the given pick) until the walk ends.
        let w = walk(flow, { entry: 'diagnose', answers });
        for (let i = 0; !w.finished && i < 60; i++) {
          const choices = choicesOf(w.current);
          answers[w.current.id] = choices[(picks[i] ?? 0) % choices.length]!.id;
          w = walk(flow, { entry: 'diagnose', answers });
        }
        expect(w.finished).toBe(true);
        expect(w.current.kind).toBe('outcome');
        expect(w.path.filter((p) => p.node.kind === 'outcome' && !p.choice)).toHaveLength(1);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('no outcome is reached while an answer on the way contradicts its evidence', () => {
    fc.assert(
      fc.property(anyAnswers, (given) => {
        const w = walk(flow, { entry: 'diagnose', answers: clean(given) });
        for (const p of w.path) {
          if (p.node.kind !== 'outcome') continue;
          expect(assess(flow, w, p.node).contradicting).toEqual([]);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('whatever is pasted, the parser and the rules never throw and only propose real answers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom(...TABLE.flatMap((t) => (t.paste ? [t.paste] : [])))),
        fc.string({ maxLength: 60 }),
        (a, b) => {
          const reading = readEvidence(flow, parseEvents(a + b));
          for (const p of reading.proposals) {
            expect(questionIds).toContain(p.question);
            expect(choiceIds(p.question)).toContain(p.option);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
