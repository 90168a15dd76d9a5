import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import type { StoredSession } from '@/wizard/store/persisted';

import { buildReport, formatTime, markdown, ticketText } from './session-report';

const T0 = Date.UTC(2026, 10, 25, 14, 5);

function session(over: Partial<StoredSession> = {}): StoredSession {
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
    expect(text.split('\n')[0]).toBe(`KB Q255888: ${flow.kb.title}`);
    expect(text).toContain(`Applies to: ${flow.kb.appliesTo.join('; ')}`);
    expect(text).toContain('Session: started 2026-11-25 14:05 UTC, last change 2026-11-25 14:15 UTC');
    expect(text).toMatch(/- Choose the account: .+ \(14:06 UTC\)/);
    expect(text).toContain('[x] Grant Permissions Admin on the Organization object (14:14 UTC)');
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
        'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail', 'batch-size': 'several',
        'single-user': 'works', 'logged-on-role': 'service-account-admin', 'exchange-version': 'ex50-55',
        'source-version': 'msmail-3x', 'diagnosis-q255888': 'continue', 'fix-account': 'existing-ready',
        'fix-log-on': 'done', verify: 'yes',
      },
      checks: { 'fix-log-on': ['logged-on', 'migrated-again'] },
    });
    const r = buildReport(flow, done);
    expect(r.status.finished).toBe(true);
    const text = ticketText(r);
    expect(text).toMatch(/Diagnosis \(confirmed\): The migration ran under .*\(KB Q255888, Cause\); \d+ answers support it, 0 contradict it/);
    expect(text).toMatch(/Result: Resolved: .+ \(KB Q255888, /);
    expect(markdown(r)).toContain('(KB Q255888, Cause), confirmed: ');
  });

  it('carries how sure the diagnosis is, and what would settle it, into the ticket and Markdown', () => {
    const unsure = session({
      entry: 'diagnose',
      answers: {
        'app-log-event': 'not-sure', 'mailboxes-created': 'created-no-mail', 'batch-size': 'several',
        'single-user': 'not-tried', 'logged-on-role': 'not-sure', 'exchange-version': 'ex50-55',
        'source-version': 'msmail-3x',
      },
    });
    const r = buildReport(flow, unsure);
    expect(r.diagnosis).toMatchObject({ level: 'Possible', toSettle: ['Migrating one user alone', 'Role of the logged-on account'] });
    expect(ticketText(r)).toContain(
      'Diagnosis (possible, not confirmed yet; would settle it: Migrating one user alone; Role of the logged-on account): The migration ran under',
    );
    expect(markdown(r)).toContain('possible, not confirmed yet; would settle it: Migrating one user alone; Role of the logged-on account');
    expect(r.status).toMatchObject({ label: 'Diagnosis', level: 'Possible' });
  });

  it('a result that names another cause carries its own level', () => {
    const r = buildReport(
      flow,
      session({ entry: 'diagnose', answers: { 'app-log-event': 'other-event', 'which-event': 'event-7034', 'version-7034': 'ex55', 'control-file': 'not-sure' } }),
    );
    expect(r.status.finished).toBe(true);
    expect(ticketText(r)).toMatch(/Result: Other known cause \(likely, not confirmed yet; would settle it: Command-line run with a user list\): Event 7034/);
  });

  it('Markdown escapes what the user typed, and quotes notes', () => {
    const md = markdown(buildReport(flow, session()));
    expect(md).toMatch(/^# KB Q255888: /);
    expect(md).toContain('- [x] **Grant Permissions Admin on the Organization object** (14:14 UTC)');
    expect(md).toContain('  - [x] The account holds Permissions Admin on the Organization object');
    expect(md).toContain('> Ticket 4411 \\<b\\>\\*urgent\\*\\</b\\>');
    expect(md).toContain('  > Site is ACME-HQ\n  > second line');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('formats times in UTC and shows nothing for impossible ones', () => {
    expect(formatTime(T0)).toBe('2026-11-25 14:05 UTC');
    expect(formatTime(undefined)).toBe('');
    expect(formatTime(Number.MAX_VALUE)).toBe('');
  });
});
