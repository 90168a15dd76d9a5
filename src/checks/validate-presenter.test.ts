import { describe, expect, it } from 'vitest';

import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { getFlow } from '@/content/index';
import type { PresenterData } from '@/content/presenter-schema';
import { articleRoute, formatPresenterIssue, validatePresenter } from './validate-presenter';

const shipped = import.meta.glob<PresenterData>('/src/content/presenter/*.ts', { eager: true, import: 'default' });

describe('shipped presenter data', () => {
  it('every file validates against its flow with zero problems', () => {
    expect(Object.keys(shipped).length).toBeGreaterThan(0);
    for (const [file, data] of Object.entries(shipped)) {
      const flow = getFlow(data.flowId);
      expect(flow, `${file} names an unknown flow`).toBeDefined();
      expect(file).toBe(`/src/content/presenter/${data.flowId}.ts`);
      expect(validatePresenter(flow!, data).map(formatPresenterIssue)).toEqual([]);
    }
  });

  it('Q255888 tells the article’s own story', () => {
    const flow = getFlow('q255888')!;
    const ids = articleRoute(flow, shipped['/src/content/presenter/q255888.ts']!).nodes.map((n) => n.id);
    expect(ids).toEqual([
      'app-log-event',
      'mailboxes-created',
      'batch-size',
      'single-user',
      'logged-on-role',
      'exchange-version',
      'source-version',
      'diagnosis-q255888',
      'fix-account',
      'grant-organization',
      'grant-site',
      'grant-configuration',
      'fix-log-on',
      'verify',
      'resolved',
    ]);
  });
});

