import { describe, expect, it } from 'vitest';

import { WIZARD_STORE_VERSION } from './stored-format';
import { loadPersisted, migrations } from './stored-schema';

const goodSession = {
  id: 'abc',
  flowId: 'q255888',
  revision: 1,
  entry: 'diagnose',
  answers: { 'app-log-event': 'event-7044' },
  checks: {},
  startedAt: 1,
  updatedAt: 2,
  log: [{ at: 1, type: 'start', value: 'diagnose' }],
  notes: {},
};
const envelope = (state: unknown, version: unknown = WIZARD_STORE_VERSION) => JSON.stringify({ state, version });

describe('loadPersisted', () => {
  it('reads nothing as an empty start', () => {
    expect(loadPersisted(null)).toEqual({ ok: true, data: { cases: {}, written: {}, deleted: {} } });
  });

  it('reads good data of the current version', () => {
    const data = { cases: { abc: goodSession }, written: { abc: 5 }, deleted: { gone: 4 } };
    expect(loadPersisted(envelope(data))).toEqual({ ok: true, data });
  });

  it('reads write times and deleted ids that are missing or unreadable as none, with no notice (they only help two tabs merge)', () => {
    const cases = { abc: goodSession };
    for (const [written, deleted] of [
      [undefined, undefined],
      ['yesterday', [1]],
      [{ abc: 'noon' }, { 'bad key!': 1 }],
    ]) {
      expect(loadPersisted(envelope({ cases, written, deleted }))).toEqual({
        ok: true,
        data: { cases, written: {}, deleted: {} },
      });
    }
  });

  it('keeps the write times of the cases it salvages, and the deleted ids', () => {
    const r = loadPersisted(
      envelope({ cases: { abc: goodSession, bad: { id: 1 } }, written: { abc: 5, bad: 6 }, deleted: { gone: 4 } }),
    );
    expect(r).toEqual({
      ok: true,
      data: { cases: { abc: goodSession }, written: { abc: 5 }, deleted: { gone: 4 } },
      notice: { kind: 'partial', kept: 1, dropped: 1 },
    });
  });

  it.each([
    ['not JSON', '{"state":', 'corrupt'],
    ['JSON null', 'null', 'corrupt'],
    ['a JSON array', '[1,2]', 'corrupt'],
    ['a number', '42', 'corrupt'],
    ['no state', envelope(undefined), 'invalid'],
    ['cases of the wrong type', envelope({ cases: [] }), 'invalid'],
    ['the old sessions in the current version', envelope({ sessions: { q255888: goodSession } }), 'invalid'],
    ['a case missing fields', envelope({ cases: { x: { id: 'x' } } }), 'invalid'],
    ['answers that are not strings', envelope({ cases: { abc: { ...goodSession, answers: { a: 1 } } } }), 'invalid'],
    [
      'a closed time that is not a number',
      envelope({ cases: { abc: { ...goodSession, closedAt: 'yesterday' } } }),
      'invalid',
    ],
  ])('refuses %s with a notice', (_, raw, kind) => {
    const r = loadPersisted(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.notice.kind).toBe(kind);
  });

  it('refuses data from a newer version of the app', () => {
    expect(loadPersisted(envelope({ cases: {} }, WIZARD_STORE_VERSION + 3))).toEqual({
      ok: false,
      notice: { kind: 'future-version', version: WIZARD_STORE_VERSION + 3 },
    });
  });

  it('runs old data (version 0, before versioning) through every migration, then validates it', () => {
    expect(Object.keys(migrations).every((k) => Number(k) <= WIZARD_STORE_VERSION)).toBe(true);
    const r = loadPersisted(envelope({ sessions: { q255888: goodSession } }, 0));
    expect(r).toEqual({ ok: true, data: { cases: { abc: goodSession }, written: {}, deleted: {} }, migratedFrom: 0 });
    expect(loadPersisted(envelope({ sessions: 'nope' }, 0)).ok).toBe(false);
  });
});
