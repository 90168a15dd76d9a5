import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow as flow } from '@/content/flows/q255888';
import type { Flow } from '@/content/schema';
import { choicesOf } from '@/engine/graph';
import { walk } from '@/engine/walk';
import { NAME_MAX } from '@/store';
import {
  Q255888_NEW_ACCOUNT_CHECKS,
  Q255888_NEW_ACCOUNT_FIX,
  Q255888_SYMPTOMS,
} from '@/testing/fixtures/q255888-answers';

import { crc16, fromBase64Url, toBase64Url } from './bytes';
import { type SharedSession, decodeShare, encodeShare, flowFingerprint, shareErrorText } from './share-link';

/** A Q255888 case handed over at event 7017 to Q186742, with notes in both parts. */
const HANDED_OVER: SharedSession = {
  entry: 'diagnose',
  answers: { 'app-log-event': 'event-7017', 'exchange-version': 'ex50-55', 'existing-mailbox': 'yes' },
  checks: {},
  notes: { 'existing-mailbox': 'Bruno had a mailbox from the pilot.' },
  sessionNote: 'INC-7017',
  earlier: [
    {
      flowId: 'q255888',
      outcome: 'cause-7017-alias',
      entry: 'diagnose',
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' },
      checks: {},
      notes: { 'which-event': 'Seen on the migration server.' },
    },
  ],
};
/** The same case as it stands after the hand-over: the event and the version came with it, the mailbox was answered here. */
const CARRIED: SharedSession = { ...HANDED_OVER, carried: ['app-log-event', 'exchange-version'] };

/** A link's bytes, its CRC recomputed: a link as a sender could have changed it by hand. */
const relinked = (bytes: number[]) => {
  const crc = crc16(Uint8Array.from(bytes));
  return toBase64Url(Uint8Array.from([...bytes, crc >> 8, crc & 0xff]));
};
const nodeAt = (f: Flow, id: string) => f.nodes.findIndex((n) => n.id === id);
const choiceAt = (f: Flow, node: string, choice: string) =>
  choicesOf(f.nodes[nodeAt(f, node)]!).findIndex((c) => c.id === choice);

/**
 * A format 2 link (a case handed over, made before links said which answers were carried), written byte by byte as
 * share-link.ts's layout says: the Q186742 part, then the Q255888 part, no notes.
 */
function format2Link(): string {
  const fp = flowFingerprint(q186742Flow);
  const own = Object.entries(HANDED_OVER.answers).flatMap(([q, o]) => [
    nodeAt(q186742Flow, q),
    choiceAt(q186742Flow, q, o),
  ]);
  const part = HANDED_OVER.earlier![0]!;
  const pfp = flowFingerprint(flow);
  const partBytes = [
    part.flowId.length,
    ...[...part.flowId].map((c) => c.charCodeAt(0)),
    pfp >> 8,
    pfp & 0xff,
    nodeAt(flow, part.outcome),
    0,
    Object.keys(part.answers).length,
    ...Object.entries(part.answers).flatMap(([q, o]) => [nodeAt(flow, q), choiceAt(flow, q, o)]),
    0,
  ];
  return relinked([2, fp >> 8, fp & 0xff, 0, own.length / 2, ...own, 0, 1, 0, partBytes.length, ...partBytes, 0]);
}

const loaders =
  (...flows: Flow[]) =>
  async (id: string) =>
    flows.find((f) => f.id === id);

/** Every link that differs from `link` in one character (of the base64url alphabet) is refused by `decode`. */
async function expectEveryCharacterChangeRefused(link: string, decode: (link: string) => Promise<{ ok: boolean }>) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < link.length; i++) {
    for (const ch of alphabet) {
      if (ch === link[i]) continue;
      expect((await decode(link.slice(0, i) + ch + link.slice(i + 1))).ok, `position ${i} → ${ch}`).toBe(false);
    }
  }
}

const steps = flow.nodes.filter((n) => n.kind === 'step');

