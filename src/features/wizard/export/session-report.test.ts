import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import type { StoredCase } from '@/store';

import { formatWhen } from '@/lib/format-when';
import { Q255888_NEW_ACCOUNT_FIX, Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import { markdown } from './session-markdown';
import { buildReport, formatTime, ticketText } from './session-report';

const T0 = Date.UTC(2026, 10, 25, 14, 5);

function plainLabel(nodeId: string, optionId: string): string {
  const node = flow.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'question' ? node.options.find((o) => o.id === optionId)!.label : '';
}

function session(over: Partial<StoredCase> = {}): StoredCase {
  return {
    id: 's1',
    flowId: flow.id,
    revision: flow.revision,
    entry: 'fix',
    answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
    checks: { 'grant-organization': ['organization-granted'] },
    startedAt: T0,
    updatedAt: T0 + 10 * 60_000,
    log: [
      { at: T0, type: 'start', value: 'fix' },
      { at: T0 + 60_000, type: 'answer', node: 'fix-account', value: 'existing' },
      { at: T0 + 9 * 60_000, type: 'answer', node: 'grant-organization', value: 'done' },
    ],
    notes: { 'grant-site': { text: 'Site is ACME-HQ\nsecond line', at: T0 } },
    sessionNote: { text: 'Ticket 4411 <b>*urgent*</b>', at: T0 },
    ...over,
  };
}

describe('session report', () => {
  it('ticket text: KB, versions, answers with times, steps with ticks, notes, where it stands', () => {
    const text = ticketText(buildReport(flow, session()));
    // Without a name given, the case note's first line (the ticket number) names the case, first.
    expect(text.split('\n')[0]).toBe('Case: Ticket 4411 <b>*urgent*</b>');
    expect(text.split('\n')[1]).toBe(`KB Q255888: ${flow.kb.title}`);
    expect(text).toContain(`Applies to: ${flow.kb.appliesTo.join('; ')}`);
    expect(text).toContain(
      `Started ${formatWhen(T0)}, last change ${formatWhen(T0 + 10 * 60_000)} (I know it is Q255888: go to the fix)`,
    );
    expect(text).toContain(`: ${plainLabel('fix-account', 'existing')} (${formatWhen(T0 + 60_000, 'time')})`);
    expect(text).toContain(
      `[x] Grant Permissions Admin on the Organization object (${formatWhen(T0 + 9 * 60_000, 'time')})`,
    );
    expect(text).toContain('    [x] The account holds Permissions Admin on the Organization object');
    expect(text).toContain('[ ] Grant Permissions Admin on the Site object (not finished)');
    expect(text).toContain('    Note: Site is ACME-HQ\n    second line');
    expect(text).toContain('Diagnosis: none reached yet (KB Q255888 not confirmed)');
    expect(text).toContain('Now at: Grant Permissions Admin on the Site object');
    expect(text.endsWith('Case notes:\nTicket 4411 <b>*urgent*</b>')).toBe(true);
  });

  it('names the diagnosis with its KB reference and the final result', () => {
    const done = session({
      entry: 'diagnose',
      answers: {
        ...Q255888_SYMPTOMS,
        'diagnosis-q255888': 'continue',
        'fix-account': 'existing-ready',
        'fix-log-on': 'done',
        verify: 'yes',
      },
      checks: { 'fix-log-on': ['logged-on', 'migrated-again'] },
    });
    const r = buildReport(flow, done);
    expect(r.status.finished).toBe(true);
    const text = ticketText(r);
    expect(text).toMatch(
      /Diagnosis \(confirmed\): The migration ran under .*\(KB Q255888, Cause\); \d+ answers support it, 0 contradict it/,
    );
    expect(text).toMatch(/Result: Resolved: .+ \(KB Q255888, /);
    expect(markdown(r)).toContain('permissions (KB Q255888, Cause)**, confirmed: ');
    // The diagnosis's title names its article: it is cited once.
    expect(text).not.toContain('(KB Q255888) (KB Q255888');
    expect(markdown(r)).not.toContain('(KB Q255888) (KB Q255888');
  });

  it('carries how sure the diagnosis is, and what would settle it, into the ticket and Markdown', () => {
    const unsure = session({
      entry: 'diagnose',
      answers: {
        'app-log-event': 'not-sure',
        'mailboxes-created': 'created-no-mail',
        'batch-size': 'several',
        'single-user': 'not-tried',
        'logged-on-role': 'not-sure',
        'exchange-version': 'ex50-55',
        'source-version': 'msmail-3x',
      },
    });
    const r = buildReport(flow, unsure);
    expect(r.diagnosis).toMatchObject({
      level: 'Possible',
      toSettle: ['Migrating one user alone', 'Role of the logged-on account'],
    });
    expect(ticketText(r)).toContain(
      'Diagnosis (possible, not confirmed yet; would settle it: Migrating one user alone; Role of the logged-on account): The migration ran under',
    );
    expect(markdown(r)).toContain(
      'possible, not confirmed yet; would settle it: Migrating one user alone; Role of the logged-on account',
    );
    expect(r.status).toMatchObject({ label: 'Diagnosis', level: 'Possible' });
  });

  it('a result that names another cause carries its own level', () => {
    const r = buildReport(
      flow,
      session({
        entry: 'diagnose',
        answers: {
          'app-log-event': 'other-event',
          'which-event': 'event-7034',
          'version-7034': 'ex55',
          'control-file': 'not-sure',
        },
      }),
    );
    expect(r.status.finished).toBe(true);
    expect(ticketText(r)).toMatch(
      /Result: Other known cause \(likely, not confirmed yet; would settle it: Command-line run with a user list\): Event 7034/,
    );
  });

  it('Markdown escapes what the user typed, and quotes notes', () => {
    const md = markdown(buildReport(flow, session()));
    expect(md).toMatch(/^# KB Q255888: /);
    expect(md).toContain(
      `- [x] **Grant Permissions Admin on the Organization object** (${formatWhen(T0 + 9 * 60_000, 'time')})`,
    );
    expect(md).toContain('  - [x] The account holds Permissions Admin on the Organization object');
    // Bold closes right after the colon: "**Title: **" is not bold in Markdown (no closing after a space).
    expect(md).toMatch(/^1\. \*\*Choose the account:\*\* An existing Windows NT account/m);
    expect(md).not.toMatch(/ \*\* /);
    expect(md).toContain('> Ticket 4411 \\<b\\>\\*urgent\\*\\</b\\>');
    expect(md).toContain('  > Site is ACME-HQ\n  > second line');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('Markdown shows a note’s lines as typed: indented lines, list and heading marks, fences', () => {
    const typed = [
      'Caller said:',
      '    Event 7044 at 10:02', // four spaces: a code block, unescaped
      '\tthen 7026', // a tab: a code block too
      '- not a list',
      '1. not a list either',
      '===', // would make the line above a heading
      '~~~', // would open a fenced code block
    ].join('\n');
    const text = markdown(buildReport(flow, session({ sessionNote: { text: typed, at: T0 } })));
    const nb = (n: number) => '\u00a0'.repeat(n);
    expect(text).toContain(
      [
        '> Caller said:',
        `> ${nb(4)}Event 7044 at 10:02`,
        `> ${nb(4)}then 7026`,
        '> \\- not a list',
        '> 1\\. not a list either',
        '> \\===',
        '> \\~\\~\\~',
      ].join('\n'),
    );
  });

  it('writes times in the app’s one format and shows nothing for impossible ones', () => {
    expect(formatTime(T0)).toBe(formatWhen(T0));
    expect(formatTime(T0)).toMatch(/2026/);
    expect(formatTime(undefined)).toBe('');
    expect(formatTime(Number.MAX_VALUE)).toBe('');
  });

  it('names the case when it has a name, and quotes titles that hold quotes the nested way', () => {
    const named = session({ name: 'INC-4711 Dana', notes: { 'fix-account': { text: 'n', at: T0 } } });
    expect(ticketText(buildReport(flow, named)).split('\n')[0]).toBe('Case: INC-4711 Dana');
    expect(markdown(buildReport(flow, named))).toContain('- **Case:** INC-4711 Dana');
    const diag = session({
      entry: 'diagnose',
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7026' },
      notes: {},
      sessionNote: undefined,
    });
    const r = buildReport(flow, diag);
    expect(r.name).toBeUndefined();
    expect(ticketText(r)).not.toContain('Case: ');
  });

  it('says which answers were assumed when the case was started at a later step', () => {
    const partWay = session({
      answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
      checks: {},
      log: [{ at: T0, type: 'start', value: 'fix', node: 'grant-site' }],
    });
    const r = buildReport(flow, partWay);
    expect(r.startedAtStep).toBe('Grant Permissions Admin on the Site object');
    expect(r.lines.filter((l) => l.assumed).map((l) => l.id)).toEqual(['fix-account', 'grant-organization']);
    const text = ticketText(r);
    expect(text).toContain('Started at the step “Grant Permissions Admin on the Site object” (from a link to it)');
    expect(text).toContain(
      '[x] Grant Permissions Admin on the Organization object (assumed: the case was started at a later step)',
    );
    // Answered in the case after it started: not assumed.
    const later = session({
      answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
      log: [
        { at: T0, type: 'start', value: 'fix', node: 'grant-site' },
        { at: T0 + 1, type: 'answer', node: 'fix-account', value: 'existing' },
      ],
    });
    expect(
      buildReport(flow, later)
        .lines.filter((l) => l.assumed)
        .map((l) => l.id),
    ).toEqual(['grant-organization']);
  });

  it('keeps work and notes an answer changed since took off the path, in the ticket and the Markdown', () => {
    // The fix was under way (Organization done and ticked, a note on Site), then "Users per run" was changed.
    const changed = session({
      entry: 'diagnose',
      answers: {
        ...Q255888_SYMPTOMS,
        'batch-size': 'single',
        'diagnosis-q255888': 'continue',
        'fix-account': 'existing',
        'grant-organization': 'done',
      },
    });
    const r = buildReport(flow, changed);
    expect(r.lines.some((l) => l.id === 'grant-organization')).toBe(false);
    expect(r.offPath.map((l) => l.id)).toEqual(['grant-organization', 'grant-site']);
    const text = ticketText(r);
    const off = text.slice(text.indexOf('No longer on the path. An earlier answer was changed'));
    expect(off).toContain(
      `[x] Grant Permissions Admin on the Organization object (${formatWhen(T0 + 9 * 60_000, 'time')})`,
    );
    expect(off).toContain('    [x] The account holds Permissions Admin on the Organization object');
    expect(off).toContain('[ ] Grant Permissions Admin on the Site object (not finished)');
    expect(off).toContain('    Note: Site is ACME-HQ');
    expect(markdown(r)).toContain('## No longer on the path');
    // Changed back, the same work is on the path again and nothing is off it.
    expect(buildReport(flow, session()).offPath).toEqual([]);
  });

  it('dates a step done on another day than the case began (a call-back)', () => {
    const nextDay = T0 + 24 * 3_600_000;
    const r = buildReport(
      flow,
      session({ log: [...session().log.slice(0, 2), { at: nextDay, type: 'answer', node: 'grant-organization' }] }),
    );
    const text = ticketText(r);
    expect(text).toContain(`[x] Grant Permissions Admin on the Organization object (${formatWhen(nextDay)})`);
    expect(text).toContain(`(${formatWhen(T0 + 60_000, 'time')})`);
  });

  it('at another known cause: no "none reached" diagnosis, the article named once, what to check next', () => {
    const r = buildReport(
      flow,
      session({
        entry: 'diagnose',
        answers: {
          'app-log-event': 'other-event',
          'which-event': 'event-7026',
          'version-7026': 'ex55',
          'mailbox-origin': 'pre-created',
        },
        checks: {},
        notes: {},
      }),
    );
    const text = ticketText(r);
    expect(text).not.toContain('Diagnosis:');
    expect(text).toContain(
      'Result: Other known cause (confirmed): Event 7026 with mailboxes created beforehand: they have no MIGRATE proxy address (KB Q242184, Cause)',
    );
    expect(text.match(/KB Q242184/g)).toHaveLength(1);
    expect(text).toContain('What to check next:\n- Resolution: add a MIGRATE proxy address by hand');
    expect(markdown(r)).toContain("KB Q255888's cause was not reached: see the result below.");
    expect(markdown(r)).toContain('What to check next:\n\n- Resolution: add a MIGRATE proxy address by hand');
  });

  it('names a source that is not a KB article as it is, not as "KB …"', () => {
    const r = buildReport(
      flow,
      session({ entry: 'diagnose', answers: { 'app-log-event': 'other-event', 'which-event': 'invalid-server' } }),
    );
    expect(r.status.source).toMatch(/^Exchange Server 5\.5 documentation/);
    expect(ticketText(r)).not.toContain('KB Exchange');
  });

  it("says a result's kind once, and puts no colon after a question mark", () => {
    const r = buildReport(
      flow,
      session({ entry: 'diagnose', answers: { ...Q255888_SYMPTOMS, ...Q255888_NEW_ACCOUNT_FIX }, checks: {} }),
    );
    const text = ticketText(r);
    expect(text).toContain('Result: Resolved: the messages were migrated (KB Q255888, ');
    expect(text).not.toContain('Resolved: Resolved');
    expect(text).toContain('- Did it work? Yes');
    expect(markdown(r)).not.toContain('Resolved: Resolved');
  });

  it('marks the answers a pasted event gave, with the time of the paste', () => {
    const at = T0 + 5 * 60_000;
    const r = buildReport(
      flow,
      session({
        entry: 'diagnose',
        answers: { 'app-log-event': 'event-7044' },
        log: [
          { at: T0, type: 'start', value: 'diagnose' },
          { at, type: 'paste', value: 'app-log-event=event-7044' },
        ],
      }),
    );
    expect(ticketText(r)).toMatch(
      new RegExp(`- Application log event: .+ \\(from the pasted event\\) \\(${formatWhen(at, 'time')}\\)`),
    );
  });

  it('lists the events a paste was read from, each once, since the case last started over', () => {
    const first = 'Event ID 7026, MSExchangeMig, Error (2/1/2000 9:00:00 AM)';
    const line = 'Event ID 7044, MSExchangeMig, Error, return code 80004005, account ANNAB (2/3/2000 10:15:22 AM)';
    const r = buildReport(
      flow,
      session({
        entry: 'diagnose',
        answers: { 'app-log-event': 'event-7044' },
        log: [
          { at: T0, type: 'start', value: 'diagnose' },
          { at: T0 + 1, type: 'paste', value: 'app-log-event=other-event', events: [first] },
          { at: T0 + 2, type: 'restart' },
          { at: T0 + 3, type: 'paste', value: 'app-log-event=event-7044', events: [line] },
          { at: T0 + 4, type: 'paste', value: 'app-log-event=event-7044', events: [line] },
        ],
      }),
    );
    expect(r.pastedEvents).toEqual([line]);
    expect(ticketText(r)).toContain(`Events pasted from Event Viewer:\n- ${line}`);
    expect(markdown(r)).toContain(`### Events pasted from Event Viewer\n\n- ${line}`);
    // None pasted: no such section.
    const none = buildReport(flow, session({ entry: 'diagnose', answers: {}, log: [] }));
    expect(ticketText(none)).not.toContain('Events pasted');
  });
});
