import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';

import { parseEvents } from './event-parse';
import { eventMatches, readEvidence, says } from './evidence-rules';

/** The ids of the rules of KB Q255888 that the text meets. */
const rulesMet = (text: string) => readEvidence(flow, parseEvents(text)).hits.map((h) => h.rule.id);

describe('says: a phrase in the text, unless a negation right before it denies it', () => {
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
