/**
 * The fidelity pass of revision 3 (issue 18): one test per statement that
 * went beyond or against the sources, each failing on the old wording where a
 * test can tell. Sources: shared/reference/domain-facts.md and kb/.
 */
import { describe, expect, it } from 'vitest';

import type { FlowNode, MockupRef, OutcomeNode, QuestionNode, StepNode } from '@/content/schema';
import { allRoutes, indexNodes } from '@/engine/graph';

import presenter from '../../presenter/q255888';
import { q255888Flow as flow } from './index';

const nodes = indexNodes(flow);
const node = <T extends FlowNode>(id: string) => nodes.get(id) as T;

/** Every string in a value, with where it is. */
function strings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** The flow's words and the presenter's speaker notes for it (which live apart from the flow). */
const ALL = [
  ...strings(flow),
  ...strings(presenter.notes, '.presenter.notes'),
  ...strings(presenter.tipSlides, '.presenter.tipSlides'),
];
const textOf = (value: unknown) =>
  strings(value)
    .map((s) => s.text)
    .join('\n');
const withText = (pattern: RegExp) => ALL.filter((s) => pattern.test(s.text)).map((s) => s.path);

/** Every mockup reference in the flow (figures, how-to-check pictures, tips, practice moves). */
function mockups(value: unknown, out: MockupRef[] = []): MockupRef[] {
  if (Array.isArray(value)) value.forEach((v) => mockups(v, out));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.screen === 'string' && (v.state === undefined || typeof v.state === 'object'))
      out.push(v as MockupRef);
    Object.values(v).forEach((x) => mockups(x, out));
  }
  return out;
}

