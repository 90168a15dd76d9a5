import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import type { StoredCase } from '@/store';

import { formatWhen } from '@/lib/format-when';
import { Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import { buildReport, formatTime, markdown, ticketText } from './session-report';

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
    expect(text.split('\n')[0]).toBe(`KB Q255888: ${flow.kb.title}`);
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
    expect(markdown(r)).toContain('(KB Q255888, Cause), confirmed: ');
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
    expect(md).toContain('> Ticket 4411 \\<b\\>\\*urgent\\*\\</b\\>');
    expect(md).toContain('  > Site is ACME-HQ\n  > second line');
    expect(md.endsWith('\n')).toBe(true);
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
});
