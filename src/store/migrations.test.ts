/**
 * Every stored format this app ever wrote, frozen as it was written, must
 * still load. Never edit a fixture below: add a new one for each new version.
 */
import { describe, expect, it } from 'vitest';

import { V2_EXPECTED, V2_STORED_RAW } from '@/testing/fixtures/stored-v2';

import { WIZARD_STORE_VERSION } from './stored-format';
import { loadPersisted, migrations } from './stored-schema';

/** Exactly what version 1 (the first release) wrote to localStorage. */
const V1_FIXTURE = String.raw`{"state":{"sessions":{"q255888":{"flowId":"q255888","revision":1,"entry":"diagnose","answers":{"app-log-event":"event-7044","mailboxes-created":"created-no-mail"},"checks":{"grant-organization":["organization-granted"]},"id":"5f0c9a1e2b3d4c6a","startedAt":1764000000000,"updatedAt":1764000090000,"log":[{"at":1764000000000,"type":"start","value":"diagnose"},{"at":1764000030000,"type":"answer","node":"app-log-event","value":"event-7044"},{"at":1764000090000,"type":"answer","node":"mailboxes-created","value":"created-no-mail"}]}}},"version":1}`;

/** Exactly what version 3 (any number of cases, each on one flow) wrote: an open case with notes and a closed, named one. */
const V3_FIXTURE = String.raw`{"state":{"cases":{"7d1e0c2b9a4f":{"id":"b81f3a6c0d2e","flowId":"q255888","revision":3,"entry":"diagnose","answers":{"app-log-event":"event-7044","mailboxes-created":"created-no-mail"},"checks":{},"startedAt":1764756000000,"updatedAt":1764756120000,"log":[{"at":1764756000000,"type":"start","value":"diagnose"},{"at":1764756060000,"type":"answer","node":"app-log-event","value":"event-7044"},{"at":1764756120000,"type":"answer","node":"mailboxes-created","value":"created-no-mail"}],"notes":{"app-log-event":{"text":"Read off the log by the caller","at":1764756070000}},"sessionNote":{"text":"INC-5120 Lee, WGPO","at":1764756010000}},"e5a90c3f7b21":{"id":"0f4c9e2a7b13","flowId":"q186742","revision":1,"entry":"diagnose","answers":{"app-log-event":"event-7017"},"checks":{},"startedAt":1764757000000,"updatedAt":1764757060000,"log":[{"at":1764757000000,"type":"start","value":"diagnose"},{"at":1764757060000,"type":"paste","node":"app-log-event","value":"event-7017"}],"notes":{},"name":"Bruno, alias","closedAt":1764758000000}}},"version":3}`;

/** Exactly what version 4 (cases handed over between guides) wrote: a case handed from Q255888 to another guide, and a closed one. */
const V4_FIXTURE = String.raw`{"state":{"cases":{"7d1e0c2b9a4f":{"id":"c0ffee123456","flowId":"q186742","revision":1,"entry":"diagnose","answers":{"app-log-event":"event-7017"},"checks":{},"startedAt":1764756200000,"updatedAt":1764756200000,"log":[{"at":1764756200000,"type":"handover","node":"app-log-event","value":"q255888:cause-7017-alias"}],"notes":{},"sessionNote":{"text":"INC-5120 Lee, WGPO","at":1764756010000},"earlier":[{"id":"b81f3a6c0d2e","flowId":"q255888","revision":3,"entry":"diagnose","answers":{"app-log-event":"event-7044","mailboxes-created":"created-no-mail"},"checks":{},"startedAt":1764756000000,"updatedAt":1764756120000,"log":[{"at":1764756000000,"type":"start","value":"diagnose"},{"at":1764756060000,"type":"answer","node":"app-log-event","value":"event-7044"},{"at":1764756120000,"type":"answer","node":"mailboxes-created","value":"created-no-mail"}],"notes":{"app-log-event":{"text":"Read off the log by the caller","at":1764756070000}},"outcome":"cause-7017-alias"}]},"e5a90c3f7b21":{"id":"0f4c9e2a7b13","flowId":"q186742","revision":1,"entry":"diagnose","answers":{"app-log-event":"event-7017"},"checks":{},"startedAt":1764757000000,"updatedAt":1764757060000,"log":[{"at":1764757000000,"type":"start","value":"diagnose"},{"at":1764757060000,"type":"paste","node":"app-log-event","value":"event-7017"}],"notes":{},"name":"Bruno, alias","closedAt":1764758000000}}},"version":4}`;

