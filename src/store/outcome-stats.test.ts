import { beforeEach, describe, expect, it } from 'vitest';

import { STATS_KEY, eraseStats, forgetAbandoned, readStats, recordAbandoned, recordOutcomes } from './outcome-stats';
import { csvField, statsCsv, summarise } from './stats-table';

describe('outcome statistics', () => {
  beforeEach(() => localStorage.clear());

  it('records outcomes once per session, abandonments, undo and erase, under their own key', () => {
    recordOutcomes('q255888', 'a', ['diagnosis-q255888'], 1);
    recordOutcomes('q255888', 'a', ['diagnosis-q255888', 'resolved'], 2);
    recordOutcomes('q255888', 'b', ['resolved'], 3);
    recordAbandoned('q255888', 'c', 'batch-size', 4);
    recordAbandoned('q255888', 'c', 'batch-size', 5);
    expect(readStats()).toHaveLength(4);
    expect(JSON.parse(localStorage.getItem(STATS_KEY)!).version).toBe(1);
    const rows = summarise(readStats());
    expect(rows.map((r) => [r.kind, r.node, r.count])).toEqual([
      ['abandoned', 'batch-size', 1],
      ['outcome', 'resolved', 2],
      ['outcome', 'diagnosis-q255888', 1],
    ]);
    forgetAbandoned('c');
    expect(readStats().some((e) => e.kind === 'abandoned')).toBe(false);
    eraseStats();
    expect(readStats()).toEqual([]);
  });

  it('does not count the results a case arrived with (a hand-over file, a share link), only those reached here', () => {
    // Arrived at the diagnosis, reached in another browser.
    recordOutcomes('q255888', 'a', ['diagnosis-q255888'], 1, {}, true);
    expect(summarise(readStats())).toEqual([]);
    // Fixed here: the fix's result counts, the diagnosis still does not.
    recordOutcomes('q255888', 'a', ['diagnosis-q255888', 'resolved'], 2);
    expect(summarise(readStats()).map((r) => [r.node, r.count])).toEqual([['resolved', 1]]);
    // Set aside here afterwards: not abandoned, it had reached a result.
    recordAbandoned('q255888', 'a', 'grant-site', 3);
    expect(summarise(readStats()).map((r) => r.kind)).toEqual(['outcome']);
  });

  it('never counts a session that reached an outcome as abandoned, nor reads one stored as both that way', () => {
    recordOutcomes('q255888', 'a', ['diagnosis-q255888'], 1);
    recordAbandoned('q255888', 'a', 'fix-account', 2); // deleted on its fix, after the diagnosis
    recordAbandoned('q255888', 'b', 'batch-size', 3);
    expect(readStats().map((e) => [e.kind, e.session])).toEqual([
      ['outcome', 'a'],
      ['abandoned', 'b'],
    ]);
    // Stored before this rule (the format is the same): session c is both; it counts as reaching its result only.
    localStorage.setItem(
      STATS_KEY,
      JSON.stringify({
        version: 1,
        events: [
          { at: 1, kind: 'outcome', flowId: 'q255888', node: 'diagnosis-q255888', session: 'c' },
          { at: 2, kind: 'abandoned', flowId: 'q255888', node: 'fix-account', session: 'c' },
          { at: 3, kind: 'abandoned', flowId: 'q255888', node: 'batch-size', session: 'd' },
        ],
      }),
    );
    expect(summarise(readStats()).map((r) => [r.kind, r.node, r.count])).toEqual([
      ['abandoned', 'batch-size', 1],
      ['outcome', 'diagnosis-q255888', 1],
    ]);
  });

  it('reads unreadable data as none, never throwing', () => {
    for (const raw of ['{', 'null', '{"version":9,"events":[]}', '{"version":1,"events":[{"at":"x"}]}']) {
      localStorage.setItem(STATS_KEY, raw);
      expect(readStats()).toEqual([]);
    }
  });

  it('writes CSV a spreadsheet opens safely', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    const csv = statsCsv([
      {
        flowId: 'q',
        kb: 'Q255888',
        kind: 'outcome',
        node: 'resolved',
        title: 'Resolved, at last',
        count: 2,
        first: 0,
        last: 0,
        levels: {},
      },
    ]);
    expect(csv).toBe(
      'KB,Event,Step id,Step,Count,How sure,First seen (UTC),Last seen (UTC)\r\nQ255888,Outcome reached,resolved,"Resolved, at last",2,,1970-01-01T00:00:00.000Z,1970-01-01T00:00:00.000Z\r\n',
    );
  });

  it('carries how sure each verdict was, keeping a session’s latest', () => {
    recordOutcomes('q255888', 'a', ['diagnosis-q255888'], 1, { 'diagnosis-q255888': 'possible' });
    recordOutcomes('q255888', 'b', ['diagnosis-q255888'], 2, { 'diagnosis-q255888': 'confirmed' });
    // Session a answers its open questions later: same outcome, now confirmed.
    recordOutcomes('q255888', 'a', ['diagnosis-q255888'], 3, { 'diagnosis-q255888': 'confirmed' });
    recordOutcomes('q255888', 'c', ['diagnosis-q255888'], 4, { 'diagnosis-q255888': 'likely' });
    const [row] = summarise(readStats());
    expect(row).toMatchObject({ count: 3, levels: { confirmed: 2, likely: 1 } });
    const csv = statsCsv([{ ...row!, kb: 'Q255888', title: 'Diagnosis' }]);
    expect(csv.split('\r\n')[1]).toContain(',3,"2 confirmed, 1 likely",');
  });
});
