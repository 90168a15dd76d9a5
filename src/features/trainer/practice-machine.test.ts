import { describe, expect, it } from 'vitest';

import { type PracticeState, practiceReducer, startPractice } from './practice-machine';
import { moveScore, reportCsv, reportJson, reportText, scoreReport } from './scoring';

const act = (s: PracticeState, target: string | null, expected: string, at: number) =>
  practiceReducer(s, { type: 'action', target, expected, at });

describe('Try', () => {
  it('advances on the right action and records the time it took', () => {
    let s = startPractice('try', 2, 1000);
    s = act(s, 'a', 'a', 1500);
    expect(s.index).toBe(1);
    expect(s.records).toEqual([{ index: 0, wrong: 0, ms: 500, how: 'done', hint: 0 }]);
    expect(s.feedback).toEqual({ kind: 'right', index: 0 });
    s = act(s, 'b', 'b', 1600);
    expect(s.finished).toBe(true);
  });

  it('climbs the hint ladder on wrong actions: words, spotlight, show me, and no further', () => {
    let s = startPractice('try', 1, 0);
    s = act(s, 'x', 'a', 1);
    expect([s.hint, s.wrong, s.index]).toEqual([1, 1, 0]);
    expect(s.feedback).toEqual({ kind: 'wrong', index: 0, target: 'x' });
    s = act(s, null, 'a', 2);
    expect(s.hint).toBe(2);
    s = act(s, 'y', 'a', 3);
    s = act(s, 'y', 'a', 4);
    expect([s.hint, s.wrong]).toEqual([3, 4]);
  });

  it('lets the learner ask for the next hint, and "show me" finishes the move as shown', () => {
    let s = startPractice('try', 2, 0);
    s = practiceReducer(s, { type: 'hint', at: 1 });
    expect(s.hint).toBe(1);
    s = practiceReducer(s, { type: 'shown', at: 10 });
    expect(s.records[0]).toEqual({ index: 0, wrong: 0, ms: 10, how: 'shown', hint: 1 });
    expect([s.index, s.hint]).toEqual([1, 0]);
  });

  it('ignores skip (Test only) and everything after the end, and restarts clean', () => {
    let s = startPractice('try', 1, 0);
    expect(practiceReducer(s, { type: 'skip', at: 1 })).toBe(s);
    s = act(s, 'a', 'a', 5);
    expect(act(s, 'b', 'b', 6)).toBe(s);
    const again = practiceReducer(s, { type: 'restart', at: 100 });
    expect(again).toEqual(startPractice('try', 1, 100));
  });
});

describe('Test', () => {
  it('gives no hints, counts wrong actions and allows giving up', () => {
    let s = startPractice('test', 3, 0);
    s = act(s, 'x', 'a', 1);
    s = act(s, 'y', 'a', 2);
    expect([s.hint, s.wrong]).toEqual([0, 2]);
    expect(practiceReducer(s, { type: 'hint', at: 3 })).toBe(s);
    expect(practiceReducer(s, { type: 'shown', at: 3 })).toBe(s);
    s = act(s, 'a', 'a', 4000);
    s = practiceReducer(s, { type: 'skip', at: 6000 });
    s = act(s, 'c', 'c', 6500);
    expect(s.finished).toBe(true);
    expect(s.records.map((r) => [r.wrong, r.how, r.ms])).toEqual([
      [2, 'done', 4000],
      [0, 'skipped', 2000],
      [0, 'done', 500],
    ]);
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
