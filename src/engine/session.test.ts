import { describe, expect, it } from 'vitest';

import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import { OUTCOME_CONTINUE, STEP_DONE } from './graph';
import { answer, clearAnswer, goBack, missingChecks, previousNodeId, restart, setCheck, startSession } from './session';
import { answerMany } from './answer-many';
import { type Session, walk } from './walk';

const flow = tinyFlow();

function play(steps: Array<[string, string]>, s: Session = startSession(flow)): Session {
  for (const [node, choice] of steps) {
    const r = answer(flow, s, node, choice);
    if (!r.ok) throw new Error(`${node}=${choice}: ${r.error.code}`);
    s = r.value;
  }
  return s;
}

const here = (s: Session) => walk(flow, s).current.id;

describe('startSession', () => {
  it('starts on the default entry with nothing answered', () => {
    const s = startSession(flow);
    expect(s).toEqual({ flowId: 'tiny', revision: 1, entry: 'diagnose', answers: {}, checks: {} });
    expect(here(s)).toBe('q1');
  });

  it('can start on another entry, and falls back to the default for an unknown one', () => {
    expect(here(startSession(flow, 'fix'))).toBe('s1');
    expect(startSession(flow, 'bogus').entry).toBe('diagnose');
  });
});

describe('answer', () => {
  it.each([
    [[['q1', 'a']], 'q2'],
    [[['q1', 'b']], 'other'],
    [
      [
        ['q1', 'a'],
        ['q2', 'x'],
      ],
      'diag',
    ],
    [
      [
        ['q1', 'a'],
        ['q2', 'y'],
      ],
      'not-diag',
    ],
    [
      [
        ['q1', 'a'],
        ['q2', 'unsure'],
      ],
      'diag',
    ],
    [
      [
        ['q1', 'a'],
        ['q2', 'x'],
        ['diag', OUTCOME_CONTINUE],
      ],
      's1',
    ],
  ] as Array<[Array<[string, string]>, string]>)('after %j the current node is %s', (steps, expected) => {
    expect(here(play(steps))).toBe(expected);
  });

  it('refuses unknown nodes, nodes off the path and unknown choices', () => {
    const s = startSession(flow);
    expect(answer(flow, s, 'nope', 'a')).toEqual({ ok: false, error: { code: 'unknown-node', nodeId: 'nope' } });
    expect(answer(flow, s, 'q2', 'x')).toEqual({ ok: false, error: { code: 'not-on-path', nodeId: 'q2' } });
    expect(answer(flow, s, 'q1', 'zzz')).toEqual({
      ok: false,
      error: { code: 'unknown-choice', nodeId: 'q1', choiceId: 'zzz' },
    });
  });

  it('does not complete a step until its required items are ticked', () => {
    let s = startSession(flow, 'fix');
    expect(answer(flow, s, 's1', STEP_DONE)).toEqual({
      ok: false,
      error: { code: 'checklist-incomplete', nodeId: 's1', missing: ['done-a'] },
    });
    const ticked = setCheck(flow, s, 's1', 'done-a', true);
    expect(ticked.ok).toBe(true);
    if (ticked.ok) s = ticked.value;
    expect(missingChecks(flow, s, 's1')).toEqual([]);
    expect(here(play([['s1', STEP_DONE]], s))).toBe('verify');
  });

  it('changing an earlier answer takes the new path and keeps later answers that still fit', () => {
    const s = play([
      ['q1', 'a'],
      ['q2', 'x'],
      ['diag', OUTCOME_CONTINUE],
    ]);
    const changed = play([['q1', 'b']], s);
    expect(here(changed)).toBe('other');
    // Back to the first answer: the later answers are still there and used again.
    const restored = play([['q1', 'a']], changed);
    expect(here(restored)).toBe('s1');
    // Changing q2 only: q1 is kept.
    const other = play([['q2', 'y']], s);
    expect(walk(flow, other).path.map((p) => p.node.id)).toEqual(['q1', 'q2', 'not-diag']);
  });
});

describe('answerMany', () => {
  it('takes valid question answers, even ahead of the path, and rejects the rest', () => {
    const r = answerMany(flow, startSession(flow), { q2: 'x', q1: 'a', s1: STEP_DONE, nope: 'a', verify: 'maybe' });
    expect(r.accepted.sort()).toEqual(['q1', 'q2']);
    expect(r.rejected.sort()).toEqual(['nope', 's1', 'verify']);
    expect(here(r.session)).toBe('diag');
  });
});

describe('setCheck', () => {
  it('ticks and unticks items in checklist order, and refuses unknown items', () => {
    let s = startSession(flow, 'fix');
    for (const [item, on] of [
      ['note', true],
      ['done-a', true],
      ['note', false],
    ] as const) {
      const r = setCheck(flow, s, 's1', item, on);
      if (r.ok) s = r.value;
    }
    expect(s.checks).toEqual({ s1: ['done-a'] });
    expect(setCheck(flow, s, 's1', 'zzz', true).ok).toBe(false);
    expect(setCheck(flow, s, 'q1', 'done-a', true).ok).toBe(false);
  });
});

describe('goBack, previousNodeId, clearAnswer, restart', () => {
  it('goBack removes the last answer on the path', () => {
    const s = play([
      ['q1', 'a'],
      ['q2', 'x'],
    ]);
    expect(here(goBack(flow, s))).toBe('q2');
    expect(here(goBack(flow, goBack(flow, s)))).toBe('q1');
    expect(goBack(flow, startSession(flow))).toEqual(startSession(flow));
  });

  it('previousNodeId follows the path', () => {
    const s = play([
      ['q1', 'a'],
      ['q2', 'x'],
    ]);
    expect(previousNodeId(flow, s, 'diag')).toBe('q2');
    expect(previousNodeId(flow, s, 'q2')).toBe('q1');
    expect(previousNodeId(flow, s, 'q1')).toBeUndefined();
    expect(previousNodeId(flow, s, 'verify')).toBeUndefined();
  });

  it('clearAnswer forgets one answer; restart forgets everything but the entry', () => {
    const s = play([['q1', 'a']], startSession(flow));
    expect(clearAnswer(s, 'q1').answers).toEqual({});
    expect(clearAnswer(s, 'zz')).toBe(s);
    expect(restart(flow, startSession(flow, 'fix'))).toEqual(startSession(flow, 'fix'));
    expect(restart(flow)).toEqual(startSession(flow));
  });
});