describe('validatePresenter', () => {
  const flow = getFlow('q255888')!;
  const good = shipped['/src/content/presenter/q255888.ts']!;
  const rules = (data: unknown) => validatePresenter(flow, data).map((i) => `${i.rule} ${i.path}: ${i.message}`);
  const withAnswers = (answers: PresenterData['articlePath']['answers'], entry = 'diagnose') => ({
    ...good,
    articlePath: { entry, answers },
  });
  const answers = good.articlePath.answers;

  it('rejects data that is not presenter data', () => {
    expect(rules(null)[0]).toMatch(/^presenter-schema/);
    expect(rules({ ...good, notes: { 'app-log-event': '  ' } })[0]).toMatch(/^presenter-schema notes.app-log-event/);
  });

  it('names the wrong flow, unknown nodes in notes, and tip slides that do not exist', () => {
    expect(rules({ ...good, flowId: 'q999999' })).toContain('presenter flowId: names flow "q999999", not "q255888"');
    expect(rules({ ...good, notes: { ...good.notes, 'no-such-node': 'x' } })).toContain(
      'presenter notes.no-such-node: the flow has no node "no-such-node"',
    );
    expect(rules({ ...good, tipSlides: [{ step: 'verify', tip: 'x', speakerNotes: 'y' }] })).toContain(
      'presenter tipSlides[0].step: "verify" is not a fix step',
    );
    expect(rules({ ...good, tipSlides: [{ step: 'grant-site', tip: 'Nope', speakerNotes: 'y' }] })).toContain(
      'presenter tipSlides[0].tip: step "grant-site" has no tip titled "Nope"',
    );
  });

  it('places a tip slide after an action of its step, no later than the action whose words send the room to it', () => {
    const tip = 'No Permissions tab, or no Rights list?';
    expect(
      rules({ ...good, tipSlides: [{ step: 'grant-site', tip, speakerNotes: 'y', afterAction: 'nope' }] }),
    ).toContain('presenter tipSlides[0].afterAction: step "grant-site" has no action "nope"');
    expect(
      rules({ ...good, tipSlides: [{ step: 'grant-site', tip, speakerNotes: 'y', afterAction: 'save' }] }),
    ).toEqual([]);
    // The log-on action names the tip “Windows NT will not log the account on at the server?”: its slide may not wait.
    const logOn = {
      step: 'fix-log-on',
      tip: 'Windows NT will not log the account on at the server?',
      speakerNotes: 'y',
    };
    expect(rules({ ...good, tipSlides: [logOn] })).toEqual([]);
    expect(rules({ ...good, tipSlides: [{ ...logOn, afterAction: 'log-off' }] })).toEqual([]);
    expect(rules({ ...good, tipSlides: [{ ...logOn, afterAction: 'check-client' }] })).toEqual([
      'presenter tipSlides[0].afterAction: action "log-on" sends the room to the tip, so its slide must come right after that action, not after "check-client"',
    ]);
  });

  it('requires a real route: known entry, each question answered in order with one of its options', () => {
    expect(rules(withAnswers(answers, 'nowhere'))).toEqual([
      'article-path articlePath.entry: the flow has no entry "nowhere"',
    ]);
    // Skipping a question: the route reaches it where the next answer names another.
    expect(rules(withAnswers([answers[0]!, ...answers.slice(2)]))).toContain(
      'article-path articlePath.answers[1].question: the route reaches question "mailboxes-created" here, not "batch-size"',
    );
    expect(rules(withAnswers([{ question: 'app-log-event', answer: 'event-9999' }, ...answers.slice(1)]))).toContain(
      'article-path articlePath.answers[0].answer: question "app-log-event" has no option "event-9999"',
    );
    expect(rules(withAnswers(answers.slice(0, 3)))).toContain(
      'article-path articlePath.answers: the route stops at question "single-user": give its answer next',
    );
    expect(rules(withAnswers([...answers, { question: 'app-log-event', answer: 'event-7044' }]))).toContain(
      'article-path articlePath.answers[9]: the route never reaches question "app-log-event": it ends at "resolved"',
    );
  });

  it('refuses "Not sure" answers, routes that do not end resolved, and routes without the article’s diagnosis and fix', () => {
    const unsure = answers.map((a) => (a.question === 'single-user' ? { ...a, answer: 'not-tried' } : a));
    expect(rules(withAnswers(unsure))).toContain(
      'article-path articlePath.answers[3].answer: the article\'s path takes a definite answer, not "Not sure" ("not-tried")',
    );
    const escalated = answers.map((a) => (a.question === 'verify' ? { ...a, answer: 'no' } : a));
    expect(rules(withAnswers(escalated))).toContain(
      'article-path articlePath: the route must end at a resolved outcome, not at "escalate"',
    );
    // The fix entry skips the diagnosis.
    expect(rules(withAnswers(answers.slice(-2), 'fix'))).toContain(
      'article-path articlePath: the route must pass through a diagnosis outcome',
    );
    // "Invalid server specified": another article's cause, not a diagnosis.
    const other = [
      { question: 'app-log-event', answer: 'other-event' },
      { question: 'which-event', answer: 'invalid-server' },
      ...answers.slice(-2),
    ];
    expect(rules(withAnswers(other))).toContain(
      'article-path articlePath: the route must pass through a diagnosis outcome',
    );
  });

  it('requires speaker notes on every node of the article’s path, and only there', () => {
    const notes = { ...good.notes };
    delete (notes as Record<string, string>)['single-user'];
    delete (notes as Record<string, string>)['which-event'];
    expect(rules({ ...good, notes })).toEqual([
      'speaker-notes notes.single-user: "single-user" is on the article\'s path, so its slide needs speaker notes',
    ]);
  });

  it('checks the whole-fix test: fix steps with trainer moves, on the article’s path, in order', () => {
    expect(rules({ ...good, fixTest: ['verify'] })).toContain(
      'presenter fixTest[0]: "verify" is not a fix step with trainer moves',
    );
    expect(rules({ ...good, fixTest: ['create-account'] })).toContain(
      'presenter fixTest[0]: "create-account" is not on the article\'s path',
    );
    expect(rules({ ...good, fixTest: ['grant-site', 'grant-organization'] })).toContain(
      'presenter fixTest[1]: "grant-organization" comes before the step named ahead of it on the article\'s path',
    );
  });

  it('works for any flow (the tiny test flow)', () => {
    const tiny = tinyFlow();
    expect(
      validatePresenter(tiny, {
        flowId: tiny.id,
        articlePath: { entry: 'x', answers: [{ question: 'a', answer: 'b' }] },
        notes: {},
      }).map((i) => i.rule),
    ).toEqual(['article-path']);
  });
});
