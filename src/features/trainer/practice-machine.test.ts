import { describe, expect, it } from 'vitest';

import { type Gesture, type MoveSpec, type PracticeState, practiceReducer, startPractice } from './practice-machine';
import { moveScore, reportCsv, reportJson, reportText, scoreReport } from './scoring';

const act = (
  s: PracticeState,
  target: string | null,
  at: number,
  gesture?: Gesture,
  state?: Readonly<Record<string, unknown>>,
) => practiceReducer(s, { type: 'action', target, at, ...(gesture ? { gesture } : {}), ...(state ? { state } : {}) });

/** Moves by their control alone. */
const specs = (...targets: string[]): MoveSpec[] => targets.map((target) => ({ target }));

describe('Try', () => {
  it('advances on the right action and records the time it took', () => {
    let s = startPractice('try', specs('a', 'b'), 1000);
    s = act(s, 'a', 1500);
    expect(s.index).toBe(1);
    expect(s.records).toEqual([{ index: 0, wrong: 0, ms: 500, how: 'done', hint: 0 }]);
    expect(s.feedback).toEqual({ kind: 'right', index: 0 });
    s = act(s, 'b', 1600);
    expect(s.finished).toBe(true);
  });

  it('climbs the hint ladder on wrong actions: words, spotlight, show me, and no further', () => {
    let s = startPractice('try', specs('a'), 0);
    s = act(s, 'x', 1);
    expect([s.hint, s.wrong, s.index]).toEqual([1, 1, 0]);
    expect(s.feedback).toEqual({ kind: 'wrong', index: 0, target: 'x' });
    s = act(s, null, 2);
    expect(s.hint).toBe(2);
    s = act(s, 'y', 3);
    s = act(s, 'y', 4);
    expect([s.hint, s.wrong]).toEqual([3, 4]);
  });

  it('lets the learner ask for the next hint, and "show me" finishes the move as shown', () => {
    let s = startPractice('try', specs('a', 'b'), 0);
    s = practiceReducer(s, { type: 'hint', at: 1 });
    expect(s.hint).toBe(1);
    s = practiceReducer(s, { type: 'shown', at: 10 });
    expect(s.records[0]).toEqual({ index: 0, wrong: 0, ms: 10, how: 'shown', hint: 1 });
    expect([s.index, s.hint]).toEqual([1, 0]);
  });

  it('ignores skip (Test only) and everything after the end, and restarts clean', () => {
    let s = startPractice('try', specs('a'), 0);
    expect(practiceReducer(s, { type: 'skip', at: 1 })).toBe(s);
    s = act(s, 'a', 5);
    expect(act(s, 'b', 6)).toBe(s);
    const again = practiceReducer(s, { type: 'restart', at: 100 });
    expect(again).toEqual(startPractice('try', specs('a'), 100));
  });
});

describe('Test', () => {
  it('gives no hints, counts wrong actions and allows giving up', () => {
    let s = startPractice('test', specs('a', 'b', 'c'), 0);
    s = act(s, 'x', 1);
    s = act(s, 'y', 2);
    expect([s.hint, s.wrong]).toEqual([0, 2]);
    expect(practiceReducer(s, { type: 'hint', at: 3 })).toBe(s);
    expect(practiceReducer(s, { type: 'shown', at: 3 })).toBe(s);
    s = act(s, 'a', 4000);
    s = practiceReducer(s, { type: 'skip', at: 6000 });
    s = act(s, 'c', 6500);
    expect(s.finished).toBe(true);
    expect(s.records.map((r) => [r.wrong, r.how, r.ms])).toEqual([
      [2, 'done', 4000],
      [0, 'skipped', 2000],
      [0, 'done', 500],
    ]);
  });
});

