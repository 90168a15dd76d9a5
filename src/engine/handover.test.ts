import { describe, expect, it } from 'vitest';

import { getFlow } from '@/content';
import type { Flow, OutcomeNode } from '@/content/schema';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { carriedAnswers, continuesOf, handOver, settledHandOvers } from './handover';
import { walk } from './walk';

/** `tiny`'s outcome "other" (q1 = b) continues in `tiny-b` at q1, carrying q1 (b → a) and q2 (x → x). */
function pair(): { from: Flow; to: Flow } {
  const from = tinyFlow();
  const other = from.nodes.find((n) => n.id === 'other') as OutcomeNode & { continues?: OutcomeNode['continues'] };
  Object.assign(other, {
    decisive: [{ question: 'q1', options: ['b'] }],
    continues: {
      flow: 'tiny-b',
      node: 'q1',
      carry: [
        { from: 'q1', to: 'q1', options: { b: 'a' } },
        { from: 'q2', to: 'q2', options: { x: 'x' } },
      ],
    },
  });
  return { from, to: { ...tinyFlow(), id: 'tiny-b' } };
}

describe('handOver', () => {
  it('carries the mapped answers given on the path and opens the other flow where its way in starts', () => {
    const { from, to } = pair();
    const start = handOver(from, { entry: 'diagnose', answers: { q1: 'b' } }, 'other', to);
    expect(start).toEqual({ flowId: 'tiny-b', entry: 'diagnose', answers: { q1: 'a' }, at: 'q1' });
    // The other flow's walk goes on from the carried answer.
    expect(walk(to, { entry: start!.entry, answers: start!.answers }).current.id).toBe('q2');
  });

  it('does not carry an answer left over from an earlier route', () => {
    const { from, to } = pair();
    // q2 was answered on another route; the path to "other" never asks it.
    expect(handOver(from, { entry: 'diagnose', answers: { q1: 'b', q2: 'x' } }, 'other', to)?.answers).toEqual({
      q1: 'a',
    });
  });

  it('is undefined when the outcome is not on the path, has no hand-over, or names another flow', () => {
    const { from, to } = pair();
    expect(handOver(from, { entry: 'diagnose', answers: { q1: 'a' } }, 'other', to)).toBeUndefined();
    expect(handOver(from, { entry: 'diagnose', answers: { q1: 'a', q2: 'x' } }, 'diag', to)).toBeUndefined();
    expect(
      handOver(from, { entry: 'diagnose', answers: { q1: 'b' } }, 'other', { ...to, id: 'elsewhere' }),
    ).toBeUndefined();
    expect(handOver(from, { entry: 'diagnose', answers: { q1: 'b' } }, 'no-such-node', to)).toBeUndefined();
  });

  it('carries only options the mapping lists and the other flow offers', () => {
    const { to } = pair();
    const continues = { flow: 'tiny-b', node: 'q1', carry: [{ from: 'q1', to: 'q1', options: { a: 'a', b: 'gone' } }] };
    expect(carriedAnswers({ q1: 'a' }, continues, to)).toEqual({ q1: 'a' });
    expect(carriedAnswers({ q1: 'b' }, continues, to)).toEqual({});
    expect(carriedAnswers({}, continues, to)).toEqual({});
  });
});

describe('settledHandOvers', () => {
  it('names the flow an outcome continues in once every answer that defines it is given', () => {
    const { from } = pair();
    expect(settledHandOvers(from, { q1: 'b' }).map((s) => [s.outcome.id, s.flowId])).toEqual([['other', 'tiny-b']]);
    expect(settledHandOvers(from, { q1: 'a' })).toEqual([]);
    expect(settledHandOvers(from, {})).toEqual([]);
  });
});

describe('the articles hand over to each other', () => {
  const q255888 = getFlow('q255888')!;
  const q186742 = getFlow('q186742')!;
  const to7017 = { 'app-log-event': 'other-event', 'which-event': 'event-7017' };

  it('Q255888’s event-7017 outcome opens Q186742 with the event and the version answered', () => {
    expect(continuesOf(q255888, 'cause-7017-alias')?.flow).toBe('q186742');
    const start = handOver(
      q255888,
      { entry: 'diagnose', answers: { ...to7017, 'version-7017': 'ex50-55' } },
      'cause-7017-alias',
      q186742,
    );
    expect(start).toEqual({
      flowId: 'q186742',
      entry: 'diagnose',
      answers: { 'app-log-event': 'event-7017', 'exchange-version': 'ex50-55' },
      at: 'app-log-event',
    });
    expect(walk(q186742, { entry: start!.entry, answers: start!.answers }).current.id).toBe('existing-mailbox');
  });

  it('a “Not sure” version is not carried: Q186742 asks it again', () => {
    const start = handOver(
      q255888,
      { entry: 'diagnose', answers: { ...to7017, 'version-7017': 'not-sure' } },
      'cause-7017-alias',
      q186742,
    );
    expect(start?.answers).toEqual({ 'app-log-event': 'event-7017' });
  });

  it('Q186742’s event-7044 outcome opens Q255888 with the event answered', () => {
    const start = handOver(
      q186742,
      { entry: 'diagnose', answers: { 'app-log-event': 'event-7044' } },
      'cause-7044-q255888',
      q255888,
    );
    expect(start?.answers).toEqual({ 'app-log-event': 'event-7044' });
  });
});
