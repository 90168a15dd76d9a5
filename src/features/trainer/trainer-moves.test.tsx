import { act, fireEvent, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'react';
import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { PracticeAlternative } from '@/content/schema';
import { type TrainerMove, trainerMoves } from '@/content/trainer-moves';
import { PracticeStage } from '@/mockups/practice-stage';

import { type PracticeState, practiceReducer, startPractice } from './practice-machine';

/**
 * Every move of every flow, done on its operable screen the ways the real
 * program offers, through the practice stage and the practice machine
 * together: each way must complete the move (and, for an alternative that
 * does several, every move it covers), with no wrong action counted. The
 * validator checks that moves name controls of their screens; this checks
 * that those controls are there, work, and are judged right.
 */
const steps = FLOWS.flatMap((flow) =>
  flow.nodes.flatMap((node) =>
    node.kind === 'step' ? [{ name: `${flow.id} › ${node.id}`, moves: trainerMoves(node) }] : [],
  ),
).filter((s) => s.moves.length > 0);

type Way = { kind: 'click' } | { kind: 'keyboard' } | { kind: 'alternative'; alternative: PracticeAlternative };

const cases = steps.flatMap(({ name, moves }) =>
  moves.flatMap((m) => [
    { name: `${name} › move ${m.index + 1} (${m.target}) by mouse`, moves, m, way: { kind: 'click' } as Way },
    { name: `${name} › move ${m.index + 1} (${m.target}) by keyboard`, moves, m, way: { kind: 'keyboard' } as Way },
    ...(m.alternatives ?? []).map((alternative) => ({
      name: `${name} › move ${m.index + 1} (${m.target}) another way: ${alternative.how}`,
      moves,
      m,
      way: { kind: 'alternative', alternative } as Way,
    })),
  ]),
);

/** The practice machine at move `from`, drawing that move's screen, as Try and Test do. */
function Practice({
  moves,
  from,
  report,
}: {
  moves: readonly TrainerMove[];
  from: number;
  report: (s: PracticeState) => void;
}) {
  const [state, dispatch] = useReducer(practiceReducer, undefined, () => ({
    ...startPractice('test', moves, 0),
    index: from,
  }));
  useEffect(() => {
    report(state);
  }, [state, report]);
  const move = moves[Math.min(state.index, moves.length - 1)]!;
  return (
    <PracticeStage
      screen={move.screen}
      state={move.state}
      labelledBy="practice"
      interactive
      moveKey={state.index}
      onAction={(target, gesture) => dispatch({ type: 'action', target, gesture, at: 1 })}
    />
  );
}

const OPERABLE = 'button, input, textarea, [tabindex]';

function operablePart(el: HTMLElement): HTMLElement {
  return el.matches(OPERABLE) ? el : (el.querySelector<HTMLElement>(OPERABLE) ?? el);
}

/**
 * A double-click as the browser delivers it: two clicks (the second with
 * detail 2) and a dblclick, at the same spot. The first click may already
 * have redrawn the screen; the second then lands on whatever is drawn there
 * now (here: the screen itself, when the element clicked first is gone).
 */
async function doubleClick(user: ReturnType<typeof userEvent.setup>, el: HTMLElement, container: HTMLElement) {
  await user.click(el);
  const there = el.isConnected ? el : container.querySelector<HTMLElement>('[data-slot="practice-screen"]')!;
  fireEvent.click(there, { detail: 2 });
  fireEvent.dblClick(there, { detail: 2 });
}

/** Focus somewhere in the screen, as a learner working in it has (the keyboard goes to the focused window). */
function focusScreen(container: HTMLElement) {
  const first = [...container.querySelectorAll<HTMLElement>(OPERABLE)].find(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]'),
  );
  act(() => first?.focus());
}

/** Operates the control as a keyboard user would. */
async function byKeyboard(user: ReturnType<typeof userEvent.setup>, el: HTMLElement, container: HTMLElement) {
  if (el.matches('[data-slot="win-menu-bar-item"][aria-keyshortcuts]')) {
    // The menu's access key: Alt+F for File.
    focusScreen(container);
    const letter = el.getAttribute('aria-keyshortcuts')!.slice(-1).toLowerCase();
    return user.keyboard(`{Alt>}${letter}{/Alt}`);
  }
  act(() => el.focus());
  if (el.matches('input[type="text"], textarea')) return user.keyboard('x');
  if (el.matches('[role="combobox"]')) return user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  // Items of lists and trees, check boxes and option buttons take Space; buttons, tabs and menu items Enter.
  if (el.matches('[role="option"], [data-slot="win-tree-item-label"], tr, input[type="checkbox"], input[type="radio"]'))
    return user.keyboard(' ');
  return user.keyboard('{Enter}');
}