describe('what Windows accepts, and what is no mistake', () => {
  /** Select the object, open File, choose Properties, click the Permissions tab. */
  const OPEN: MoveSpec[] = [
    {
      target: 'site-node',
      alternatives: [{ target: 'site-item' }, { target: 'site-item', gesture: 'double-click', covers: 3 }],
    },
    {
      target: 'file-menu',
      alternatives: [
        { target: 'properties-button', covers: 2 },
        { target: 'properties-command', covers: 2 },
      ],
    },
    { target: 'properties-command', alternatives: [{ target: 'properties-button' }] },
    { target: 'permissions-tab' },
  ];

  it.each(['test', 'try'] as const)(
    '%s: an alternative that covers two moves does both, with no wrong action',
    (kind) => {
      let s = startPractice(kind, OPEN, 0);
      s = act(s, 'site-node', 10);
      s = act(s, 'properties-command', 30); // Alt+Enter
      expect(s.index).toBe(3);
      expect(s.wrong).toBe(0);
      expect(s.records.slice(1)).toEqual([
        { index: 1, wrong: 0, ms: 20, how: 'done', hint: 0, via: 'properties-command' },
        { index: 2, wrong: 0, ms: 0, how: 'done', hint: 0, via: 'properties-command' },
      ]);
      expect(s.feedback).toEqual({ kind: 'right', index: 2 });
    },
  );

  it('a double-click in the contents pane selects the object and opens its Properties: three moves, no mistake', () => {
    let s = startPractice('test', OPEN, 0);
    // Its first click selects the object there (an alternative of the first move) …
    s = act(s, 'site-item', 10);
    expect(s.index).toBe(1);
    // … and the double-click does the rest.
    s = act(s, 'site-item', 12, 'double-click');
    expect(s.index).toBe(3);
    expect(s.records.every((r) => r.wrong === 0 && r.how === 'done')).toBe(true);
  });

  it('the second click of a double-click on the move just done is no new action', () => {
    let s = startPractice('test', OPEN, 0);
    s = act(s, 'site-node', 10);
    const after = act(s, 'site-node', 12, 'double-click');
    expect(after).toBe(s);
  });

  it('a double-click on the expected control does it; a double-click elsewhere adds nothing to its first click', () => {
    let s = startPractice('test', specs('ok-button', 'x'), 0);
    s = act(s, 'cancel-button', 1);
    expect(s.wrong).toBe(1);
    expect(act(s, 'cancel-button', 2, 'double-click')).toBe(s);
    s = act(s, 'ok-button', 3, 'double-click');
    expect(s.index).toBe(1);
  });

  it('moving through a list or tree with the arrow keys is no mistake; reaching the control does the move', () => {
    let s = startPractice('test', OPEN, 0);
    s = act(s, 'configuration-node', 1, 'navigate');
    s = act(s, null, 2, 'navigate');
    expect([s.index, s.wrong]).toEqual([0, 0]);
    s = act(s, 'site-node', 3, 'navigate');
    expect(s.index).toBe(1);
  });

  it('doing the last action again is no mistake (opening the menu that Escape closed)', () => {
    let s = startPractice('test', OPEN, 0);
    s = act(s, 'site-node', 1);
    s = act(s, 'file-menu', 2);
    expect(act(s, 'file-menu', 3)).toBe(s);
    // A control that was not the last action is still wrong.
    expect(act(s, 'site-node', 4).wrong).toBe(1);
  });

  it('an alternative never covers more moves than are left', () => {
    let s = startPractice('test', [{ target: 'a', alternatives: [{ target: 'b', covers: 5 }] }, { target: 'c' }], 0);
    s = act(s, 'b', 1);
    expect(s.finished).toBe(true);
    expect(s.records).toHaveLength(2);
  });
});

describe('scores and exports', () => {
  const records = [
    { index: 0, wrong: 0, ms: 1200, how: 'done', hint: 0 },
    { index: 1, wrong: 2, ms: 4000, how: 'done', hint: 0 },
    { index: 2, wrong: 5, ms: 9000, how: 'done', hint: 0 },
    { index: 3, wrong: 1, ms: 3000, how: 'skipped', hint: 0 },
  ] as const;
  const report = scoreReport(
    {
      flowId: 'q255888',
      stepId: 'grant-organization',
      stepTitle: 'Grant, "quoted"',
      finishedAt: '2026-01-02T03:04:05.000Z',
    },
    records,
    (i) => ['Click **OK**', '=SUM(A1)', 'Third, with comma', 'Fourth'][i]!,
  );

  it('scores 100 for right first time, 25 less per wrong action, 0 when given up', () => {
    expect(records.map(moveScore)).toEqual([100, 50, 0, 0]);
    expect(report.overall).toBe(38);
    expect(report.wrongTotal).toBe(8);
    expect(report.firstTime).toBe(1);
    expect(report.seconds).toBe(17.2);
  });

  it('exports CSV that a spreadsheet reads safely, JSON and text', () => {
    const csv = reportCsv(report);
    expect(csv.split('\r\n')[0]).toBe('flow,step,action,task,wrong actions,seconds,result,score');
    expect(csv).toContain("q255888,grant-organization,2,'=SUM(A1),2,4,done,50");
    expect(csv).toContain('"Third, with comma"');
    expect(csv).toContain('q255888,grant-organization,overall,"Grant, ""quoted""",8,17.2,1/4 first time,38');
    const json = JSON.parse(reportJson(report));
    expect(json).toMatchObject({ kind: 'kb-wizard-test-result', version: 1, overall: 38, rows: expect.any(Array) });
    expect(reportText(report)).toContain('Overall score: 38%');
  });
});