/** A session as a user could make it: a random walk, random ticks, optional notes. */
const sessionArb = fc
  .record({
    entry: fc.integer({ min: 0, max: flow.entries.length - 1 }),
    picks: fc.array(fc.nat(), { maxLength: 30 }),
    ticks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
    notes: fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 200 })), { maxLength: 4 }),
    sessionNote: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), { nil: undefined }),
    name: fc.option(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((n) => n.length <= NAME_MAX),
      { nil: undefined },
    ),
  })
  .map(({ entry, picks, ticks, notes, sessionNote, name }): SharedSession => {
    const session = { entry: flow.entries[entry]!.id, answers: {} as Record<string, string> };
    for (const pick of picks) {
      const { current } = walk(flow, session);
      const choices = choicesOf(current);
      if (!choices.length) break;
      session.answers[current.id] = choices[pick % choices.length]!.id;
    }
    const checks: Record<string, string[]> = {};
    for (const [s, i] of ticks) {
      const step = steps[s % steps.length]!;
      const list = (step.checklist ?? []).map((c) => c.id);
      if (!list.length) continue;
      const item = list[i % list.length]!;
      const set = new Set([...(checks[step.id] ?? []), item]);
      checks[step.id] = list.filter((x) => set.has(x));
    }
    const noteMap: Record<string, string> = {};
    for (const [n, text] of notes) if (text) noteMap[flow.nodes[n % flow.nodes.length]!.id] = text;
    return { ...session, checks, notes: noteMap, ...(sessionNote ? { sessionNote } : {}), ...(name ? { name } : {}) };
  });