describe('Q255888 content against its sources (revision 3)', () => {
  it('the new account is not just "any Windows NT account": no Service Account Admin, the right to log on locally', () => {
    expect(withText(/Any Windows NT account will do|Any account works/)).toEqual([]);
    const help = textOf(node<QuestionNode>('fix-account').help);
    expect(help).toMatch(/must not hold \*\*Service Account Admin\*\*, neither itself nor through a group/);
    expect(help).toContain('**Log on locally**');
    expect(help).toContain('KB Q161495');
    const create = node<StepNode>('create-account');
    const right = create.actions.find((a) => a.id === 'log-on-right')!;
    expect(right.text).toContain('**Policies** > **User Rights**');
    expect(right.text).toContain('That dialog’s own labels are not in our sources.');
    expect(textOf(create.intro)).toContain('Service Account Admin');
  });

  it('an account already on the Permissions list gets its role changed, not added again', () => {
    for (const level of ['organization', 'site', 'configuration']) {
      const tips = textOf(node<StepNode>(`grant-${level}`).tips);
      expect(tips, level).toMatch(/not added a second time: skip \*\*Add…\*\*/);
    }
  });

  it('"Invalid server specified" names Permissions Admin and warns off the service account', () => {
    const checks = textOf(node<OutcomeNode>('cause-invalid-server').nextChecks);
    expect(checks).not.toContain('Exchange administrator permissions');
    expect(checks).toContain('**Permissions Admin**');
    expect(checks).toMatch(/Not as the Exchange service account/);
  });

  it('opens Properties with File > Properties only (double-clicking the organization collapses it)', () => {
    expect(withText(/double-click the object/)).toEqual([]);
    for (const level of ['organization', 'site', 'configuration']) {
      const action = node<StepNode>(`grant-${level}`).actions.find((a) => a.id === 'open-permissions')!;
      expect(action.text).toBe('Choose **File** > **Properties**, then click the **Permissions** tab.');
    }
  });

  it('the Permissions tab before the change lists the account that ran Setup as well as the service account', () => {
    expect(withText(/so far only the service account/)).toEqual([]);
    const before = mockups(flow).filter(
      (m) =>
        m.screen === 'exchange-properties' &&
        (m.state as { tab?: string }).tab === 'permissions' &&
        !(m.state as { accounts?: { account: string }[] }).accounts?.some((a) => a.account.endsWith('MigAdmin')),
    );
    expect(before.length).toBeGreaterThan(0);
    for (const m of before) {
      const accounts = (m.state as { accounts: { account: string }[] }).accounts.map((a) => a.account);
      expect(accounts).toEqual(['ACMEDOM\\Administrator', 'ACMEDOM\\ExchService']);
    }
  });

  it('Start > Programs > Administrative Tools (Common) on NT 4.0 (KB Q231422)', () => {
    const all = ALL.flatMap((s) => [...s.text.matchAll(/Administrative Tools(?! \(Common\))/g)].map(() => s.path));
    expect(all).toEqual([]);
    expect(withText(/Administrative Tools \(Common\)/).length).toBeGreaterThanOrEqual(3);
  });

  it('migrating the users again after the fix is marked as our advice, with a small batch first', () => {
    const body = textOf(node<OutcomeNode>('diagnosis-q255888').body);
    expect(body).not.toMatch(
      /^Mailboxes that were already created can stay\. After the fix, migrate the users again\.$/m,
    );
    expect(body).toMatch(/Our own advice, not the article’s: .*small batch first/);
    expect(node<StepNode>('fix-log-on').actions.find((a) => a.id === 'run-wizard')!.text).toMatch(
      /Our own advice: start with a small batch/,
    );
  });

  it('draws the Rights list only where the text says it needs "Display rights for roles on Permissions page"', () => {
    const shows = (m: MockupRef) =>
      m.screen === 'exchange-properties' && (m.state as { tab?: string }).tab !== 'general';
    const props = mockups(flow).filter(shows);
    expect(props.length).toBeGreaterThan(0);
    // Every Permissions tab drawn says whether it has the Rights list (the screen's own default is not relied on).
    for (const m of props)
      expect((m.state as { showRights?: boolean }).showRights, JSON.stringify(m.state)).toBeTypeOf('boolean');
    // Where it has the list, the node it is drawn on says what makes it appear.
    for (const n of flow.nodes) {
      const withRights = mockups(n).filter((m) => shows(m) && (m.state as { showRights?: boolean }).showRights);
      if (withRights.length) expect(textOf(n), n.id).toContain('Display rights for roles on Permissions page');
    }
    const question = node<QuestionNode>('logged-on-role').mockup!;
    expect((question.state as { showRights?: boolean }).showRights).toBe(false);
  });

  it('the speaker notes give the sourced reason to avoid the service account (KB Q168753), not "easy to audit and undo"', () => {
    expect(withText(/easy to audit and undo/)).toEqual([]);
    expect(presenter.notes['fix-account']).toContain('KB Q168753');
  });

  it('the mail "may not be migrated" (the article’s words), it does not "never arrive"', () => {
    expect(withText(/never arrive/)).toEqual([]);
    expect(flow.summary).toContain('may not be migrated');
  });

  it('KB Q190423 asks for working transport agents, not connectors', () => {
    const checks = textOf(node<OutcomeNode>('cause-recent-mail').nextChecks);
    expect(checks).not.toContain('connectors must be working');
    expect(checks).toContain('transport agents');
  });

  it('claims no change between versions that its articles do not name', () => {
    const checks = textOf(node<OutcomeNode>('not-applicable-version').nextChecks);
    expect(checks).not.toContain('changed between versions');
    expect(checks).toContain('say little about other versions');
  });

  it('it is MS Mail names that exceed the 20 characters of a Windows NT account name', () => {
    const o = node<OutcomeNode>('cause-nt-name-length');
    expect(o.title).not.toBe('Windows NT account names longer than 20 characters');
    expect(o.title).toMatch(/^MS Mail names longer than the 20 characters/);
  });

  it('the 20-character result as the documentation has it: created accounts fail, matched ones may be the wrong one', () => {
    const o = node<OutcomeNode>('cause-nt-name-length');
    // xmg06011: with Don't Create Windows NT Accounts the wizard matches the first 20 characters (the wizard's label).
    expect(o.summary).toContain("**Don't Create Windows NT Accounts**");
    expect(o.summary).toContain('first 20 characters');
    // xmg06010: unique and no more than 20 characters; xmg06011: edited to match the appropriate account.
    expect(o.nextChecks![0]).toMatch(
      /\*\*Assoc-NT-Account\*\*.*unique name of 20 characters or fewer.*own existing account/,
    );
    // Checking the mailboxes already migrated is in neither page: ours, and said so.
    expect(o.nextChecks![1]).toMatch(/^Our own advice: /);
    // Every name short enough: what to check, not a dead end.
    expect(node<OutcomeNode>('not-this-symptoms').nextChecks!.join(' ')).toContain('no name is over 20 characters');
  });

  it('asks whether any MS Mail name is longer than 20 characters; the .csv column as Q150438 names it', () => {
    const q = node<QuestionNode>('name-length');
    expect(q.prompt).toContain('longer than 20 characters');
    expect(q.options.find((o) => o.unsure)).toBeDefined();
    const steps = textOf(q.howToCheck);
    // Q150438: the wizard fills the .csv file's Common-Name with the MS Mail mailbox name.
    expect(steps).toContain('**Common-Name**');
    // No source says how to list the names on the postoffice: that step is ours.
    expect(q.howToCheck!.steps[1]).toMatch(/\(our own advice\) ask the MS Mail administrator/);
    for (const [question, option] of [
      ['creation-problem', 'nt-account-errors'],
      ['after-migration', 'wrong-account'],
    ] as const)
      expect(node<QuestionNode>(question).options.find((o) => o.id === option)!.next).toBe('name-length');
  });

  it('names the Properties dialog by what its title bar reads ("ACME Properties")', () => {
    expect(withText(/Organization Properties dialog/)).toEqual([]);
    expect(node<QuestionNode>('logged-on-role').mockup!.description).toContain('“ACME Properties”');
  });

  it('"Microsoft Exchange Migration Wizard" only as the Start menu item; "the Migration Wizard" elsewhere', () => {
    const misused = ALL.flatMap((s) =>
      [...s.text.matchAll(/Microsoft Exchange Migration Wizard/g)]
        .filter((m) => !s.text.slice(0, m.index).endsWith('Start > Programs > Microsoft Exchange > **'))
        .map(() => s.path),
    );
    // The flow's audience line names the program in full, as prose about it.
    expect(misused.filter((p) => p !== '.audience')).toEqual([]);
  });

  it('asks the Exchange version before naming an article that covers Exchange Server 5.5 only', () => {
    const only55 = ['Q182665', 'Q183312', 'Q242184', 'Q169130', 'Q234733', 'Q199980'];
    const outcomes = flow.nodes.filter((n): n is OutcomeNode => n.kind === 'outcome' && only55.includes(n.source.ref));
    expect(outcomes.map((o) => o.id).sort()).toEqual(
      [
        'cause-4088-message',
        'cause-151-135-mmf',
        'cause-7026-csv-proxy',
        'cause-7026-custom-recipient',
        'cause-7026-open',
        'cause-7026-precreated',
        'cause-7034-control-file',
      ].sort(),
    );
    for (const route of allRoutes(flow, flow.entries[0]!.start)) {
      for (const o of outcomes) {
        const at = route.findIndex((s) => s.node === o.id);
        if (at < 0) continue;
        const version = route.slice(0, at).find((s) => /version/.test(s.node));
        expect(version, `${o.id} via ${route.map((s) => s.node).join(' → ')}`).toBeDefined();
        expect(version!.choice).not.toBe('other');
      }
    }
  });

  it('the check after the fix is one an administrator can do on a real Exchange 5.5 server', () => {
    const step = node<StepNode>('fix-log-on');
    const text = textOf(step.actions);
    expect(text).not.toContain('open one or two of the migrated mailboxes and look for their old messages');
    expect(text).toContain('information event **10068**');
    expect(text).toContain('**Mailbox Resources**');
    expect(text).toContain('Exchange Administrator cannot open a mailbox');
    const figure = step.actions.find((a) => a.id === 'check-mailboxes')!.mockup!;
    expect(figure.screen).toBe('exchange-mailbox-resources');
    expect(figure.description).toMatch(/our own illustration/);
  });

  it('says why the Mailbox Resources picture still shows a user with 0 items: he was not in this run', () => {
    const action = node<StepNode>('fix-log-on').actions.find((a) => a.id === 'check-mailboxes')!;
    // The picture draws three users with their messages and David Wong (not in the batch) with none.
    expect(action.text).toContain('show their messages (David Wong, not in this run, still shows 0)');
    expect(action.mockup!.description).toContain('David Wong, who was not in this run, still holds 0');
  });

  it('marks as our own what no reference source says: the Mailbox Resources check, Help > About, the group', () => {
    const step = node<StepNode>('fix-log-on');
    expect(step.actions.find((a) => a.id === 'check-mailboxes')!.text).toContain(
      '(our own advice, after KB Q188637 for Exchange Server 5.5;',
    );
    expect(textOf(node<QuestionNode>('version-7026').howToCheck)).toMatch(/\*\*About\*\*.*\(our own advice\)/);
    // (The revision notes say what changed, in the words of the time.)
    const paths = withText(/through a group|no group it belongs to/).filter((p) => !p.startsWith('.revisions'));
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths)
      expect(ALL.find((s) => s.path === path)!.text, path).toContain('the group is our own precaution');
  });
});