describe('a move done by what is left on the screen (its goal)', () => {
  /** Type in two boxes: done once both hold something. */
  const form: MoveSpec = {
    target: 'name',
    goal: (st) => typeof st.name === 'string' && st.name !== '' && typeof st.note === 'string' && st.note !== '',
  };

  it('typing is work under way, in any box, never a mistake; the move is done once the screen holds its goal', () => {
    let s = startPractice('test', [form, { target: 'ok' }], 0);
    s = act(s, 'name', 1, 'type', { name: 'B' });
    s = act(s, 'name', 2, 'type', { name: 'Bob' });
    expect([s.index, s.wrong]).toEqual([0, 0]);
    s = act(s, 'note', 3, 'type', { name: 'Bob', note: 'x' });
    expect(s.index).toBe(1);
    expect(s.records[0]).toMatchObject({ how: 'done', wrong: 0 });
  });

  it('a click on the move’s own control is under way too until the goal holds (one item of several)', () => {
    const several: MoveSpec = {
      target: 'list',
      goal: (st) => Array.isArray(st.items) && st.items.length >= 2,
    };
    let s = startPractice('try', [several], 0);
    s = act(s, 'list', 1, 'activate', { items: ['a'] });
    expect([s.index, s.wrong, s.hint]).toEqual([0, 0, 0]);
    // Clicking it again (deselecting) is no mistake either.
    s = act(s, 'list', 2, 'activate', { items: [] });
    s = act(s, 'list', 3, 'double-click', { items: [] });
    expect([s.index, s.wrong]).toEqual([0, 0]);
    s = act(s, 'list', 4, 'activate', { items: ['a', 'b'] });
    expect(s.finished).toBe(true);
    // Another control is still a mistake.
    const other = act(startPractice('try', [several], 0), 'select-all', 1, 'activate', { items: ['a', 'b', 'c'] });
    expect([other.index, other.wrong]).toEqual([0, 1]);
  });

  it('typing on after a move done by typing (the rest of a password, a typo mended) is no mistake', () => {
    let s = startPractice('try', [form, { target: 'ok' }], 0);
    s = act(s, 'name', 1, 'type', { name: 'Bob' });
    // Done on the first key in the last box: the learner types on there, and mends the first box.
    s = act(s, 'note', 2, 'type', { name: 'Bob', note: 'x' });
    expect(s.index).toBe(1);
    s = act(s, 'note', 3, 'type', { name: 'Bob', note: 'xy' });
    s = act(s, 'name', 4, 'type', { name: 'Bo', note: 'xy' });
    expect([s.index, s.wrong]).toEqual([1, 0]);
    s = act(s, 'ok', 5, 'activate');
    expect(s.finished).toBe(true);
    expect(s.records[1]).toMatchObject({ how: 'done', wrong: 0 });
    // After a move done otherwise, typing in a box that is not the move's is still a mistake.
    let t = startPractice('try', specs('ok', 'done'), 0);
    t = act(t, 'ok', 1, 'activate');
    t = act(t, 'name', 2, 'type');
    expect(t.wrong).toBe(1);
  });

  it('without its goal, a move whose control is typed in is done by typing in it', () => {
    const s = act(startPractice('test', specs('name'), 0), 'name', 1, 'type', { name: 'B' });
    expect(s.finished).toBe(true);
  });

  it('typing in another box than the move’s is one mistake per box, not one per key', () => {
    let s = startPractice('test', specs('ok'), 0);
    s = act(s, 'name', 1, 'type');
    s = act(s, 'name', 2, 'type');
    s = act(s, 'name', 3, 'type');
    expect(s.wrong).toBe(1);
    s = act(s, 'note', 4, 'type');
    expect(s.wrong).toBe(2);
  });
});
