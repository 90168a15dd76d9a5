import { describe, expect, it } from 'vitest';

import type { StoredCase, WizardData } from './stored-schema';
import { DELETED_KEPT, mergeData, pruneDeleted } from './merge-tabs';

const aCase = (id: string, note = ''): StoredCase => ({
  id,
  flowId: 'q255888',
  revision: 1,
  entry: 'diagnose',
  answers: {},
  checks: {},
  startedAt: 1,
  updatedAt: 1,
  log: [],
  notes: {},
  ...(note ? { sessionNote: { text: note, at: 1 } } : {}),
});

/** A copy of the data: `cases` as id → [note, written at]. */
function copy(cases: Record<string, [string, number]>, deleted: Record<string, number> = {}): WizardData {
  return {
    cases: Object.fromEntries(Object.entries(cases).map(([id, [note]]) => [id, aCase(id, note)])),
    written: Object.fromEntries(Object.entries(cases).map(([id, [, at]]) => [id, at])),
    deleted,
  };
}

const notes = (data: WizardData) =>
  Object.fromEntries(Object.entries(data.cases).map(([id, c]) => [id, c.sessionNote?.text ?? '']));

describe('mergeData', () => {
  it('keeps a case the other copy never had (a tab that wrote before it saw this one), and takes the other copy’s new ones', () => {
    const merged = mergeData(copy({ mine: ['started here', 10] }), copy({ theirs: ['started there', 11] }));
    expect(notes(merged)).toEqual({ mine: 'started here', theirs: 'started there' });
    expect(merged.written).toEqual({ mine: 10, theirs: 11 });
  });

  it('takes the copy of a case written last, whichever side holds it, even when it looks older (an undo)', () => {
    expect(notes(mergeData(copy({ a: ['mine', 12] }), copy({ a: ['theirs', 11] })))).toEqual({ a: 'mine' });
    expect(notes(mergeData(copy({ a: ['mine', 11] }), copy({ a: ['theirs', 12] })))).toEqual({ a: 'theirs' });
    // Written in the same millisecond: the stored copy wins, so both tabs end on it.
    expect(notes(mergeData(copy({ a: ['mine', 12] }), copy({ a: ['theirs', 12] })))).toEqual({ a: 'theirs' });
  });

  it('drops a case deleted at or after its copy was written, and keeps one written after its deletion', () => {
    expect(notes(mergeData(copy({ a: ['still open here', 10] }), copy({}, { a: 10 })))).toEqual({});
    expect(notes(mergeData(copy({}, { a: 10 }), copy({ a: ['stale copy there', 9] })))).toEqual({});
    const restored = mergeData(copy({ a: ['changed here after', 11] }), copy({}, { a: 10 }));
    expect(notes(restored)).toEqual({ a: 'changed here after' });
    // The deletion no longer matters once the case is held again.
    expect(restored.deleted).toEqual({});
  });

  it('keeps the later time of a deletion both copies know, and every deletion only one knows', () => {
    const merged = mergeData(copy({ keep: ['x', 1] }, { a: 5, b: 9 }), copy({}, { a: 7, c: 3 }));
    expect(merged.deleted).toEqual({ a: 7, b: 9, c: 3 });
  });

  it('returns the other copy itself when this one adds nothing to it, so nothing is written back', () => {
    const theirs = copy({ a: ['new', 12], b: ['b', 3] }, { gone: 8 });
    expect(mergeData(copy({ a: ['old', 11] }, { gone: 8 }), theirs)).toBe(theirs);
    expect(mergeData(copy({ b: ['b', 3], gone: ['stale', 2] }, { gone: 5 }), theirs)).toBe(theirs);
    expect(mergeData(copy({}), theirs)).toBe(theirs);
    expect(mergeData(theirs, theirs)).toBe(theirs);
    // A deletion the other copy lacks, a case it lacks, a later copy: each is something to write back.
    expect(mergeData(copy({}, { b: 4 }), theirs)).not.toBe(theirs);
    expect(mergeData(copy({}, { other: 1 }), theirs)).not.toBe(theirs);
    expect(mergeData(copy({ c: ['c', 1] }), theirs)).not.toBe(theirs);
    expect(mergeData(copy({ b: ['b, later', 4] }), theirs)).not.toBe(theirs);
  });

  it('reaches the same cases whichever tab merges, and merging again changes nothing', () => {
    // Two tabs doing random things from a shared start (a fixed sequence, so a failure can be replayed).
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const start = copy({ a: ['a', 1], b: ['b', 1], c: ['c', 1] });
      const tabs = [structuredClone(start), structuredClone(start)];
      for (let clock = 2; clock < 14; clock++) {
        const tab = tabs[next(2)]!;
        const id = 'abcde'[next(5)]!;
        if (next(3) === 0) {
          delete tab.cases[id];
          delete tab.written[id];
          tab.deleted[id] = clock;
        } else {
          tab.cases[id] = aCase(id, `${id}@${clock}`);
          tab.written[id] = clock;
          delete tab.deleted[id];
        }
      }
      const [one, two] = tabs as [WizardData, WizardData];
      const ab = mergeData(one, two);
      const ba = mergeData(two, one);
      expect(notes(ab), `round ${round}`).toEqual(notes(ba));
      expect(mergeData(ab, ab)).toBe(ab);
      expect(mergeData(one, ab)).toBe(ab);
      expect(mergeData(two, ab)).toBe(ab);
    }
  });
});

describe('pruneDeleted', () => {
  it('keeps the newest deletions only, and none of cases held again; the same object when nothing goes', () => {
    const many = Object.fromEntries(Array.from({ length: DELETED_KEPT + 5 }, (_, i) => [`c${i}`, i]));
    const pruned = pruneDeleted(many, {});
    expect(Object.keys(pruned)).toHaveLength(DELETED_KEPT);
    expect(pruned).not.toHaveProperty('c4');
    expect(pruned).toHaveProperty('c5');
    const few = { a: 1, b: 2 };
    expect(pruneDeleted(few, {})).toBe(few);
    expect(pruneDeleted(few, { a: aCase('a') })).toEqual({ b: 2 });
  });
});
