import { describe, expect, it } from 'vitest';

import { type ShowState, showReducer, shownScreen, shownStateIndex, showsAfter, startShow } from './show-machine';

const run = (s: ShowState, ...events: Parameters<typeof showReducer>[1][]) => events.reduce(showReducer, s);

describe('Show', () => {
  it('plays point → press → result for each move, then finishes', () => {
    let s = startShow(2, true);
    const seen: string[] = [];
    while (!s.finished) {
      seen.push(`${s.index}:${s.phase}:${shownStateIndex(s)}`);
      s = showReducer(s, { type: 'tick' });
    }
    expect(seen).toEqual(['0:point:0', '0:press:0', '0:result:1', '1:point:1', '1:press:1', '1:result:1']);
    expect(s.playing).toBe(false);
  });

  it('does not move by itself when paused or started without play (reduced motion)', () => {
    const s = startShow(3, false);
    expect(showReducer(s, { type: 'tick' })).toBe(s);
    expect(run(startShow(3, true), { type: 'pause' }, { type: 'tick' }).phase).toBe('point');
  });

  it('steps one visible change at a time with next, and back with previous', () => {
    let s = startShow(2, false);
    s = showReducer(s, { type: 'next' });
    expect([s.index, s.phase, shownStateIndex(s)]).toEqual([0, 'result', 1]);
    s = showReducer(s, { type: 'next' });
    expect([s.index, s.phase]).toEqual([1, 'point']);
    s = run(s, { type: 'next' }, { type: 'next' });
    expect(s.finished).toBe(true);
    s = showReducer(s, { type: 'previous' });
    expect([s.finished, s.index, s.phase]).toEqual([false, 1, 'point']);
    s = run(s, { type: 'previous' }, { type: 'previous' });
    expect([s.index, s.phase]).toEqual([0, 'point']);
  });

  it('replays from the start and clamps goto', () => {
    const s = run(startShow(3, true), { type: 'next' }, { type: 'next' }, { type: 'replay', play: true });
    expect(s).toEqual(startShow(3, true));
    expect(showReducer(s, { type: 'goto', index: 99, phase: 'press' })).toMatchObject({ index: 2, phase: 'press' });
    expect(showReducer(s, { type: 'goto', index: -4, phase: 'point' }).index).toBe(0);
  });

  it('handles a step without moves', () => {
    const s = startShow(0, true);
    expect(s.finished).toBe(true);
    expect(showReducer(s, { type: 'play' })).toBe(s);
  });

  it("draws the next move's screen after a click, and after the last one what the step says follows (the dialog closed)", () => {
    const a = { screen: 'exchange-admin', state: { selected: 'site' } };
    const b = { screen: 'exchange-properties', state: { object: 'site' } };
    const closed = { screen: 'exchange-admin', state: { selected: 'site' } };
    const moves = [a, { ...b, after: closed }];
    let s = startShow(2, false);
    expect(shownScreen(s, moves)).toBe(a);
    s = showReducer(s, { type: 'next' });
    expect(shownScreen(s, moves)).toBe(moves[1]);
    expect(showsAfter(s, moves)).toBe(false);
    s = run(s, { type: 'next' }, { type: 'next' });
    expect([s.index, s.phase]).toEqual([1, 'result']);
    expect(shownScreen(s, moves)).toBe(closed);
    s = showReducer(s, { type: 'next' });
    expect(s.finished).toBe(true);
    expect(shownScreen(s, moves)).toBe(closed);
    expect(showsAfter(s, moves)).toBe(true);
    // Without `after`, the last screen stays.
    expect(shownScreen(s, [a, b])).toBe(b);
    expect(showsAfter(s, [a, b])).toBe(false);
  });
});