describe('every trainer move can be done on its screen, every way the program offers', () => {
  it('there are moves to check, and alternatives among them', () => {
    expect(cases.filter((c) => c.way.kind === 'click').length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.way.kind === 'alternative').length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)('$name', async ({ moves, m, way }) => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={moves} from={m.index} report={(s) => (latest = s)} />);
    const find = (target: string) =>
      [...container.querySelectorAll<HTMLElement>('[data-target]')].filter((el) => el.dataset.target === target);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });

    let covers = 1;
    if (way.kind === 'alternative') {
      const alt = way.alternative;
      covers = alt.covers ?? 1;
      const hosts = find(alt.target);
      if (alt.gesture === 'double-click') {
        expect(hosts, `exactly one ${alt.target}`).toHaveLength(1);
        await doubleClick(user, operablePart(hosts[0]!), container);
      } else if (hosts.length === 1) {
        await user.click(operablePart(hosts[0]!));
      } else {
        // Not on screen: a shortcut stands for it (Alt+Enter for Properties).
        expect(hosts, `${alt.target} is not drawn, so a shortcut must stand for it`).toHaveLength(0);
        expect(alt.how).toMatch(/Press \*\*[^*]+\*\*/);
        const keys = /Press \*\*([^*]+)\*\*/.exec(alt.how)![1]!;
        const [mod, key] = keys.split('+');
        focusScreen(container);
        await user.keyboard(`{${mod}>}{${key}}{/${mod}}`);
      }
    } else {
      const hosts = find(m.target);
      expect(hosts, 'exactly one control with this target').toHaveLength(1);
      const el = operablePart(hosts[0]!);
      if (way.kind === 'click') {
        if (el.matches('input[type="text"], textarea')) await user.type(el, 'x');
        else await user.click(el);
      } else {
        await byKeyboard(user, el, container);
      }
    }
    await waitFor(() => expect(latest?.index).toBe(Math.min(moves.length, m.index + covers)));
    expect(latest?.wrong).toBe(0);
    expect(latest?.records.map((r) => r.how)).toEqual(Array(Math.min(covers, moves.length - m.index)).fill('done'));
  });
});

describe('the keyboard inside a practice screen', () => {
  const organization = steps.find((s) => s.name.endsWith('grant-organization'))!.moves;

  it('one tab stop per control group: menu bar, toolbar, tree and list are one each', async () => {
    const { container } = render(<Practice moves={organization} from={0} report={() => undefined} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    const stops = [...container.querySelectorAll<HTMLElement>(OPERABLE)].filter(
      (el) => el.tabIndex >= 0 && !el.closest('[inert]'),
    );
    const group = (el: HTMLElement) =>
      el.closest('[role="menubar"], [role="toolbar"], [role="tree"], [data-slot="win-list-view"]');
    expect(stops.map((el) => group(el)?.getAttribute('role') ?? group(el)?.getAttribute('data-slot'))).toEqual([
      'menubar',
      'toolbar',
      'tree',
      'win-list-view',
    ]);
    // The tree's stop is its selected node.
    expect(stops[2]!.textContent).toBe('Recipients');
  });

  it('arrow keys select in the tree (no mistake on the way); Home reaches the top and does the move', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={organization} from={0} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    const recipients = container.querySelector<HTMLElement>('[data-key="node:recipients"]')!;
    act(() => recipients.focus());
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Configuration');
    // Selected, as in Windows: the child window's title follows.
    expect(container.textContent).toContain('EXCH01 in HEADOFFICE - Configuration');
    expect(latest?.wrong).toBe(0);
    await user.keyboard('{Home}');
    await waitFor(() => expect(latest?.index).toBe(1));
    expect(latest?.wrong).toBe(0);
    // Focus stays where the action happened.
    expect(document.activeElement?.textContent).toBe('ACME');
  });

  it('Escape closes an open menu first, and focus goes back to its menu-bar item; the menu opens again with no mistake', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={organization} from={1} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    focusScreen(container);
    await user.keyboard('{Alt>}f{/Alt}');
    await waitFor(() => expect(latest?.index).toBe(2));
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-key')).toBe('menu:file');
    await user.keyboard('{Enter}');
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
    expect(latest?.wrong).toBe(0);
  });

  it('a wrong click in an open menu closes it and keeps focus in the screen, never on the page', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container, getByRole } = render(<Practice moves={organization} from={2} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[role="menu"]')).not.toBeNull());
    await user.click(getByRole('menuitem', { name: /Connect to Server/ }));
    expect(latest?.wrong).toBe(1);
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(container.contains(document.activeElement)).toBe(true);
  });

  it('clicking another tree node selects it, as in the program (a wrong action, but the picture follows)', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={organization} from={0} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    await user.click(container.querySelector<HTMLElement>('[data-key="node:site"]')!);
    expect(latest?.wrong).toBe(1);
    expect(container.querySelector('li[aria-selected="true"] [data-key]')?.getAttribute('data-key')).toBe('node:site');
    expect(container.textContent).toContain('EXCH01 in HEADOFFICE - HEADOFFICE');
  });

  it('Enter in a dialog list presses its default button', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    // "Click OK" in Add Users and Groups, with MigAdmin added.
    const ok = organization.findIndex((mv) => mv.screen === 'add-users-groups' && mv.target === 'ok-button');
    const { container } = render(<Practice moves={organization} from={ok} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    act(() => container.querySelector<HTMLElement>('[data-key="name:MigAdmin"]')!.focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(latest?.index).toBe(ok + 1));
  });
});
