import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type MoveSpec, practiceReducer, startPractice } from './practice-machine';
import { forgetPractice, keepPractice, practiceKey, readPractice, resumePractice } from './practice-resume';

const moves: MoveSpec[] = [{ target: 'a' }, { target: 'b' }, { target: 'c' }];
const key = practiceKey('q255888', 'grant-organization', 'try');

/** A Let me try two moves in: one wrong action and a hint on the first, the second done; at t = 9000 ms. */
function partWay() {
  let s = startPractice('try', moves, 1000);
  s = practiceReducer(s, { type: 'action', target: 'x', at: 2000 });
  s = practiceReducer(s, { type: 'action', target: 'a', at: 4000 });
  s = practiceReducer(s, { type: 'action', target: 'z', at: 6000 });
  return s;
}

/** This page as loaded by `type` (a reload of this very page, by default). */
function loadedBy(type: NavigationTimingType, url = location.href) {
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { type, name: url } as unknown as PerformanceNavigationTiming,
  ]);
}
beforeEach(() => loadedBy('reload'));
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('a practice kept across a reload of this tab', () => {
  it('comes back at the action reached, with its wrong actions, hint and the finished action’s record', () => {
    const s = partWay();
    keepPractice('q255888', 'grant-organization', s, 9000);
    // The page's clock starts again after a reload.
    const back = readPractice('q255888', 'grant-organization', 'try', moves, 50)!;
    expect(back).toMatchObject({ kind: 'try', index: 1, wrong: 1, hint: 1, total: 3, finished: false });
    expect(back.records).toEqual(s.records);
    // The 5 s already spent on action 2 (from 4000 to 9000 ms) count; the time away does not.
    expect(50 - back.startedAt).toBe(5000);
    const done = practiceReducer(back, { type: 'action', target: 'b', at: 1050 });
    expect(done.records[1]).toMatchObject({ index: 1, wrong: 1, hint: 1, ms: 6000, how: 'done' });
  });

  it('is forgotten once over, when started again, or on leaving it', () => {
    const s = partWay();
    keepPractice('q255888', 'grant-organization', s, 9000);
    keepPractice('q255888', 'grant-organization', startPractice('try', moves, 9500), 9500);
    expect(sessionStorage.getItem(key)).toBeNull();
    keepPractice('q255888', 'grant-organization', s, 9000);
    forgetPractice('q255888', 'grant-organization', 'try');
    expect(sessionStorage.getItem(key)).toBeNull();
    let end = s;
    for (const target of ['b', 'c']) end = practiceReducer(end, { type: 'action', target, at: 9000 });
    expect(end.finished).toBe(true);
    keepPractice('q255888', 'grant-organization', s, 9000);
    keepPractice('q255888', 'grant-organization', end, 9000);
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('is left out, never thrown over, when it does not fit this practice', () => {
    const s = partWay();
    keepPractice('q255888', 'grant-organization', s, 9000);
    const stored = JSON.parse(sessionStorage.getItem(key)!) as Record<string, unknown>;
    // Other moves (the guide was updated), the other kind, another step.
    expect(readPractice('q255888', 'grant-organization', 'try', [...moves, { target: 'd' }], 0)).toBeNull();
    expect(readPractice('q255888', 'grant-organization', 'test', moves, 0)).toBeNull();
    expect(readPractice('q255888', 'grant-site', 'try', moves, 0)).toBeNull();
    for (const bad of [
      null,
      'text',
      { ...stored, version: 2 },
      { ...stored, index: 3 },
      { ...stored, index: 1.5 },
      { ...stored, index: -1 },
      { ...stored, hint: 4 },
      { ...stored, wrong: -2 },
      { ...stored, spent: -1 },
      { ...stored, records: [] },
      { ...stored, records: [{ index: 0, wrong: 0, ms: 1, how: 'skipped', hint: 0 }] },
      { ...stored, records: [{ index: 4, wrong: 0, ms: 1, how: 'done', hint: 0 }] },
      { ...stored, index: 0, wrong: 0, hint: 0, records: [] },
    ]) {
      expect(resumePractice(bad, 'try', moves, 0, location.pathname), JSON.stringify(bad)).toBeNull();
    }
    sessionStorage.setItem(key, '{not json');
    expect(readPractice('q255888', 'grant-organization', 'try', moves, 0)).toBeNull();
  });

  it('comes back only on a reload of the page it was kept on: a page left and come back to forgets it', () => {
    const s = partWay();
    for (const [type, url] of [
      ['navigate', location.href],
      ['back_forward', location.href],
      ['reload', new URL('/elsewhere', location.href).href],
    ] as const) {
      keepPractice('q255888', 'grant-organization', s, 9000);
      loadedBy(type, url);
      expect(readPractice('q255888', 'grant-organization', 'try', moves, 0), `${type} ${url}`).toBeNull();
      expect(sessionStorage.getItem(key)).toBeNull();
    }
  });
});
