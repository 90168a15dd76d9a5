import { describe, expect, it } from 'vitest';

import { q255888Flow } from '@/content/flows/q255888';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';
import { Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import { allRoutes, remainingAfter } from './graph';
import { answerMany } from './answer-many';
import { startSession } from './session';
import { progressAt, stepForward, walk } from './walk';

describe('walk', () => {
  const flow = tinyFlow();

  it('stops at the first unanswered node', () => {
    const w = walk(flow, { entry: 'diagnose', answers: { q1: 'a' } });
    expect(w.path.map((p) => [p.node.id, p.choice?.id])).toEqual([
      ['q1', 'a'],
      ['q2', undefined],
    ]);
    expect(w.current.id).toBe('q2');
    expect(w.finished).toBe(false);
  });

  it('marks terminal outcomes as finished and remembers the last outcome', () => {
    const w = walk(flow, {
      entry: 'diagnose',
      answers: { q1: 'a', q2: 'x', diag: 'continue', s1: 'done', verify: 'no' },
    });
    expect(w.current.id).toBe('esc');
    expect(w.finished).toBe(true);
    expect(w.outcome?.id).toBe('esc');
  });

  it('treats answers naming options that no longer exist as stale and stops there', () => {
    const w = walk(flow, { entry: 'diagnose', answers: { q1: 'removed-option', q2: 'x' } });
    expect(w.current.id).toBe('q1');
    expect(w.stale).toEqual(['q1']);
  });

  it('ignores answers to nodes off the path and inherited object keys', () => {
    const answers = Object.create({ q1: 'a' }) as Record<string, string>;
    answers.verify = 'yes';
    expect(walk(flow, { entry: 'diagnose', answers }).current.id).toBe('q1');
  });
});

describe('stepForward', () => {
  const flow = tinyFlow();
  const session = { entry: 'diagnose', answers: { q1: 'a', q2: 'x', diag: 'continue' } };

  it('goes past each node whose answer was given elsewhere, on to the first that was not', () => {
    expect(stepForward(flow, session, 'q2', ['q2'])).toBe('diag');
    expect(stepForward(flow, session, 'q2', ['q2', 'diag'])).toBe('s1');
    // The walk never goes past an unanswered node, whatever the set says.
    expect(stepForward(flow, session, 'q2', ['q2', 'diag', 's1', 'verify'])).toBe('s1');
  });

  it('lands on the node itself when its answer was given here, or no longer fits, or it is off the path', () => {
    expect(stepForward(flow, session, 'q2', ['q1'])).toBe('q2');
    expect(stepForward(flow, { ...session, answers: { q1: 'a', q2: 'gone' } }, 'q2', ['q2'])).toBe('q2');
    expect(stepForward(flow, session, 'other', ['other'])).toBe('other');
  });
});

describe('progress', () => {
  const flow = tinyFlow();
  it('counts the fewest and most screens left', () => {
    expect(remainingAfter(flow, 'q1')).toEqual({ min: 1, max: 5 });
    expect(remainingAfter(flow, 'verify')).toEqual({ min: 1, max: 1 });
    expect(remainingAfter(flow, 'done')).toEqual({ min: 0, max: 0 });
    const w = walk(flow, { entry: 'diagnose', answers: { q1: 'a' } });
    expect(progressAt(flow, w, 'q2')).toEqual({ position: 2, minLeft: 1, maxLeft: 4 });
  });
});

describe('the Q255888 flow, node by node', () => {
  const flow = q255888Flow;
  const matching = Q255888_SYMPTOMS;
  const at = (answers: Record<string, string>, entry = 'diagnose') => walk(flow, { entry, answers }).current.id;

  it.each([
    [{}, 'app-log-event'],
    [{ 'app-log-event': 'event-7044' }, 'mailboxes-created'],
    [{ 'app-log-event': 'other-event' }, 'which-event'],
    [{ 'app-log-event': 'other-event', 'which-event': 'another-event' }, 'not-this-other-event'],
    [{ 'app-log-event': 'no-event' }, 'mailboxes-created'],
    [{ 'app-log-event': 'not-sure' }, 'mailboxes-created'],
    [{ ...matching, 'mailboxes-created': 'not-created' }, 'creation-problem'],
    [{ ...matching, 'mailboxes-created': 'not-created', 'creation-problem': 'other' }, 'not-this-symptoms'],
    [{ ...matching, 'mailboxes-created': 'mail-arrived' }, 'after-migration'],
    [{ ...matching, 'mailboxes-created': 'mail-arrived', 'after-migration': 'something-else' }, 'not-this-symptoms'],
    [{ ...matching, 'batch-size': 'one' }, 'not-this-symptoms'],
    [{ ...matching, 'single-user': 'fails' }, 'not-this-symptoms'],
    [{ ...matching, 'logged-on-role': 'permissions-admin' }, 'not-this-role'],
    [{ ...matching, 'logged-on-role': 'other-role' }, 'not-this-role'],
    [{ ...matching, 'exchange-version': 'other' }, 'not-applicable-version'],
    [{ ...matching, 'source-version': 'other' }, 'not-applicable-source'],
    [matching, 'diagnosis-q255888'],
    [{ ...matching, 'diagnosis-q255888': 'continue' }, 'fix-account'],
    [{ ...matching, 'diagnosis-q255888': 'continue', 'fix-account': 'create' }, 'create-account'],
    [{ ...matching, 'diagnosis-q255888': 'continue', 'fix-account': 'existing' }, 'grant-organization'],
    [{ ...matching, 'diagnosis-q255888': 'continue', 'fix-account': 'existing-ready' }, 'fix-log-on'],
  ] as Array<[Record<string, string>, string]>)('answers %j lead to %s', (answers, expected) => {
    expect(at(answers)).toBe(expected);
  });

  it.each([
    [{ 'fix-account': 'existing', 'grant-organization': 'done' }, 'grant-site'],
    [{ 'fix-account': 'existing', 'grant-organization': 'done', 'grant-site': 'done' }, 'grant-configuration'],
    [
      { 'fix-account': 'existing', 'grant-organization': 'done', 'grant-site': 'done', 'grant-configuration': 'done' },
      'fix-log-on',
    ],
    [{ 'fix-account': 'existing-ready', 'fix-log-on': 'done' }, 'verify'],
    [{ 'fix-account': 'existing-ready', 'fix-log-on': 'done', verify: 'yes' }, 'resolved'],
    [{ 'fix-account': 'existing-ready', 'fix-log-on': 'done', verify: 'partly' }, 'escalate'],
    [{ 'fix-account': 'existing-ready', 'fix-log-on': 'done', verify: 'no' }, 'escalate'],
    [{ 'fix-account': 'create', 'create-account': 'done' }, 'grant-organization'],
  ] as Array<[Record<string, string>, string]>)('on the fix entry, %j leads to %s', (answers, expected) => {
    expect(at(answers, 'fix')).toBe(expected);
  });

  it('every route ends at an outcome, and paste-style answers jump ahead', () => {
    for (const route of allRoutes(flow, 'app-log-event')) {
      expect(flow.nodes.find((n) => n.id === route.at(-1)!.node)?.kind).toBe('outcome');
    }
    const { session } = answerMany(flow, startSession(flow), { 'app-log-event': 'event-7044' });
    expect(walk(flow, session).current.id).toBe('mailboxes-created');
  });
});