/** The frozen sample of every stored version before the current one. */
const FROZEN: Record<number, string> = { 1: V1_FIXTURE, 2: V2_STORED_RAW, 3: V3_FIXTURE, 4: V4_FIXTURE };

describe('store migrations', () => {
  it('has one migration step for every version after the first, and a frozen sample of every older version here', () => {
    const after = (from: number) => Array.from({ length: WIZARD_STORE_VERSION - from }, (_, i) => from + 1 + i);
    // A new version needs its step (from the one before) and, once released, a sample below that stays as written.
    expect(Object.keys(migrations).map(Number)).toEqual(after(1));
    expect(Object.keys(FROZEN).map(Number)).toEqual([1, ...after(1).slice(0, -1)]);
    for (const [version, raw] of Object.entries(FROZEN)) {
      expect(JSON.parse(raw).version, `the version ${version} sample`).toBe(Number(version));
      const r = loadPersisted(raw);
      expect(r.ok && r.migratedFrom, `the version ${version} sample loads`).toBe(Number(version));
    }
  });

  it('loads a frozen version 1 store: everything kept, notes added empty, the session now a case under its own id', () => {
    const r = loadPersisted(V1_FIXTURE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r).not.toHaveProperty('notice');
    expect(Object.keys(r.data.cases)).toEqual(['5f0c9a1e2b3d4c6a']);
    const s = r.data.cases['5f0c9a1e2b3d4c6a']!;
    expect(s.flowId).toBe('q255888');
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail' });
    expect(s.checks).toEqual({ 'grant-organization': ['organization-granted'] });
    expect(s.log).toHaveLength(3);
    expect(s.notes).toEqual({});
    expect(s.sessionNote).toBeUndefined();
    expect(s.startedAt).toBe(1764000000000);
    expect(s.closedAt).toBeUndefined();
    expect(s.name).toBeUndefined();
  });

  it('loads a frozen version 2 store: the session becomes an open case with its notes, answers and times', () => {
    const r = loadPersisted(V2_STORED_RAW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(2);
    expect(r).not.toHaveProperty('notice');
    const c = r.data.cases[V2_EXPECTED.caseId]!;
    expect(c.answers).toEqual(V2_EXPECTED.answers);
    expect(c.notes['app-log-event']?.text).toBe(V2_EXPECTED.stepNote);
    expect(c.sessionNote?.text.split('\n')[0]).toBe(V2_EXPECTED.name);
    expect(c.id).toBe(V2_EXPECTED.caseId);
    expect(c.updatedAt).toBe(1764072300000);
    expect(c.closedAt).toBeUndefined();
  });

  it('loads a frozen version 3 store: every case as it was written, none with earlier parts', () => {
    const r = loadPersisted(V3_FIXTURE);
    expect(r.ok && r.migratedFrom).toBe(3);
    if (!r.ok) return;
    expect(r).not.toHaveProperty('notice');
    const raw = JSON.parse(V3_FIXTURE) as { state: { cases: unknown } };
    expect(r.data.cases).toEqual(raw.state.cases);
    expect(Object.values(r.data.cases).some((c) => c.earlier)).toBe(false);
  });

  it('loads a frozen version 4 store: a handed-over case keeps its earlier part and its hand-over entry; nothing yet written or deleted', () => {
    const r = loadPersisted(V4_FIXTURE);
    expect(r.ok && r.migratedFrom).toBe(4);
    if (!r.ok) return;
    expect(r).not.toHaveProperty('notice');
    const raw = JSON.parse(V4_FIXTURE) as { state: { cases: unknown } };
    expect(r.data).toEqual({ cases: raw.state.cases, written: {}, deleted: {} });
    const handed = r.data.cases['7d1e0c2b9a4f']!;
    expect(handed.earlier?.[0]).toMatchObject({ flowId: 'q255888', outcome: 'cause-7017-alias' });
    expect(handed.log[0]?.type).toBe('handover');
  });

  it('4 → 5 adds empty write times and deleted ids, keeps any already there, and never mutates its input', () => {
    const step = migrations[5]!;
    expect(step(null)).toBeNull();
    expect(step([1])).toEqual([1]);
    const input = { cases: { a: 1 }, written: { a: 5 } };
    const frozen = JSON.stringify(input);
    expect(step(input)).toEqual({ cases: { a: 1 }, written: { a: 5 }, deleted: {} });
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('1 → 2 leaves data it does not recognise for the schema to judge, and never mutates its input', () => {
    const step = migrations[2]!;
    expect(step(null)).toBeNull();
    expect(step({ sessions: 'x' })).toEqual({ sessions: 'x' });
    const input = { sessions: { a: { id: 'a' }, b: 7, c: { notes: { n: { text: 't', at: 1 } } } } };
    const frozen = JSON.stringify(input);
    expect(step(input)).toEqual({
      sessions: { a: { id: 'a', notes: {} }, b: 7, c: { notes: { n: { text: 't', at: 1 } } } },
    });
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('2 → 3 files every session as a case under a usable, unique id, deterministically, without mutating its input', () => {
    const step = migrations[3]!;
    expect(step(null)).toBeNull();
    expect(step({ sessions: [1] })).toEqual({ sessions: [1] });
    const input = {
      sessions: {
        q255888: { id: 'abc123', flowId: 'q255888' },
        // Two sessions with the same id, one without a usable id, one that is not a session at all.
        q000001: { id: 'abc123', flowId: 'q000001' },
        q000002: { id: 'has spaces', flowId: 'q000002' },
        'bad key!': { id: 7 },
        q000003: 'junk',
      },
      extra: true,
    };
    const frozen = JSON.stringify(input);
    const out = step(input);
    expect(out).toEqual({
      extra: true,
      cases: {
        abc123: { id: 'abc123', flowId: 'q255888' },
        q000001: { id: 'abc123', flowId: 'q000001' },
        q000002: { id: 'has spaces', flowId: 'q000002' },
        'case-1': { id: 7 },
        q000003: 'junk',
      },
    });
    expect(step(input)).toEqual(out);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('a version 3 store with closed and named cases reads back as written', () => {
    const v1 = JSON.parse(V1_FIXTURE) as { state: { sessions: { q255888: Record<string, unknown> } } };
    const base = {
      ...v1.state.sessions.q255888,
      notes: { 'app-log-event': { text: 'Caller read it from the log', at: 5 } },
    };
    const cases = {
      one: { ...base, sessionNote: { text: 'Ticket 4411', at: 6 } },
      two: { ...base, id: 'run-2', name: 'Call-back Dana', closedAt: 7 },
    };
    const r = loadPersisted(JSON.stringify({ state: { cases }, version: 3 }));
    expect(r.ok && r.data.cases.one?.notes['app-log-event']?.text).toBe('Caller read it from the log');
    expect(r.ok && r.data.cases.one?.sessionNote?.text).toBe('Ticket 4411');
    expect(r.ok && r.data.cases.two?.name).toBe('Call-back Dana');
    expect(r.ok && r.data.cases.two?.closedAt).toBe(7);
  });

  it('refuses a case filed under a key no address could carry, keeping the others', () => {
    const v1 = JSON.parse(V1_FIXTURE) as { state: { sessions: { q255888: Record<string, unknown> } } };
    const good = { ...v1.state.sessions.q255888, notes: {} };
    const r = loadPersisted(JSON.stringify({ state: { cases: { good, 'no good': good } }, version: 3 }));
    expect(r.ok && Object.keys(r.data.cases)).toEqual(['good']);
    expect(r.ok && r.notice).toEqual({ kind: 'partial', kept: 1, dropped: 1 });
  });
});
