import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';

import type { Flow, FlowNode } from '@/content/schema';
import { formatIssue, validateContent, validateFlow } from './validate-content';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function mutate(change: (flow: Mutable<Flow>, node: (id: string) => FlowNode) => void): Flow {
  const flow = tinyFlow();
  change(flow, (id) => flow.nodes.find((n) => n.id === id)!);
  return flow;
}

const messages = (flow: unknown) => validateFlow(flow).map(formatIssue);

describe('validateFlow', () => {
  it('accepts a correct flow', () => {
    expect(validateFlow(tinyFlow())).toEqual([]);
  });

  it('reports schema problems with their path, without throwing', () => {
    expect(messages({ id: 'x' })).toContainEqual(expect.stringMatching(/^x › title: /));
    expect(messages(null)).toContainEqual(expect.stringMatching(/^\(unnamed flow\) › \(root\)/));
    expect(messages('garbage')).not.toEqual([]);
    const bad = mutate((f) => {
      f.nodes[0] = { ...f.nodes[0]!, id: 'Not Kebab' } as FlowNode;
    });
    expect(messages(bad)).toContainEqual(expect.stringContaining('nodes[0].id: must be a kebab-case id'));
  });

  it('reports duplicate node ids', () => {
    const flow = mutate((f) => {
      f.nodes.push({ ...f.nodes[7]! });
    });
    expect(messages(flow)).toContain('tiny › nodes[9]: node id "done" is used more than once');
  });

  it('reports two nodes with the same title, which the map and the trail could not tell apart', () => {
    const flow = mutate((_, node) => {
      (node('q2') as Mutable<FlowNode>).title = node('q1').title;
    });
    expect(messages(flow)).toEqual([
      `tiny › nodes[1] (q2): title "${tinyFlow().nodes[0]!.title}" is also the title of "q1"`,
    ]);
  });

  it('reports duplicate option ids within a question', () => {
    const flow = mutate((_, node) => {
      const q = node('q2');
      if (q.kind === 'question') q.options[1] = { ...q.options[1]!, id: 'x' };
    });
    expect(messages(flow)).toContain('tiny › nodes[1] (q2) › options[1]: option id "x" is used more than once');
  });

  it('reports references to unknown nodes', () => {
    const flow = mutate((_, node) => {
      const q = node('q1');
      if (q.kind === 'question') q.options[0] = { ...q.options[0]!, next: 'nowhere' };
    });
    expect(messages(flow)).toContain('tiny › nodes[0] (q1) › options[0].next: unknown node "nowhere"');
  });

  it('reports an unknown entry start', () => {
    const flow = mutate((f) => {
      f.entries[1] = { ...f.entries[1]!, start: 'missing' };
    });
    expect(messages(flow)).toContain('tiny › entries[1].start: unknown node "missing"');
  });

  it('reports nodes unreachable from every entry', () => {
    const flow = mutate((f) => {
      f.nodes.push({
        kind: 'question',
        id: 'orphan',
        title: 'Orphan',
        prompt: 'Nobody asks this?',
        options: [
          { id: 'a', label: 'A', next: 'done' },
          { id: 'b', label: 'B', next: 'esc' },
        ],
      });
    });
    expect(messages(flow)).toContain('tiny › nodes[9] (orphan): node "orphan" cannot be reached from any entry');
  });

  it('reports outcomes that are never used', () => {
    const flow = mutate((f) => {
      f.nodes.push({
        kind: 'outcome',
        id: 'unused',
        type: 'resolved',
        title: 'Unused',
        summary: 'Never shown.',
        source: { ref: 'Q000001', section: 'Resolution' },
      });
    });
    expect(messages(flow)).toContain('tiny › nodes[9] (unused): outcome "unused" is never reached from any entry');
  });

  it('reports cycles and paths that never end', () => {
    const flow = mutate((_, node) => {
      const v = node('verify');
      if (v.kind === 'question') v.options[1] = { ...v.options[1]!, next: 's1' };
      const q = node('q2');
      if (q.kind === 'question') q.options[0] = { ...q.options[0]!, next: 'q1' };
      const q1 = node('q1');
      if (q1.kind === 'question') q1.options[1] = { ...q1.options[1]!, next: 'q2' };
    });
    const m = messages(flow);
    expect(m).toContainEqual(expect.stringMatching(/cycle: .*s1 → verify → s1/));
    expect(m).toContainEqual(expect.stringMatching(/cycle: .*q1 → q2 → q1/));
  });

  it('reports a node from which no outcome can be reached', () => {
    const flow = mutate((_, node) => {
      const q = node('q1');
      if (q.kind === 'question')
        q.options = [
          { id: 'a', label: 'A', next: 'q2' },
          { id: 'b', label: 'B', next: 'q1' },
        ];
      const q2 = node('q2');
      if (q2.kind === 'question')
        q2.options = [
          { id: 'x', label: 'X', next: 'q1' },
          { id: 'y', label: 'Y', next: 'q1' },
        ];
    });
    expect(messages(flow)).toContain('tiny › nodes[0] (q1): no path from "q1" reaches an outcome that ends the flow');
  });

  it('reports unknown mockup screens, targets and invalid states', () => {
    const flow = mutate((_, node) => {
      const s = node('s1');
      if (s.kind === 'step') {
        s.actions = [
          { id: 'a1', text: 'One', mockup: { screen: 'no-such-screen', description: 'x' } },
          {
            id: 'a2',
            text: 'Two',
            mockup: {
              screen: 'exchange-properties',
              state: { object: 'organization' },
              target: 'no-such-button',
              description: 'x',
            },
          },
          {
            id: 'a3',
            text: 'Three',
            mockup: { screen: 'exchange-properties', state: { object: 'planet' }, description: 'x' },
          },
        ];
      }
    });
    const m = messages(flow);
    expect(m).toContain('tiny › nodes[5] (s1) › actions[0].mockup.screen: unknown mockup screen "no-such-screen"');
    expect(m).toContain(
      'tiny › nodes[5] (s1) › actions[1].mockup.target: screen "exchange-properties" has no target "no-such-button"',
    );
    expect(m).toContainEqual(
      expect.stringContaining(
        'tiny › nodes[5] (s1) › actions[2].mockup.state.object: invalid state for "exchange-properties"',
      ),
    );
  });

  it('reports evidence naming unknown questions or options', () => {
    const flow = mutate((_, node) => {
      const d = node('diag');
      if (d.kind === 'outcome')
        d.evidence = [
          { question: 'nope', supports: ['a'] },
          { question: 'q1', supports: ['zzz'] },
        ];
    });
    const m = messages(flow);
    expect(m).toContain('tiny › nodes[2] (diag) › evidence[0].question: unknown node "nope"');
    expect(m).toContain('tiny › nodes[2] (diag) › evidence[1]: question "q1" has no option "zzz"');
  });

  it('reports an outcome reached while an answer contradicts it', () => {
    const flow = mutate((f, node) => {
      const q = node('q2');
      if (q.kind === 'question') q.options[1] = { ...q.options[1]!, next: 'diag' }; // y → diag, but y contradicts diag
      f.nodes = f.nodes.filter((n) => n.id !== 'not-diag');
    });
    expect(messages(flow)).toContainEqual(
      expect.stringContaining('tiny › nodes[2] (diag): reached by a route on which "q2" contradicts it'),
    );
  });

  it('reports a "not-this" outcome reachable without an answer that rules the diagnosis out', () => {
    const flow = mutate((_, node) => {
      const q = node('q2');
      if (q.kind === 'question') q.options[2] = { ...q.options[2]!, next: 'not-diag' }; // unsure → not-diag
    });
    expect(messages(flow)).toContainEqual(
      expect.stringContaining('tiny › nodes[3] (not-diag): reached by a route with no answer that rules out "diag"'),
    );
  });

  it('requires "not-this" outcomes to name what they rule out', () => {
    const flow = mutate((_, node) => {
      const o = node('other');
      if (o.kind === 'outcome') delete (o as { rulesOut?: string }).rulesOut;
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[4] (other): a "not-this" outcome must name the diagnosis it rules out (rulesOut)',
    );
  });
});

describe('validateFlow: "Not sure", pasted evidence and unambiguous matching', () => {
  const unsureQ2 = (f: Mutable<Flow>, node: (id: string) => FlowNode) => {
    const q = node('q2');
    if (q.kind === 'question') {
      q.options[2] = { ...q.options[2]!, unsure: true };
      q.howToCheck = { title: 'How to check', steps: ['Look.'] };
    }
    void f;
  };

  it('accepts a "Not sure" option with how-to-check guidance', () => {
    expect(messages(mutate(unsureQ2))).toEqual([]);
  });

  it('requires how-to-check guidance for a "Not sure" option, and the other way round', () => {
    const noGuide = mutate((f, node) => {
      unsureQ2(f, node);
      const q = node('q2');
      if (q.kind === 'question') delete q.howToCheck;
    });
    expect(messages(noGuide)).toContain(
      'tiny › nodes[1] (q2): a question with a "Not sure" option needs howToCheck guidance',
    );
    const noOption = mutate((_, node) => {
      const q = node('q1');
      if (q.kind === 'question') q.howToCheck = { title: 'How', steps: ['Look.'] };
    });
    expect(messages(noOption)).toContain(
      'tiny › nodes[0] (q1): howToCheck guidance needs a "Not sure" option (unsure: true) to open it',
    );
  });

  it('keeps "Not sure" neutral: no evidence may list it', () => {
    const flow = mutate((f, node) => {
      unsureQ2(f, node);
      const d = node('diag');
      if (d.kind === 'outcome')
        d.evidence = [
          { question: 'q1', supports: ['a'] },
          { question: 'q2', supports: ['x', 'unsure'] },
        ];
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[2] (diag) › evidence[1]: "Not sure" option "unsure" of "q2" must stay neutral',
    );
  });

  it('checks that evidence rules name real questions and options', () => {
    const flow = mutate((f) => {
      f.evidenceRules = [
        {
          id: 'r1',
          label: 'Event 1',
          when: [{ eventId: 1 }],
          answers: { q1: 'a' },
          source: { ref: 'Q000001', section: 'Symptoms' },
        },
        {
          id: 'r2',
          label: 'Event 2',
          when: [{ eventId: 2 }],
          answers: { nope: 'a', q2: 'zz', diag: 'x' },
          source: { ref: 'Q000001', section: 'Symptoms' },
        },
        {
          id: 'r1',
          label: 'Again',
          when: [{ text: 'boom' }],
          answers: { q1: 'b' },
          source: { ref: 'Q000001', section: 'Symptoms' },
        },
      ];
    });
    const m = messages(flow);
    expect(m).toContain('tiny › evidenceRules[2]: evidence rule id "r1" is used more than once');
    expect(m).toContain('tiny › evidenceRules[1] (r2) › answers.nope: unknown node "nope"');
    expect(m).toContain('tiny › evidenceRules[1] (r2) › answers.q2: question "q2" has no option "zz"');
    expect(m).toContain('tiny › evidenceRules[1] (r2) › answers.diag: "diag" is not a question');
  });

  it('rejects an evidence rule condition with neither an event id nor a text', () => {
    const flow = mutate((f) => {
      f.evidenceRules = [
        {
          id: 'r1',
          label: 'Nothing',
          when: [{ source: 'X' }],
          answers: { q1: 'a' },
          source: { ref: 'Q000001', section: 'Symptoms' },
        },
      ];
    });
    expect(messages(flow)).toContainEqual(expect.stringContaining('a condition needs an eventId or a text'));
  });

  it('requires a cause outcome to declare evidence', () => {
    const flow = mutate((_, node) => {
      const o = node('other');
      if (o.kind === 'outcome') {
        o.type = 'other-cause';
        delete (o as { rulesOut?: string }).rulesOut;
      }
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[4] (other): a "other-cause" outcome must declare the evidence that identifies it',
    );
  });

  it('reports two outcomes that one complete set of answers could both match', () => {
    // "other" is reached by q1 = b; its evidence only names q2, where it allows what diag allows.
    const ambiguous = mutate((_, node) => {
      const o = node('other');
      if (o.kind === 'outcome') {
        o.type = 'other-cause';
        delete (o as { rulesOut?: string }).rulesOut;
        o.evidence = [{ question: 'q2', supports: ['x'] }];
      }
    });
    expect(messages(ambiguous)).toContain(
      'tiny › nodes[4] (other): outcomes "diag" and "other" can match the same complete set of answers: no question in both of their evidence separates them',
    );
    // Naming the question that separates them (q1: b, where diag needs a) fixes it.
    const separated = mutate((_, node) => {
      const o = node('other');
      if (o.kind === 'outcome') {
        o.type = 'other-cause';
        delete (o as { rulesOut?: string }).rulesOut;
        o.evidence = [{ question: 'q1', supports: ['b'], contradicts: ['a'] }];
        o.decisive = [{ question: 'q1', options: ['b'] }];
      }
    });
    expect(messages(separated)).toEqual([]);
  });
});

describe('validateFlow: trainer data', () => {
  const step = (actions: unknown[]) =>
    mutate((_, node) => {
      const s = node('s1');
      if (s.kind === 'step') s.actions = actions as typeof s.actions;
    });

  const picture = { screen: 'add-users-groups', target: 'add-button', description: 'The dialog.' };

  it('accepts practice moves that name controls their screens have', () => {
    const flow = step([
      {
        id: 'a1',
        text: 'Add the account',
        mockup: picture,
        practice: [
          { screen: 'add-users-groups', target: 'show-users-button', instruction: 'Click **Show Users**.' },
          {
            screen: 'add-users-groups',
            state: { showUsers: true },
            target: 'migration-account',
            instruction: 'Pick it.',
            result: 'Selected.',
          },
        ],
      },
    ]);
    expect(messages(flow)).toEqual([]);
  });

  it('reports a practice move naming a control its screen does not have, or an invalid state', () => {
    const flow = step([
      {
        id: 'a1',
        text: 'Add the account',
        practice: [
          { screen: 'add-users-groups', target: 'roles-list', instruction: 'Open the Roles list.' },
          { screen: 'no-such-screen', target: 'ok-button', instruction: 'OK.' },
          {
            screen: 'add-users-groups',
            state: { selectedName: 'MigAdmin' },
            target: 'add-button',
            instruction: 'Add.',
          },
        ],
      },
    ]);
    const m = messages(flow);
    expect(m).toContain(
      'tiny › nodes[5] (s1) › actions[0].practice[0].target: screen "add-users-groups" has no target "roles-list"',
    );
    expect(m).toContain('tiny › nodes[5] (s1) › actions[0].practice[1].screen: unknown mockup screen "no-such-screen"');
    expect(m).toContainEqual(
      expect.stringContaining('tiny › nodes[5] (s1) › actions[0].practice[2].state.selectedName: invalid state'),
    );
    expect(validateFlow(flow).every((i) => i.rule === 'trainer')).toBe(true);
  });

  it('reports an action with trainer moves whose picture names no target, or that has no picture', () => {
    const practice = [{ screen: 'add-users-groups', target: 'add-button', instruction: 'Add.' }];
    const { target: _t, ...untargeted } = picture;
    const flow = step([
      { id: 'a1', text: 'Add', practice },
      { id: 'a2', text: 'Add', mockup: untargeted, practice },
      { id: 'a3', text: 'Add', mockup: picture, practice },
    ]);
    expect(messages(flow)).toEqual([
      expect.stringContaining('tiny › nodes[5] (s1) › actions[0].mockup: an action with trainer moves needs a picture'),
      expect.stringContaining('tiny › nodes[5] (s1) › actions[1].mockup: an action with trainer moves needs a picture'),
    ]);
  });

  it('requires a move without a target to be rejected by the schema', () => {
    const flow = step([{ id: 'a1', text: 'x', practice: [{ screen: 'add-users-groups', instruction: 'Do it.' }] }]);
    expect(messages(flow)).toContainEqual(expect.stringContaining('practice[0].target'));
  });

  it('requires a step that shows screens to have at least one move (an action mockup with a target)', () => {
    const flow = step([{ id: 'a1', text: 'Look', mockup: { screen: 'exchange-admin', description: 'The window' } }]);
    expect(messages(flow)).toContain(
      'tiny › nodes[5] (s1) › actions: a fix step with screen pictures needs at least one action whose mockup names a target (or a practice move), so Show, Try and Test have something to do',
    );
    const fixed = step([
      { id: 'a1', text: 'Look', mockup: { screen: 'exchange-admin', target: 'file-menu', description: 'The window' } },
    ]);
    expect(messages(fixed)).toEqual([]);
  });
});

describe('validateFlow: alternatives of practice moves', () => {
  const step = (practice: unknown[]) =>
    mutate((_, node) => {
      const s = node('s1');
      const mockup = { screen: 'exchange-admin', target: 'file-menu', description: 'The window.' };
      if (s.kind === 'step')
        s.actions = [{ id: 'a1', text: 'Open it', mockup, practice }] as unknown as typeof s.actions;
    });
  const admin = (target: string, alternatives?: unknown[]) => ({
    screen: 'exchange-admin',
    target,
    instruction: 'Do it.',
    ...(alternatives ? { alternatives } : {}),
  });

  it("accepts another control, a double-click on the move's own control, and covers within the step", () => {
    const flow = step([
      admin('file-menu', [
        { target: 'properties-button', covers: 2, how: 'Click **Properties** on the toolbar.' },
        { target: 'properties-command', covers: 2, how: 'Press **Alt+Enter**.' },
      ]),
      admin('properties-command', [{ target: 'properties-command', gesture: 'double-click', how: 'Double-click it.' }]),
    ]);
    expect(messages(flow)).toEqual([]);
  });

  it('reports an alternative without "how" (schema)', () => {
    const flow = step([admin('file-menu', [{ target: 'properties-button' }])]);
    expect(messages(flow)).toContainEqual(expect.stringContaining('practice[0].alternatives[0].how'));
  });

  it("reports an unknown control, the move's own control again, and covers past the last move", () => {
    const flow = step([
      admin('file-menu', [
        { target: 'no-such-control', how: 'Somehow.' },
        { target: 'file-menu', how: 'Again.' },
        { target: 'properties-button', covers: 3, how: 'Toolbar.' },
      ]),
      admin('properties-command'),
    ]);
    const m = messages(flow);
    const at = 'tiny › nodes[5] (s1) › actions[0]';
    expect(m).toContain(
      `${at}.practice[0].alternatives[0].target: screen "exchange-admin" has no target "no-such-control"`,
    );
    expect(m).toContain(
      `${at}.practice[0].alternatives[1].target: an alternative must be another control than the move's own (or a double-click on it)`,
    );
    expect(m).toContain(
      `${at}.practice[0].alternatives[2].covers: covers 3 moves but the step has only 2 left from here`,
    );
    expect(validateFlow(flow).every((i) => i.rule === 'trainer')).toBe(true);
  });
});

describe('validateContent', () => {
  it('reports flows that share an id', () => {
    expect(validateContent([tinyFlow(), tinyFlow()]).map(formatIssue)).toContain(
      'tiny › flows[1]: flow id "tiny" is used by more than one flow',
    );
  });
});

describe('validateFlow: decisive answers (how sure a verdict is)', () => {
  const withDecisive = (decisive: unknown) =>
    mutate((_, node) => {
      const o = node('diag');
      if (o.kind === 'outcome') (o as { decisive?: unknown }).decisive = decisive;
    });

  it('accepts the tiny flow, whose diagnosis is decided by q2 = x', () => {
    expect(messages(withDecisive([{ question: 'q2', options: ['x'] }]))).toEqual([]);
  });

  it('requires every cause outcome to declare its decisive answers', () => {
    expect(messages(withDecisive(undefined))).toContain(
      'tiny › nodes[2] (diag): a "diagnosis" outcome must declare the answers that decide it (decisive), so its verdict can say how sure it is',
    );
  });

  it('refuses decisive answers on an outcome that names no cause', () => {
    const flow = mutate((_, node) => {
      const o = node('done');
      if (o.kind === 'outcome') o.decisive = [{ question: 'verify', options: ['yes'] }];
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[7] (done) › decisive: only cause outcomes (diagnosis, other-cause, not-applicable) declare decisive answers, not "resolved"',
    );
  });

  it('reports an unknown question or option', () => {
    expect(messages(withDecisive([{ question: 'nope', options: ['x'] }]))).toContain(
      'tiny › nodes[2] (diag) › decisive[0].question: unknown node "nope"',
    );
    expect(messages(withDecisive([{ question: 'q2', options: ['zzz'] }]))).toContain(
      'tiny › nodes[2] (diag) › decisive[0]: question "q2" has no option "zzz"',
    );
    expect(messages(withDecisive([{ question: 's1', options: ['done'] }]))).toContain(
      'tiny › nodes[2] (diag) › decisive[0].question: "s1" is not a question',
    );
  });

  it('refuses a "Not sure" option as decisive', () => {
    const flow = mutate((_, node) => {
      const q = node('q2');
      if (q.kind === 'question') {
        q.options[2] = { ...q.options[2]!, unsure: true };
        q.howToCheck = { title: 'How', steps: ['Look.'] };
      }
      const o = node('diag');
      if (o.kind === 'outcome') o.decisive = [{ question: 'q2', options: ['x', 'unsure'] }];
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[2] (diag) › decisive[0]: "Not sure" option "unsure" of "q2" cannot decide anything',
    );
  });

  it('wants decisive options to be ones the outcome’s evidence supports', () => {
    expect(messages(withDecisive([{ question: 'q2', options: ['y'] }]))).toContain(
      'tiny › nodes[2] (diag) › decisive[0]: option "y" of "q2" is not among the answers this outcome\'s evidence supports',
    );
    // A question the outcome's evidence does not name at all.
    const flow = mutate((_, node) => {
      const o = node('diag');
      if (o.kind === 'outcome') {
        o.evidence = [{ question: 'q2', supports: ['x'], contradicts: ['y'] }];
        o.decisive = [{ question: 'q1', options: ['a'] }];
      }
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[2] (diag) › decisive[0]: option "a" of "q1" is not among the answers this outcome\'s evidence supports',
    );
  });

  it('reports the same question named twice', () => {
    expect(
      messages(
        withDecisive([
          { question: 'q2', options: ['x'] },
          { question: 'q2', options: ['x'] },
        ]),
      ),
    ).toContain('tiny › nodes[2] (diag) › decisive[1]: question "q2" is named more than once');
  });

  it('reports a decisive question that is not on every route to the outcome', () => {
    // q3 sits on a side branch: q2 = unsure goes through it, q2 = x goes straight to the diagnosis.
    const flow = mutate((f, node) => {
      const q2 = node('q2');
      if (q2.kind === 'question') q2.options[2] = { ...q2.options[2]!, next: 'q3' };
      f.nodes.push({
        kind: 'question',
        id: 'q3',
        title: 'Third',
        prompt: 'Third?',
        options: [
          { id: 'm', label: 'M', next: 'diag' },
          { id: 'n', label: 'N', next: 'diag' },
        ],
      });
      const o = node('diag');
      if (o.kind === 'outcome') {
        o.evidence = [...(o.evidence ?? []), { question: 'q3', supports: ['m'] }];
        o.decisive = [{ question: 'q3', options: ['m'] }];
      }
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[2] (diag) › decisive[0]: cannot be answered on the route q1 → q2 → diag: none of "q3" is on it',
    );
  });

  it('accepts anyOf when each route asks one of the alternatives, and reports an option no route takes', () => {
    const flow = (options: string[]) =>
      mutate((f, node) => {
        const q1 = node('q1');
        if (q1.kind === 'question') q1.options.push({ id: 'c', label: 'C', next: 'q4' });
        f.nodes.push({
          kind: 'question',
          id: 'q4',
          title: 'Fourth',
          prompt: 'Fourth?',
          options: [
            { id: 'p', label: 'P', next: 'diag' },
            { id: 'q', label: 'Q', next: 'not-diag' },
          ],
        });
        const o = node('diag');
        if (o.kind === 'outcome') {
          o.evidence = [
            { question: 'q1', supports: ['a', 'c'], contradicts: ['b'] },
            { question: 'q2', supports: ['x'], contradicts: ['y'] },
            { question: 'q4', supports: options, contradicts: ['q'].filter((x) => !options.includes(x)) },
          ];
          o.decisive = [
            {
              anyOf: [
                { question: 'q2', options: ['x'] },
                { question: 'q4', options },
              ],
            },
          ];
        }
      });
    expect(messages(flow(['p']))).toEqual([]);
    expect(messages(flow(['p', 'q']))).toContain(
      'tiny › nodes[2] (diag) › decisive[0].anyOf[1]: no route to "diag" answers "q4" with "q"',
    );
  });

  it('reports an outcome no route could ever confirm', () => {
    // q1 = c goes straight to the diagnosis, skipping q2: the route that gives q1 = c never asks q2, and the
    // route that asks q2 gives q1 = a.
    const flow = mutate((_, node) => {
      const q1 = node('q1');
      if (q1.kind === 'question') q1.options.push({ id: 'c', label: 'C', next: 'diag' });
      const o = node('diag');
      if (o.kind === 'outcome') {
        o.evidence = [
          { question: 'q1', supports: ['a', 'c'], contradicts: ['b'] },
          { question: 'q2', supports: ['x'], contradicts: ['y'] },
        ];
        o.decisive = [
          { question: 'q1', options: ['c'] },
          { question: 'q2', options: ['x'] },
        ];
      }
    });
    expect(messages(flow)).toContain(
      'tiny › nodes[2] (diag): no route gives every decisive answer of "diag", so it could never be confirmed',
    );
  });
});

describe('validateFlow: revisions', () => {
  it('wants one change note per revision, in order', () => {
    const missing = mutate((f) => {
      f.revision = 2;
    });
    expect(messages(missing)).toContain('tiny › revisions: the flow is at revision 2 but has change notes for 1');
    const outOfOrder = mutate((f) => {
      f.revision = 2;
      f.revisions = [
        { revision: 2, date: '2026-01-02', changes: ['B.'] },
        { revision: 1, date: '2026-01-01', changes: ['A.'] },
      ];
    });
    expect(messages(outOfOrder)).toContain('tiny › revisions[0]: expected the note for revision 1, found revision 2');
    expect(messages(outOfOrder)).toContain(
      "tiny › revisions[1].date: 2026-01-01 is earlier than revision 2's 2026-01-02",
    );
  });

  it('refuses an empty change note and a date that is not YYYY-MM-DD', () => {
    const bad = mutate((f) => {
      f.revisions = [{ revision: 1, date: '1/2/26', changes: [] }];
    });
    expect(messages(bad)).toContainEqual(expect.stringContaining('revisions[0].date: must be a date as YYYY-MM-DD'));
    expect(messages(bad)).toContainEqual(expect.stringContaining('revisions[0].changes'));
  });
});

describe('hand-overs between flows (rule handover)', () => {
  type Continues = NonNullable<Extract<FlowNode, { kind: 'outcome' }>['continues']>;
  /** `tiny` whose outcome "other" (q1 = b) continues in `tiny-b`. */
  function linked(continues: Partial<Continues> = {}): Flow[] {
    const from = mutate((_, node) => {
      Object.assign(node('other'), {
        continues: { flow: 'tiny-b', node: 'q1', carry: [{ from: 'q1', to: 'q1', options: { b: 'a' } }], ...continues },
      });
    });
    return [from, { ...tinyFlow(), id: 'tiny-b' }];
  }
  const handover = (flows: Flow[]) =>
    validateContent(flows)
      .filter((i) => i.rule === 'handover')
      .map(formatIssue);

  it('accepts a link to a flow and node that exist, carrying answers both flows have', () => {
    expect(validateContent(linked())).toEqual([]);
  });

  it('reports a missing target flow, and a link to its own flow', () => {
    expect(handover(linked({ flow: 'nowhere' }))).toEqual([
      'tiny › nodes[4] (other) › continues.flow: no flow "nowhere" to continue in',
    ]);
    expect(handover(linked({ flow: 'tiny' }))).toEqual([
      'tiny › nodes[4] (other) › continues.flow: an outcome cannot hand the case over to its own flow',
    ]);
  });

  it('reports a target node that does not exist, or where no way in starts', () => {
    expect(handover(linked({ node: 'nope' }))).toEqual([
      'tiny › nodes[4] (other) › continues.node: flow "tiny-b" has no node "nope"',
    ]);
    expect(handover(linked({ node: 'q2' }))).toEqual([
      'tiny › nodes[4] (other) › continues.node: "q2" is not where a way in of flow "tiny-b" starts',
    ]);
  });

  it('reports carried answers that do not exist in both flows', () => {
    expect(handover(linked({ carry: [{ from: 'nope', to: 'q1', options: { b: 'a' } }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].from: "nope" is not a question of flow "tiny"',
    ]);
    expect(handover(linked({ carry: [{ from: 'q1', to: 'done', options: { b: 'a' } }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].to: "done" is not a question of flow "tiny-b"',
    ]);
    expect(handover(linked({ carry: [{ from: 'q1', to: 'q1', options: { c: 'a' } }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].options: "q1" has no option "c"',
    ]);
    expect(handover(linked({ carry: [{ from: 'q1', to: 'q1', options: { b: 'z' } }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].options: "q1" in flow "tiny-b" has no option "z"',
    ]);
    expect(handover(linked({ carry: [{ from: 'q1', to: 'q1', options: {} }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].options: carries no option',
    ]);
  });

  it('reports a carried question never asked on the way to the outcome, and one carried into twice', () => {
    expect(handover(linked({ carry: [{ from: 'verify', to: 'q1', options: { yes: 'a' } }] }))).toEqual([
      'tiny › nodes[4] (other) › continues.carry[0].from: "verify" is never asked on a route to "other"',
    ]);
    expect(
      handover(
        linked({
          carry: [
            { from: 'q1', to: 'q1', options: { b: 'a' } },
            { from: 'q1', to: 'q1', options: { a: 'b' } },
          ],
        }),
      ),
    ).toEqual(['tiny › nodes[4] (other) › continues.carry[1].to: "q1" is carried into more than once']);
  });

  it('reports a "Not sure" answer carried or carried into', () => {
    const flows = linked({ carry: [{ from: 'q1', to: 'q1', options: { b: 'a' } }] });
    const q1 = flows[1]!.nodes.find((n) => n.id === 'q1') as Extract<FlowNode, { kind: 'question' }>;
    flows[1] = {
      ...flows[1]!,
      nodes: flows[1]!.nodes.map((n) =>
        n === q1 ? { ...q1, options: q1.options.map((o) => (o.id === 'a' ? { ...o, unsure: true } : o)) } : n,
      ),
    };
    expect(handover(flows)).toContain(
      'tiny › nodes[4] (other) › continues.carry[0].options: "a" in flow "tiny-b" is a "Not sure" answer',
    );
  });
});

describe('the shipped hand-overs (Q255888 ⇄ Q186742)', () => {
  /** The shipped flows, with one outcome's `continues` changed. */
  function withLink(
    flowId: string,
    outcomeId: string,
    change: (c: NonNullable<Extract<FlowNode, { kind: 'outcome' }>['continues']>) => object,
  ): Flow[] {
    return FLOWS.map((f) =>
      f.id !== flowId
        ? f
        : {
            ...f,
            nodes: f.nodes.map((n) =>
              n.id === outcomeId && n.kind === 'outcome' && n.continues
                ? { ...n, continues: { ...n.continues, ...change(n.continues) } }
                : n,
            ),
          },
    );
  }
  const handover = (flows: Flow[]) =>
    validateContent(flows)
      .filter((i) => i.rule === 'handover')
      .map(formatIssue);

  it('declares both links, and they pass', () => {
    const links = FLOWS.flatMap((f) =>
      f.nodes.flatMap((n) =>
        n.kind === 'outcome' && n.continues ? [`${f.id}:${n.id} → ${n.continues.flow}:${n.continues.node}`] : [],
      ),
    );
    expect(links.sort()).toEqual([
      'q186742:cause-7026-q255888 → q255888:app-log-event',
      'q186742:cause-7044-q255888 → q255888:app-log-event',
      'q186742:not-this-no-event → q255888:app-log-event',
      'q186742:not-this-other-event → q255888:app-log-event',
      'q255888:cause-147-q186742 → q186742:app-log-event',
      'q255888:cause-7017-alias → q186742:app-log-event',
    ]);
    expect(handover([...FLOWS])).toEqual([]);
  });

  it('reports a broken link in the shipped content: a renamed node, a dropped option, a question missing on one side', () => {
    expect(handover(withLink('q255888', 'cause-7017-alias', () => ({ node: 'app-log-events' })))).toEqual([
      expect.stringMatching(
        /^q255888 › nodes\[\d+\] \(cause-7017-alias\) › continues\.node: flow "q186742" has no node "app-log-events"$/,
      ),
    ]);
    expect(
      handover(
        withLink('q255888', 'cause-7017-alias', (c) => ({
          carry: [...c.carry.slice(0, 1), { ...c.carry[1]!, options: { 'ex50-55': 'ex55' } }],
        })),
      ),
    ).toEqual([
      expect.stringMatching(
        /› continues\.carry\[1\]\.options: "exchange-version" in flow "q186742" has no option "ex55"$/,
      ),
    ]);
    expect(
      handover(
        withLink('q186742', 'cause-7044-q255888', (c) => ({ carry: [{ ...c.carry[0]!, to: 'which-event-id' }] })),
      ),
    ).toEqual([
      expect.stringMatching(
        /^q186742 › .* › continues\.carry\[0\]\.to: "which-event-id" is not a question of flow "q255888"$/,
      ),
    ]);
  });
});
