import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import { DENIED_NOTES } from '@/testing/fixtures/denied-notes';

import { parseEvents } from './event-parse';
import { eventMatches, readEvidence, says } from './evidence-rules';

/** The ids of the rules of KB Q255888 that the text meets. */
const rulesMet = (text: string) => readEvidence(flow, parseEvents(text)).hits.map((h) => h.rule.id);

describe('says: a phrase in the text, unless a negation right before or after it denies it', () => {
  it('finds the phrase where nothing denies it', () => {
    expect(says('the instruction caused an access violation.', 'access violation')).toBe(true);
    expect(says('access violation in mailmig.exe', 'access violation')).toBe(true);
    expect(says('a casino access violation', 'access violation')).toBe(true);
    // A negation in an earlier sentence or clause, or further back, is not about the phrase.
    expect(says('no event 7044. an access violation instead', 'access violation')).toBe(true);
    expect(says('not 7017, but an access violation', 'access violation')).toBe(true);
    expect(says('not sure when mailmig.exe stopped with an access violation', 'access violation')).toBe(true);
    // A phrase that holds a negation of its own is read as any other.
    expect(says('user annab not found in the postoffice', 'not found in the postoffice')).toBe(true);
    expect(says('could not log onto the message store for account', 'could not log onto the message store')).toBe(true);
  });

  it.each([
    'no access violation',
    'there was no access violation this time',
    'not an access violation',
    'it is not an access violation.',
    'mailmig.exe stopped without an access violation',
    'without any access violation',
    'this isn’t an access violation',
    "this wasn't an access violation",
    'no sign of an access violation',
    'we did not get an access violation',
    'never an access violation',
  ])('denied: “%s”', (text) => {
    expect(says(text, 'access violation')).toBe(false);
  });

  // What a reviewer pasted into the start page's box, each read as the error before: the phrase quoted, more verbs
  // and words between the negation and the phrase, and a negation right after the phrase.
  it.each([
    ['no "access violation"', 'access violation'],
    ['caller: no “access violation” this time, wizard just stops', 'access violation'],
    ["no 'access violation' in the log", 'access violation'],
    ['not seeing any access violation', 'access violation'],
    ['the wizard never said invalid server specified', 'invalid server specified'],
    ['wizard did not say "invalid server specified"', 'invalid server specified'],
    ['did not get the message invalid server specified', 'invalid server specified'],
    ['we haven’t had the error “invalid server specified” today', 'invalid server specified'],
    ['invalid server specified was not shown', 'invalid server specified'],
    ['access violation never appeared', 'access violation'],
    ['the “invalid server specified” message did not appear', 'invalid server specified'],
    ['access violation is not there', 'access violation'],
    ["invalid server specified wasn't displayed this time", 'invalid server specified'],
    ['access violation has not been logged', 'access violation'],
    ['the access violation error never came up', 'access violation'],
  ])('denied: “%s”', (text, phrase) => {
    expect(says(text, phrase)).toBe(false);
  });

  it('still finds the phrase in real event text, where a negation elsewhere in the sentence is not about it', () => {
    const saysIt = (text: string, phrase: string) => expect(says(text, phrase), text).toBe(true);
    // Event 7017's description (KB Q186742): the phrase holds the "not"; what follows it is the account.
    saysIt(
      'could not log onto the message store for account: carlam',
      'could not log onto the message store for account',
    );
    saysIt(
      'the migration could not continue. could not log onto the message store for account carlam was logged',
      'could not log onto the message store for account',
    );
    // A negation about something else in the same sentence.
    saysIt('the wizard could not continue: invalid server specified', 'invalid server specified');
    saysIt('the wizard did not finish and said invalid server specified', 'invalid server specified');
    saysIt('the wizard did not get past the message invalid server specified', 'invalid server specified');
    saysIt('not sure why, but the wizard said “invalid server specified”', 'invalid server specified');
    saysIt('mailmig.exe could not start: "access violation"', 'access violation');
    // Words after the phrase that deny something other than its being shown.
    saysIt('invalid server specified. the server was not found', 'invalid server specified');
    saysIt('access violation in mailmig.exe; the mail was not shown', 'access violation');
    saysIt('access violation, not shown in the log before', 'access violation');
    saysIt('access violation not handled by mailmig.exe', 'access violation');
    saysIt('the access violation did not come from the mailbox', 'access violation');
    saysIt('access violation did not show the address', 'access violation');
    saysIt('the exception access violation (0xc0000005) occurred in the application', 'access violation');
  });

  it('finds the phrase said once, after it was denied once', () => {
    expect(says('no access violation yesterday; today an access violation', 'access violation')).toBe(true);
  });

  it('looks back a bounded way only, so a long text with the phrase everywhere is read promptly', () => {
    const text = 'no access violation '.repeat(100_000);
    const t0 = performance.now();
    expect(says(text, 'access violation')).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('readEvidence: phrase rules ignore a denied phrase', () => {
  it('a note saying there was no access violation is not the access violation', () => {
    expect(rulesMet('Mailmig ran for an hour: no access violation, the mail just did not arrive.')).not.toContain(
      'access-violation',
    );
    expect(rulesMet('Not an access violation. Event 7044 was logged.')).not.toContain('access-violation');
    expect(rulesMet('The wizard stopped without an access violation')).not.toContain('access-violation');
  });

  it('the event itself still is', () => {
    expect(
      rulesMet('Application popup: mailmig.exe - Application Error : The instruction caused an access violation.'),
    ).toEqual(['access-violation']);
    expect(rulesMet('No error at first.\nThen Mailmig.exe stopped with an access violation.')).toEqual([
      'access-violation',
    ]);
  });

  it('what a reviewer pasted into the start page’s box, denying the error’s words, is no error; real text still is', () => {
    for (const note of DENIED_NOTES) expect(rulesMet(note), note).toEqual([]);
    // Refused before too.
    for (const note of [
      'no access violation seen',
      'caller: no access violation',
      'NO ACCESS VIOLATION',
      'no sign of an access violation',
      'It was not an access violation but event 7044',
    ])
      expect(rulesMet(note), note).not.toContain('access-violation');
    expect(rulesMet('The wizard could not continue: Invalid server specified')).toEqual(['invalid-server']);
    expect(rulesMet('Could not log onto the Message Store for Account: CARLAM')).toEqual(['event-7017']);
    expect(
      rulesMet(
        'Event ID: 7017\nSource: MSExchangeMig\nType: Error\nDescription:\nCould not log onto the Message Store for Account: CARLAM',
      ),
    ).toEqual(['event-7017']);
  });

  it('the other phrase rules too, in a message or in an event’s description', () => {
    expect(rulesMet('Microsoft Exchange Migration\r\nInvalid server specified.\r\nOK')).toEqual(['invalid-server']);
    expect(rulesMet('The wizard did not show Invalid server specified this time.')).toEqual([]);
    const event = (description: string) =>
      `Event ID: 4088\nSource: MSExchangeMig\nType: Error\nDescription:\n${description}`;
    expect(rulesMet(event('An error occurred accessing a message in folder Inbox.'))).toEqual(['event-4088']);
    expect(rulesMet(event('Not the access violation this time.'))).toEqual(['event-4088']);
    // A condition on an event's words as well as its id.
    const m = { eventId: 4088, text: 'access violation' };
    expect(eventMatches(m, { eventId: 4088, description: 'Mailmig.exe: access violation.' })).toBe(true);
    expect(eventMatches(m, { eventId: 4088, description: 'No access violation.' })).toBe(false);
  });
});