describe('share link', () => {
  it('round-trips any session: answers and ticks always, notes and the case’s name only when asked', async () => {
    await fc.assert(
      fc.asyncProperty(sessionArb, fc.boolean(), async (session, withNotes) => {
        const link = await encodeShare(flow, session, withNotes);
        expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = await decodeShare(flow, `#${link}`);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const expected = withNotes ? session : { ...session, notes: {}, sessionNote: undefined, name: undefined };
        expect(back.session.entry).toBe(expected.entry);
        expect(back.session.answers).toEqual(expected.answers);
        expect(back.session.checks).toEqual(expected.checks);
        expect(back.session.notes).toEqual(expected.notes);
        expect(back.session.sessionNote).toBe(expected.sessionNote);
        expect(back.session.name).toBe(expected.name);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a complete Q255888 session under 200 characters', async () => {
    const complete: SharedSession = {
      entry: 'diagnose',
      answers: { ...Q255888_SYMPTOMS, ...Q255888_NEW_ACCOUNT_FIX },
      checks: { ...Q255888_NEW_ACCOUNT_CHECKS },
      notes: {},
    };
    const w = walk(flow, complete);
    expect(w.finished).toBe(true);
    expect(w.current.id).toBe('resolved');
    const link = await encodeShare(flow, complete, false);
    expect(link.length).toBeLessThan(200);
    const back = await decodeShare(flow, link);
    expect(back.ok && back.session.answers).toEqual(complete.answers);
  });

  it('refuses 1,000 random strings without throwing', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/)),
        async (text) => {
          const r = await decodeShare(flow, text);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(shareErrorText(r.error)).toMatch(/\w/);
          refused++;
        },
      ),
      { numRuns: 1_000 },
    );
    expect(refused).toBeGreaterThanOrEqual(1_000);
  });

  it('refuses every single-character change of a real link', async () => {
    const link = await encodeShare(
      flow,
      {
        entry: 'fix',
        answers: { 'fix-account': 'existing' },
        checks: { 'grant-organization': ['organization-granted'] },
        notes: {},
        sessionNote: 'x',
      },
      true,
    );
    await expectEveryCharacterChangeRefused(link, (l) => decodeShare(flow, l));
    expect((await decodeShare(flow, link.slice(0, -3))).ok).toBe(false);
    expect((await decodeShare(flow, `${link}AA`)).ok).toBe(false);
  });

  it('refuses links for other content, newer formats and decompression bombs with their own messages', async () => {
    const other = { ...flow, nodes: flow.nodes.slice(1) };
    const link = await encodeShare(flow, { entry: 'diagnose', answers: {}, checks: {}, notes: {} }, false);
    expect(await decodeShare(other, link)).toEqual({ ok: false, error: { code: 'other-content' } });
    const bytes = fromBase64Url(link)!;
    bytes[0] = 9;
    const { crc16 } = await import('./bytes');
    const crc = crc16(bytes.subarray(0, bytes.length - 2));
    bytes[bytes.length - 2] = crc >> 8;
    bytes[bytes.length - 1] = crc & 0xff;
    expect(await decodeShare(flow, toBase64Url(bytes))).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 9 },
    });
  });

  it('carries a handed-over case whole: its part in the earlier guide, with that part’s notes when asked (format 2)', async () => {
    const earlier = new Map([[flow.id, flow]]);
    for (const withNotes of [true, false]) {
      const link = await encodeShare(q186742Flow, HANDED_OVER, withNotes, earlier);
      expect(fromBase64Url(link)![0]).toBe(2);
      const back = await decodeShare(q186742Flow, link, loaders(flow));
      expect(back.ok && back.dropped).toBe(0);
      if (!back.ok) return;
      expect(back.session.answers).toEqual(HANDED_OVER.answers);
      expect(back.session.earlier).toEqual([
        { ...HANDED_OVER.earlier![0], notes: withNotes ? HANDED_OVER.earlier![0]!.notes : {} },
      ]);
      expect(back.session.sessionNote).toBe(withNotes ? 'INC-7017' : undefined);
    }
    // A case in one guide keeps format 1, which every version of the app reads.
    const single = await encodeShare(flow, { entry: 'diagnose', answers: {}, checks: {}, notes: {} }, false);
    expect(fromBase64Url(single)![0]).toBe(1);
  });

  it('leaves out an earlier part whose guide this app does not have, or has in another edition, and keeps the rest', async () => {
    const link = await encodeShare(q186742Flow, HANDED_OVER, true, new Map([[flow.id, flow]]));
    const missing = await decodeShare(q186742Flow, link, loaders());
    expect(missing.ok && missing.dropped).toBe(1);
    expect(missing.ok && missing.session.earlier).toBeUndefined();
    expect(missing.ok && missing.session.answers).toEqual(HANDED_OVER.answers);
    const edited = await decodeShare(q186742Flow, link, loaders({ ...flow, nodes: flow.nodes.slice(1) }));
    expect(edited.ok && edited.dropped).toBe(1);
    // Without the earlier guide's flow when it is made, the link carries this guide's part alone.
    const alone = await encodeShare(q186742Flow, HANDED_OVER, false);
    expect(fromBase64Url(alone)![0]).toBe(1);
  });

  it('refuses every single-character change of a handed-over case’s link', async () => {
    const link = await encodeShare(q186742Flow, HANDED_OVER, true, new Map([[flow.id, flow]]));
    await expectEveryCharacterChangeRefused(link, (l) => decodeShare(q186742Flow, l, loaders(flow)));
  });

  it('says which answers came with a handed-over case from the guide before (format 3), so the case it opens does not ask them again', async () => {
    const earlier = new Map([[flow.id, flow]]);
    for (const withNotes of [true, false]) {
      const link = await encodeShare(q186742Flow, CARRIED, withNotes, earlier);
      expect(fromBase64Url(link)![0]).toBe(3);
      const back = await decodeShare(q186742Flow, link, loaders(flow));
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.session.carried).toEqual(['app-log-event', 'exchange-version']);
      expect(back.session.answers).toEqual(CARRIED.answers);
      expect(back.session.earlier).toHaveLength(1);
      expect(back.session.sessionNote).toBe(withNotes ? 'INC-7017' : undefined);
    }
    // Only answers the link holds, each once; none at all keeps format 2, and without the earlier part format 1.
    const odd = { ...HANDED_OVER, carried: ['exchange-version', 'exchange-version', 'source-system', 'no-such-node'] };
    const oddBack = await decodeShare(q186742Flow, await encodeShare(q186742Flow, odd, false, earlier), loaders(flow));
    expect(oddBack.ok && oddBack.session.carried).toEqual(['exchange-version']);
    expect(fromBase64Url(await encodeShare(q186742Flow, { ...HANDED_OVER, carried: [] }, false, earlier))![0]).toBe(2);
    expect(fromBase64Url(await encodeShare(q186742Flow, CARRIED, false))![0]).toBe(1);
  });

  it('reads a format 2 link exactly as before: the whole case, nothing said carried', async () => {
    const back = await decodeShare(q186742Flow, format2Link(), loaders(flow));
    expect(back).toEqual({
      ok: true,
      dropped: 0,
      session: {
        ...HANDED_OVER,
        notes: {},
        sessionNote: undefined,
        earlier: [{ ...HANDED_OVER.earlier![0], notes: {} }],
      },
    });
    expect(back.ok && 'carried' in back.session).toBe(false);
    expect(back.ok && 'sessionNote' in back.session).toBe(false);
  });

  it('leaves the carried marks out with the part they came from when its guide is not here, and keeps the answers', async () => {
    const link = await encodeShare(q186742Flow, CARRIED, true, new Map([[flow.id, flow]]));
    const missing = await decodeShare(q186742Flow, link, loaders());
    expect(missing.ok && missing.dropped).toBe(1);
    expect(missing.ok && missing.session.carried).toBeUndefined();
    expect(missing.ok && missing.session.answers).toEqual(CARRIED.answers);
  });

  it('refuses a format 3 link whose carried answers cannot be (none, not a node, not answered, twice, cut short), as damaged', async () => {
    const good = [...fromBase64Url(await encodeShare(q186742Flow, CARRIED, false, new Map([[flow.id, flow]])))!];
    const body = good.slice(0, -2);
    // The carried answers come last before the flags (0: no notes): count, then node indexes.
    const at = body.length - 1 - 3;
    expect(body.slice(at)).toEqual([
      2,
      nodeAt(q186742Flow, 'app-log-event'),
      nodeAt(q186742Flow, 'exchange-version'),
      0,
    ]);
    const head = body.slice(0, at);
    const damaged = { ok: false, error: { code: 'damaged' } };
    for (const carried of [
      [0],
      [1, 250],
      [1, nodeAt(q186742Flow, 'source-system')],
      [2, nodeAt(q186742Flow, 'exchange-version'), nodeAt(q186742Flow, 'exchange-version')],
      [3, nodeAt(q186742Flow, 'app-log-event'), nodeAt(q186742Flow, 'exchange-version')],
    ])
      expect(await decodeShare(q186742Flow, relinked([...head, ...carried, 0]), loaders(flow))).toEqual(damaged);
    expect(await decodeShare(q186742Flow, relinked(head), loaders(flow))).toEqual(damaged);
    // Written as format 2, the carried answers are bytes a format 2 link does not have.
    expect(await decodeShare(q186742Flow, relinked([2, ...body.slice(1)]), loaders(flow))).toEqual(damaged);
    // And the good link itself, with its CRC recomputed, still opens.
    expect((await decodeShare(q186742Flow, relinked(body), loaders(flow))).ok).toBe(true);
  });

  it('refuses every single-character change of a format 3 link', async () => {
    const link = await encodeShare(q186742Flow, CARRIED, false, new Map([[flow.id, flow]]));
    await expectEveryCharacterChangeRefused(link, (l) => decodeShare(q186742Flow, l, loaders(flow)));
  });

  it('base64url is strict and canonical', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeUndefined(); // non-zero left-over bits
    expect(fromBase64Url('A=')).toBeUndefined();
    expect(fromBase64Url('A')).toBeUndefined();
  });
});
