import { describe, expect, it } from 'vitest';

import { MAX_EVENTS, describeEvent, describeEventWithWords, parseEvents } from './event-parse';

const one = (text: string) => {
  const { events } = parseEvents(text);
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe('parseEvents', () => {
  it('reads the NT 4 Event Detail layout (two fields per line) for 7044', () => {
    const e = one(
      [
        'Date:     3/14/00         Event ID: 7044',
        'Time:     2:31:07 PM      Source:   MSExchangeMig',
        'User:     N/A             Type:     Error',
        'Computer: EXCH01          Category: None',
        'Description:',
        'Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.',
      ].join('\r\n'),
    );
    expect(e).toMatchObject({
      eventId: 7044,
      source: 'MSExchangeMig',
      type: 'Error',
      category: 'None',
      date: '3/14/00',
      time: '2:31:07 PM',
      computer: 'EXCH01',
      returnCode: '80004005',
      account: 'ANNAB',
    });
    expect(e.user).toBeUndefined();
  });

  it('reads the 7044 event as the KB prints it, with %1 left as a placeholder', () => {
    const e = one(
      'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nCategory: None\nDescription: Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
    );
    expect(e).toMatchObject({ eventId: 7044, source: 'MSExchangeMig', type: 'Error', returnCode: '80004005' });
    expect(e.account).toBeUndefined();
  });

  it('reads 7026 with KB-style indentation and odd spacing', () => {
    const e = one(
      '  Event ID:   7026\n  Source:     MSExchangeMig\n  Type:    Error\n  Category:   None\n  Description:   Migration Aborted due to Mapi logon failure.\n',
    );
    expect(e).toMatchObject({ eventId: 7026, source: 'MSExchangeMig', type: 'Error' });
    expect(e.description).toBe('Migration Aborted due to Mapi logon failure.');
  });

  it('reads 7017 written as "EventID" with the description on later lines', () => {
    const e = one(
      'EventID: 7017\nSource: MSExchangeMig\nType: Error\nCategory: None\nDescription:\n\nCould not log onto the Message Store for Account: BRUNOK\n',
    );
    expect(e).toMatchObject({ eventId: 7017, account: 'BRUNOK' });
    expect(e.description).toContain('Could not log onto the Message Store');
  });

  it('reads 7000 and 7007 pasted together as two events', () => {
    const { events } = parseEvents(
      [
        'Event ID:   7000',
        'Source:  MSExchangeMig',
        'Type: Error',
        'Category:   None',
        'Description:',
        "Could not migrate PAB file for account: CARLAM. PAB (MMF)Path '\\\\MAILSRV\\MAILDATA\\MMF\\CARLAM.MMF'.",
        '',
        'Event ID:   7007',
        'Source:  MSExchangeMig',
        'Type: Error',
        'Category:   None',
        'Description:',
        "Could not migrate MMF file for Account: <user account>. MMF Path '<path to MMF file>'.",
      ].join('\n'),
    );
    expect(events.map((e) => e.eventId)).toEqual([7000, 7007]);
    expect(events[0]!.account).toBe('CARLAM');
    expect(events[1]!.account).toBeUndefined();
  });

  it('reads 7034 in the "Source first, Event:" order and takes the mailbox as the account', () => {
    const e = one(
      'Source: MSExchangeMig\nEvent: 7034\nType: Error\nCategory: None\nDescription: User DAVIDW not found in the postoffice HEADPO.',
    );
    expect(e).toMatchObject({ eventId: 7034, source: 'MSExchangeMig', account: 'DAVIDW' });
  });

  it('reads 283 from MSExchangeMIGDS and takes the object it could not remove as the account', () => {
    const e = one(
      'Event ID: 283\nSource: MSExchangeMIGDS\nDescription: Could not remove object MARIAS because the directory\nservice reported the following error: Changes cannot be written to\nthis directory object.',
    );
    expect(e).toMatchObject({ eventId: 283, source: 'MSExchangeMIGDS', account: 'MARIAS' });
    // As KB Q162833 prints it, with its placeholder: no account.
    expect(
      one(
        'Event ID: 283\nSource: MSExchangeMIGDS\nDescription: Could not remove object <UserID> because the directory service reported the following error.',
      ).account,
    ).toBeUndefined();
  });

  it('reads 145 without Type or Category, with a multi-word account', () => {
    const e = one(
      'Event ID: 145\nSource: MSExchangeMig\nDescription: Error Configuring the profile for Account: Microsoft System\nAttendant.',
    );
    expect(e).toMatchObject({ eventId: 145, source: 'MSExchangeMig', account: 'Microsoft System Attendant' });
  });

  it('reads 4088 with Windows line endings and a blank line before the description', () => {
    const e = one(
      "Event ID: 4088\r\nSource: MSExchangeMig\r\nType: Error\r\nCategory: None\r\n\r\nDescription:\r\nAn error occurred accessing a message in folder 'Inbox' for user 'ANNAB'. This message will not be migrated.\r\n",
    );
    expect(e).toMatchObject({ eventId: 4088, type: 'Error' });
    expect(e.description).toContain("folder 'Inbox'");
  });

  it('reads a one-line "Event ID: 7044 / Source: MSExchangeMig / Description: …" summary', () => {
    const e = one(
      'Event ID: 7044 / Source: MSExchangeMig / Type: Error / Description: Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 0x80004005',
    );
    expect(e).toMatchObject({
      eventId: 7044,
      source: 'MSExchangeMig',
      type: 'Error',
      returnCode: '80004005',
      account: 'ANNAB',
    });
  });

  it('reads tab-separated rows of a saved log, with dates in other locales', () => {
    const { events } = parseEvents(
      [
        '14.03.2000\t14:31:07\tMSExchangeMig\tError\tNone\t7026\tN/A\tEXCH01\tMigration Aborted due to Mapi logon failure.',
        '2000-03-14\t14:31:09\tMSExchangeMig\tInformation\tNone\t10068\tN/A\tEXCH01\tThe Migration of mail completed.',
      ].join('\r'),
    );
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      date: '14.03.2000',
      time: '14:31:07',
      source: 'MSExchangeMig',
      type: 'Error',
      eventId: 7026,
      computer: 'EXCH01',
    });
    expect(events[1]).toMatchObject({ date: '2000-03-14', eventId: 10068, type: 'Information' });
  });

  it('reads a dumpel row (numeric type, category, event ID, source; the message’s inserts), its return code too', () => {
    const { events } = parseEvents('3/14/00\t2:31:07 PM\t1\t0\t7044\tMSExchangeMig\tN/A\tEXCH01\tANNAB 80004005');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventId: 7044,
      source: 'MSExchangeMig',
      type: 'Error',
      computer: 'EXCH01',
      description: 'ANNAB 80004005',
      returnCode: '80004005',
    });
    // A number that is not an error code is not taken for one.
    const [other] = parseEvents('3/14/00\t2:31:07 PM\t1\t0\t7026\tMSExchangeMig\tN/A\tEXCH01\tANNAB 12345678').events;
    expect(other!.returnCode).toBeUndefined();
  });

  it('reads rows copied from the event list (no type column, space-separated)', () => {
    const { events } = parseEvents(
      '3/14/00   2:31:07 PM   MSExchangeMig   None   7044   N/A   EXCH01\n3/14/00   2:30:55 PM   MSExchangeMig   None   10068   N/A   EXCH01',
    );
    expect(events.map((e) => [e.eventId, e.source, e.category, e.computer])).toEqual([
      [7044, 'MSExchangeMig', 'None', 'EXCH01'],
      [10068, 'MSExchangeMig', 'None', 'EXCH01'],
    ]);
  });

  it('reads the 10068 summary without taking its counters for fields', () => {
    const e = one(
      [
        'Source: MSExchangeMig',
        'Event: 10068',
        'Type: Information',
        'Category: None',
        "Description: The 'Migration ' of mail from 'Microsoft Mail - \\\\MAILSRV\\MAILDATA' completed with the following results:",
        '',
        'Extraction',
        'Start Time:       12:26:15',
        'Accounts:           4',
        'E-Mail Messages:    0',
      ].join('\n'),
    );
    expect(e).toMatchObject({ eventId: 10068, type: 'Information' });
    expect(e.time).toBeUndefined();
    expect(e.account).toBeUndefined();
  });

  it('reads several events of different sources in one paste, keeping their order', () => {
    const { events } = parseEvents(
      'Event ID: 7026\nSource: MSExchangeMig\nType: Error\n\nEvent ID: 1025\nSource: MSExchangeIS Private\nType: Warning\nDescription: Something else.\n\nEvent ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
    );
    expect(events.map((e) => `${e.eventId} ${e.source} ${e.type}`)).toEqual([
      '7026 MSExchangeMig Error',
      '1025 MSExchangeIS Private Warning',
      '7044 MSExchangeMig Error',
    ]);
  });

  it('reads lower-case keys, non-breaking spaces and Unicode line separators', () => {
    const e = one('event id :\u00a07044\u2028source : msexchangemig\u2028type : error');
    expect(e).toMatchObject({ eventId: 7044, source: 'msexchangemig', type: 'Error' });
  });

  it('finds no event in prose, but keeps the text searchable for messages', () => {
    const r = parseEvents('The wizard said: Invalid   server specified.\nThen I closed it.');
    expect(r.events).toEqual([]);
    expect(r.searchText).toContain('invalid server specified');
  });

  it('finds nothing in garbage and in empty input, without throwing', () => {
    expect(parseEvents('').events).toEqual([]);
    expect(parseEvents('   \n\r\n\t ').events).toEqual([]);
    expect(parseEvents('%%%%:::///|||\u0000\uffff'.repeat(500)).events).toEqual([]);
    expect(parseEvents('Event ID: banana\nType: maybe').events).toEqual([]);
    expect(parseEvents(undefined as unknown as string).events).toEqual([]);
  });

  it('reads a 1 MB paste promptly and safely, keeping a bounded number of events', () => {
    const block =
      'Event ID: 7044\nSource: MSExchangeMig\nType: Error\nDescription: Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.\n\n';
    const big = block.repeat(Math.ceil(1_048_576 / block.length));
    const t0 = performance.now();
    const r = parseEvents(big);
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(r.events).toHaveLength(MAX_EVENTS);
    expect(r.truncated).toBe(true);
  });

  it('reads a 1 MB single line of near-miss text (no catastrophic backtracking)', () => {
    const evil = ('Account ' + 'a'.repeat(70) + ' return code 8000400 Event ID: ').repeat(12_000);
    const t0 = performance.now();
    const r = parseEvents(evil + '\n' + 'x\t'.repeat(300_000));
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(r.events.length).toBeLessThanOrEqual(MAX_EVENTS);
  });

  it('describes an event in one line', () => {
    expect(
      describeEvent({
        eventId: 7044,
        source: 'MSExchangeMig',
        type: 'Error',
        returnCode: '80004005',
        date: '3/14/00',
        time: '2:31:07 PM',
        computer: 'EXCH01',
      }),
    ).toBe(
      'Event ID 7044, MSExchangeMig, Error, return code 80004005, computer EXCH01 (3/14/00 2:31:07 PM local time)',
    );
  });

  it('describes an event with its words, whitespace collapsed, when it has any', () => {
    const e = { eventId: 9999, source: 'MSExchangeMig', description: 'Something odd\n  happened for account JOHNS. ' };
    expect(describeEventWithWords(e)).toBe('Event ID 9999, MSExchangeMig: Something odd happened for account JOHNS.');
    expect(describeEventWithWords({ eventId: 9999 })).toBe('Event ID 9999');
  });
});
