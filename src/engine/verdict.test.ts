import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { Flow, OutcomeNode } from '@/content/schema';
import { q255888Flow } from '@/content/flows/q255888';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';
import { Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import { isCauseOutcome } from './evidence';
import { type RouteStep, allRoutes, choicesOf, indexNodes } from './graph';
import { SETTLE_MAX, type VerdictLevel, basisOf, decisiveGroups, levelFor, verdict } from './verdict';
import { walk } from './walk';

const RANK: Record<VerdictLevel, number> = { 'ruled-out': 0, possible: 1, likely: 2, confirmed: 3 };

/** Every route prefix, from every entry, that ends at a cause outcome: each is one way a session can reach it. */
function pathsToCauses(flow: Flow): Array<{ entry: string; route: RouteStep[]; outcome: OutcomeNode }> {
  const nodes = indexNodes(flow);
  const out: Array<{ entry: string; route: RouteStep[]; outcome: OutcomeNode }> = [];
  const seen = new Set<string>();
  for (const entry of flow.entries) {
    for (const route of allRoutes(flow, entry.start)) {
      route.forEach((step, i) => {
        const node = nodes.get(step.node)!;
        if (!isCauseOutcome(node)) return;
        const prefix: RouteStep[] = [...route.slice(0, i), { node: step.node }];
        const key = `${entry.id}|${prefix.map((s) => `${s.node}=${s.choice ?? ''}`).join(',')}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ entry: entry.id, route: prefix, outcome: node });
      });
    }
  }
  return out;
}

const answersOf = (route: RouteStep[]) =>
  Object.fromEntries(route.filter((s) => s.choice).map((s) => [s.node, s.choice!]));

describe('levelFor', () => {
  it.each([
    [2, 2, false, 'confirmed'],
    [1, 1, false, 'confirmed'],
    [1, 2, false, 'likely'],
    [2, 3, false, 'likely'],
    [2, 4, false, 'likely'],
    [1, 3, false, 'possible'],
    [0, 2, false, 'possible'],
    [0, 1, false, 'possible'],
    [2, 2, true, 'ruled-out'],
    [0, 0, false, 'possible'],
  ] as const)('%i of %i given, contradicted: %s → %s', (given, total, contradicted, level) => {
    expect(levelFor(given, total, contradicted)).toBe(level);
  });

  it('never goes down when one more decisive answer is given', () => {
    fc.assert(
      fc.property(fc.nat({ max: 12 }), fc.nat({ max: 12 }), (a, b) => {
        const total = Math.max(a, b) + 1;
        const given = Math.min(a, b);
        expect(RANK[levelFor(given + 1, total, false)]).toBeGreaterThanOrEqual(RANK[levelFor(given, total, false)]);
      }),
    );
  });
});

describe.each([...FLOWS, tinyFlow()].map((f) => [f.id, f] as const))('verdict on every path through %s', (_, flow) => {
  const paths = pathsToCauses(flow);

  it('every cause outcome is reached by at least one path, and every path gives a verdict', () => {
    const causes = flow.nodes.filter(isCauseOutcome).map((n) => n.id);
    expect(new Set(paths.map((p) => p.outcome.id))).toEqual(new Set(causes));
    for (const { entry, route, outcome } of paths) {
      const w = walk(flow, { entry, answers: answersOf(route) });
      expect(w.current.id, route.map((s) => s.node).join(' → ')).toBe(outcome.id);
      expect(verdict(flow, w, outcome)).toBeDefined();
    }
  });

  it('is confirmed exactly when every decisive answer is given; otherwise it names one or two answers to settle it, on the path', () => {
    for (const { entry, route, outcome } of paths) {
      const w = walk(flow, { entry, answers: answersOf(route) });
      const v = verdict(flow, w, outcome)!;
      const where = `${outcome.id} via ${route.map((s) => `${s.node}${s.choice ? `=${s.choice}` : ''}`).join(' → ')}`;
      expect(v.level, where).not.toBe('ruled-out');
      expect(v.checks).toHaveLength(decisiveGroups(outcome).length);
      const allGiven = v.checks.every((c) => c.given);
      // An outcome another guide continues is settled there: here it is at most likely, with nothing left to ask.
      if (outcome.continues) {
        expect(v.settledIn).toBe(outcome.continues.flow);
        expect(v.level, where).toBe(
          allGiven ? 'likely' : levelFor(v.checks.filter((c) => c.given).length, v.checks.length, false),
        );
      } else expect(v.level === 'confirmed', where).toBe(allGiven);
      if (v.level === 'confirmed' || (outcome.continues && allGiven)) expect(v.toSettle).toEqual([]);
      else {
        expect(v.toSettle.length, where).toBeGreaterThan(0);
        expect(v.toSettle.length).toBeLessThanOrEqual(SETTLE_MAX);
        for (const c of v.toSettle) {
          expect(c.given).toBe(false);
          // Reached along a route, each decisive question is on it: it can be answered now.
          expect(c.onPath, `${where}: ${c.question.id}`).toBe(true);
          expect(c.settles.length).toBeGreaterThan(0);
          expect(c.settles.every((o) => !o.unsure)).toBe(true);
        }
      }
    }
  });

  it('an open decisive answer, once given, never lowers the verdict and settles it when it was the last one', () => {
    for (const { entry, route, outcome } of paths) {
      const answers = answersOf(route);
      const w = walk(flow, { entry, answers });
      const v = verdict(flow, w, outcome)!;
      for (const c of v.toSettle) {
        const settled = { ...answers, [c.question.id]: c.settles[0]!.id };
        const w2 = walk(flow, { entry, answers: settled });
        // The settling answer may lead elsewhere only if the content routes it so; on this route it leads on.
        const still = w2.path.some((p) => p.node.id === outcome.id);
        if (!still) continue;
        const v2 = verdict(flow, w2, outcome)!;
        expect(RANK[v2.level]).toBeGreaterThanOrEqual(RANK[v.level]);
        if (v.checks.filter((x) => !x.given).length === 1)
          expect(v2.level).toBe(outcome.continues ? 'likely' : 'confirmed');
      }
    }
  });
});

describe('verdict on KB Q255888', () => {
  const flow = q255888Flow;
  const MATCHING = Q255888_SYMPTOMS;
  const diagnosisAt = (answers: Record<string, string>) => {
    const w = walk(flow, { entry: 'diagnose', answers });
    expect(w.current.id).toBe('diagnosis-q255888');
    return verdict(flow, w, w.current as OutcomeNode)!;
  };

  it('stops at likely for event 7026 when the Exchange version is not known: its articles cover 5.5 only', () => {
    const base = { 'app-log-event': 'other-event', 'which-event': 'event-7026', 'mailbox-origin': 'not-sure' };
    const unsure = walk(flow, { entry: 'diagnose', answers: { ...base, 'version-7026': 'not-sure' } });
    expect(unsure.current.id).toBe('cause-7026-open');
    const v = verdict(flow, unsure, unsure.current as OutcomeNode)!;
    expect(v.level).toBe('likely');
    expect(v.toSettle.map((c) => c.question.id)).toEqual(['version-7026']);
    const known = walk(flow, { entry: 'diagnose', answers: { ...base, 'version-7026': 'ex55' } });
    expect(verdict(flow, known, known.current as OutcomeNode)!.level).toBe('confirmed');
  });

  it('stops at likely for event 7017: the event names KB Q186742, whose own guide checks its cause', () => {
    const answers = { 'app-log-event': 'other-event', 'which-event': 'event-7017', 'version-7017': 'ex50-55' };
    const w = walk(flow, { entry: 'diagnose', answers });
    expect(w.current.id).toBe('cause-7017-alias');
    const v = verdict(flow, w, w.current as OutcomeNode)!;
    expect(v.checks.every((c) => c.given)).toBe(true);
    expect([v.level, v.settledIn, v.toSettle]).toEqual(['likely', 'q186742', []]);
  });

  it('is confirmed on the full matching path', () => {
    expect(diagnosisAt(MATCHING).level).toBe('confirmed');
  });

  it('is only possible with "Not sure" on the event and the role and "Not tried yet" on the single-user test, naming both', () => {
    const v = diagnosisAt({
      ...MATCHING,
      'app-log-event': 'not-sure',
      'single-user': 'not-tried',
      'logged-on-role': 'not-sure',
    });
    expect(v.level).toBe('possible');
    expect(v.toSettle.map((c) => c.question.id)).toEqual(['single-user', 'logged-on-role']);
    expect(v.toSettle.map((c) => c.settles.map((o) => o.id))).toEqual([['works'], ['service-account-admin']]);
  });

  it('is likely with only the role unknown, and names the role', () => {
    const v = diagnosisAt({ ...MATCHING, 'logged-on-role': 'not-sure' });
    expect(v.level).toBe('likely');
    expect(v.toSettle.map((c) => c.question.id)).toEqual(['logged-on-role']);
  });

  it('a fix result rests on the diagnosis before it', () => {
    const w = walk(flow, {
      entry: 'diagnose',
      answers: {
        ...MATCHING,
        'diagnosis-q255888': 'continue',
        'fix-account': 'existing-ready',
        'fix-log-on': 'done',
        verify: 'yes',
      },
    });
    expect(w.current.id).toBe('resolved');
    expect(basisOf(w, w.current as OutcomeNode)?.id).toBe('diagnosis-q255888');
  });

  it('anyOf: "Invalid server specified" is decided by whichever of its two questions the walk asked', () => {
    const viaEvent = walk(flow, {
      entry: 'diagnose',
      answers: { 'app-log-event': 'other-event', 'which-event': 'invalid-server' },
    });
    const viaCreation = walk(flow, {
      entry: 'diagnose',
      answers: {
        'app-log-event': 'no-event',
        'mailboxes-created': 'not-created',
        'creation-problem': 'invalid-server',
      },
    });
    for (const w of [viaEvent, viaCreation]) {
      expect(w.current.id).toBe('cause-invalid-server');
      expect(verdict(flow, w, w.current as OutcomeNode)!.level).toBe('confirmed');
    }
    expect(verdict(flow, viaCreation, viaCreation.current as OutcomeNode)!.checks[0]!.question.id).toBe(
      'creation-problem',
    );
  });
});

describe('verdict properties (fast-check)', () => {
  const flows: Flow[] = [...FLOWS, tinyFlow()];
  const anyAnswers = (flow: Flow) =>
    fc.dictionary(
      fc.constantFrom(...flow.nodes.map((n) => n.id)),
      fc.oneof(
        fc.constantFrom(...new Set(flow.nodes.flatMap((n) => choicesOf(n).map((c) => c.id)))),
        fc.string({ maxLength: 4 }),
      ),
    );

  it('for any answers at all and any cause outcome, the verdict is consistent with its checks and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...flows).chain((flow) =>
          fc.record({
            flow: fc.constant(flow),
            entry: fc.constantFrom(...flow.entries.map((e) => e.id)),
            answers: anyAnswers(flow),
            outcome: fc.constantFrom(...flow.nodes.filter(isCauseOutcome)),
          }),
        ),
        ({ flow, entry, answers, outcome }) => {
          const w = walk(flow, { entry, answers });
          const v = verdict(flow, w, outcome)!;
          const given = v.checks.filter((c) => c.given).length;
          const onPath = new Set(w.path.map((p) => p.node.id));
          if (v.level === 'confirmed') {
            expect(given).toBe(v.checks.length);
            expect(v.toSettle).toEqual([]);
          }
          const level = levelFor(given, v.checks.length, false);
          if (v.level !== 'ruled-out')
            expect(v.level).toBe(outcome.continues && level === 'confirmed' ? 'likely' : level);
          expect(v.toSettle.length).toBeLessThanOrEqual(SETTLE_MAX);
          // Answers the user can give now come first.
          const firstOff = v.toSettle.findIndex((c) => !c.onPath);
          if (firstOff >= 0) expect(v.toSettle.slice(firstOff).every((c) => !c.onPath)).toBe(true);
          for (const c of v.checks) {
            expect(c.onPath).toBe(onPath.has(c.question.id));
            if (c.given) expect(c.settles).toContain(c.answer);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  }, 60_000);
});
