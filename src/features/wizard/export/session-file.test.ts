import { describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import { q255888Flow as flow } from '@/content/flows/q255888';
import type { StoredSession } from '@/store';

import { droppedText, exportFileName, readSessionFile, sessionFileJson } from './session-file';

const session: StoredSession = {
  id: 's1',
  flowId: 'q255888',
  revision: flow.revision,
  entry: 'fix',
  answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
  checks: { 'grant-organization': ['organization-granted'] },
  startedAt: 1,
  updatedAt: 2,
  log: [{ at: 1, type: 'start', value: 'fix' }],
  notes: { 'grant-site': { text: 'n', at: 2 } },
  sessionNote: { text: 'case', at: 2 },
};
const NOW = Date.UTC(2026, 10, 25, 14, 5);

/** Runs `check` with the time zone set to `tz` (Node reads TZ afresh when it changes). */
function inZone(tz: string, check: () => void): void {
  vi.stubEnv('TZ', tz);
  try {
    check();
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('session file', () => {
  it('round-trips a session through its JSON file', () => {
    const text = sessionFileJson(flow, session, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'kb-wizard-session',
      version: 1,
      exportedAt: '2026-11-25T14:05:00.000Z',
    });
    const registered = FLOWS.find((f) => f.id === flow.id);
    expect(readSessionFile(text, FLOWS)).toEqual({ ok: true, flow: registered, session, dropped: 0 });
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '{"name":"x"}', /not saved by the KB Wizard/],
    ['JSON null', 'null', /not saved by the KB Wizard/],
    ['a newer format', JSON.stringify({ format: 'kb-wizard-session', version: 3 }), /newer version .*format 3/],
    [
      'a damaged session',
      sessionFileJson(flow, { ...session, answers: 'x' } as unknown as StoredSession, NOW),
      /^This hand-over file is damaged: its answers cannot be read\. It was not opened, and your cases are unchanged\.$/,
    ],
    [
      'a file without its date',
      JSON.stringify({ ...JSON.parse(sessionFileJson(flow, session, NOW)), exportedAt: 5 }),
      /damaged: the date it was saved cannot be read\./,
    ],
    [
      'a file with a bad history',
      sessionFileJson(flow, { ...session, log: [{ at: 'noon' }] } as unknown as StoredSession, NOW),
      /damaged: its history cannot be read\./,
    ],
    [
      'a file without its case',
      JSON.stringify({ ...JSON.parse(sessionFileJson(flow, session, NOW)), session: undefined }),
      /damaged: the case in it is missing\./,
    ],
    [
      'an unknown guide',
      sessionFileJson({ ...flow, id: 'other' }, { ...session, flowId: 'other' }, NOW),
      /guide this app does not have/,
    ],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const r = readSessionFile(text, FLOWS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('leaves out answers and ticks that no longer fit the guide, and counts them', () => {
    const old = {
      ...session,
      entry: 'gone',
      answers: { ...session.answers, 'old-node': 'x', 'fix-account': 'nope' },
      checks: { 'grant-organization': ['organization-granted', 'old-item'] },
    };
    const r = readSessionFile(sessionFileJson(flow, old, NOW), FLOWS);
    expect(r.ok && r.dropped).toBe(3);
    expect(r.ok && r.session.answers).toEqual({ 'grant-organization': 'done' });
    expect(r.ok && r.session.entry).toBe(flow.entries[0]!.id);
  });

  it('names files by KB, the case’s name and the local time', () =>
    inZone('UTC', () => {
      expect(exportFileName(flow, NOW, 'md')).toBe('Q255888-case-2026-11-25-1405.md');
      expect(exportFileName(flow, NOW, 'json', 'INC-4711 Dana Whitfield / ACME')).toBe(
        'Q255888-case-INC-4711-Dana-Whitfield-ACME-2026-11-25-1405.json',
      );
      expect(exportFileName(flow, NOW, 'json', '«»!!')).toBe('Q255888-case-2026-11-25-1405.json');
      // Accented letters lose their accents, not their place.
      expect(exportFileName(flow, NOW, 'md', 'Jörg Müller-Štěpán')).toBe(
        'Q255888-case-Jorg-Muller-Stepan-2026-11-25-1405.md',
      );
    }));

  it('stamps the file with the date and time on this computer’s clock, as the app shows times', () => {
    // 04:40 UTC on the 26th is 23:40 on the 25th in New York.
    inZone('America/New_York', () =>
      expect(exportFileName(flow, Date.UTC(2026, 10, 26, 4, 40), 'md')).toBe('Q255888-case-2026-11-25-2340.md'),
    );
    inZone('Asia/Kolkata', () => expect(exportFileName(flow, NOW, 'json')).toBe('Q255888-case-2026-11-25-1935.json'));
  });

  it('carries the case’s name, and opens a closed case as an open one', () => {
    const text = sessionFileJson(flow, { ...session, name: 'INC-4711', closedAt: 9 } as StoredSession, NOW);
    expect(JSON.parse(text).session).not.toHaveProperty('closedAt');
    const r = readSessionFile(text, FLOWS);
    expect(r.ok && r.session.name).toBe('INC-4711');
    expect(r.ok && r.session).not.toHaveProperty('closedAt');
  });

  it('says how many answers or ticks were left out, in words', () => {
    expect(droppedText(1)).toBe('1 answer or tick in the file no longer fits this guide and was left out.');
    expect(droppedText(3)).toBe('3 answers or ticks in the file no longer fit this guide and were left out.');
  });
});
