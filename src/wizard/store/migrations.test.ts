/**
 * Every stored format this app ever wrote, frozen as it was written, must
 * still load. Never edit a fixture below: add a new one for each new version.
 */
import { describe, expect, it } from 'vitest';

import { WIZARD_STORE_VERSION, loadPersisted, migrations } from './persisted';

/** Exactly what version 1 (the first release) wrote to localStorage. */
const V1_FIXTURE = String.raw`{"state":{"sessions":{"q255888":{"flowId":"q255888","revision":1,"entry":"diagnose","answers":{"app-log-event":"event-7044","mailboxes-created":"created-no-mail"},"checks":{"grant-organization":["organization-granted"]},"id":"5f0c9a1e2b3d4c6a","startedAt":1764000000000,"updatedAt":1764000090000,"log":[{"at":1764000000000,"type":"start","value":"diagnose"},{"at":1764000030000,"type":"answer","node":"app-log-event","value":"event-7044"},{"at":1764000090000,"type":"answer","node":"mailboxes-created","value":"created-no-mail"}]}}},"version":1}`;

describe('store migrations', () => {
  it('is at version 2 with one step per version after the first', () => {
    expect(WIZARD_STORE_VERSION).toBe(2);
    expect(Object.keys(migrations).map(Number)).toEqual([2]);
  });

  it('loads a frozen version 1 store: everything kept, notes added empty', () => {
    const r = loadPersisted(V1_FIXTURE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r).not.toHaveProperty('notice');
    const s = r.data.sessions.q255888!;
    expect(s.answers).toEqual({ 'app-log-event': 'event-7044', 'mailboxes-created': 'created-no-mail' });
    expect(s.checks).toEqual({ 'grant-organization': ['organization-granted'] });
    expect(s.log).toHaveLength(3);
    expect(s.notes).toEqual({});
    expect(s.sessionNote).toBeUndefined();
    expect(s.startedAt).toBe(1764000000000);
  });

  it('1 → 2 leaves data it does not recognise for the schema to judge, and never mutates its input', () => {
    const step = migrations[2]!;
    expect(step(null)).toBeNull();
    expect(step({ sessions: 'x' })).toEqual({ sessions: 'x' });
    const input = { sessions: { a: { id: 'a' }, b: 7, c: { notes: { n: { text: 't', at: 1 } } } } };
    const frozen = JSON.stringify(input);
    expect(step(input)).toEqual({ sessions: { a: { id: 'a', notes: {} }, b: 7, c: { notes: { n: { text: 't', at: 1 } } } } });
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('a version 2 store with notes reads back as written', () => {
    const v1 = JSON.parse(V1_FIXTURE) as { state: { sessions: { q255888: Record<string, unknown> } } };
    const session = { ...v1.state.sessions.q255888, notes: { 'app-log-event': { text: 'Caller read it from the log', at: 5 } }, sessionNote: { text: 'Ticket 4411', at: 6 } };
    const r = loadPersisted(JSON.stringify({ state: { sessions: { q255888: session } }, version: 2 }));
    expect(r.ok && r.data.sessions.q255888?.notes['app-log-event']?.text).toBe('Caller read it from the log');
    expect(r.ok && r.data.sessions.q255888?.sessionNote?.text).toBe('Ticket 4411');
  });
});
