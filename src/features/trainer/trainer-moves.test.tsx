import { act, fireEvent, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'react';
import { describe, expect, it } from 'vitest';

import { FLOWS } from '@/content';
import type { PracticeAlternative, StepNode } from '@/content/schema';
import { type TrainerMove, trainerMoves } from '@/content/trainer-moves';
import { PracticeStage } from '@/mockups/practice-stage';

import { practiceSpecs } from './move-goals';
import { type PracticeState, practiceReducer, startPractice } from './practice-machine';

/**
 * Every move of every flow, done on its operable screen the ways the real
 * program offers, through the practice stage and the practice machine
 * together: each way must complete the move (and, for an alternative that
 * does several, every move it covers), with no wrong action counted. The
 * validator checks that moves name controls of their screens; this checks
 * that those controls are there, work, and are judged right. A move done by
 * what is left on the screen (the New User dialog's boxes, several accounts)
 * is done as a learner would: a few characters in every box, two accounts
 * chosen; one keystroke or one account does not do it.
 */
const steps = FLOWS.flatMap((flow) =>
  flow.nodes.flatMap((node) =>
    node.kind === 'step' ? [{ name: `${flow.id} › ${node.id}`, step: node, moves: trainerMoves(node) }] : [],
  ),
).filter((s) => s.moves.length > 0);

type Way = { kind: 'click' } | { kind: 'keyboard' } | { kind: 'alternative'; alternative: PracticeAlternative };

const cases = steps.flatMap(({ name, step, moves }) =>
  moves.flatMap((m) => [
    { name: `${name} › move ${m.index + 1} (${m.target}) by mouse`, step, moves, m, way: { kind: 'click' } as Way },
    {
      name: `${name} › move ${m.index + 1} (${m.target}) by keyboard`,
      step,
      moves,
      m,
      way: { kind: 'keyboard' } as Way,
    },
    ...(m.alternatives ?? []).map((alternative) => ({
      name: `${name} › move ${m.index + 1} (${m.target}) another way: ${alternative.how}`,
      step,
      moves,
      m,
      way: { kind: 'alternative', alternative } as Way,
    })),
  ]),
);

/** The practice machine at move `from`, drawing that move's screen, as Try and Test do (with the moves' goals). */
function Practice({
  step,
  moves,
  from,
  report,
}: {
  step?: StepNode;
  moves: readonly TrainerMove[];
  from: number;
  report: (s: PracticeState) => void;
}) {
  const [state, dispatch] = useReducer(practiceReducer, undefined, () => ({
    ...startPractice('test', step ? practiceSpecs(step, moves) : moves, 0),
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
      onAction={(target, gesture, screen) => dispatch({ type: 'action', target, gesture, at: 1, state: screen })}
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

/**
 * A move done by what is left on the screen: a few characters typed in every box of its window (the same in both
 * password boxes), or two items of its list chosen; by keyboard, focus in each box, and Space and ↓ in the list.
 */
async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  el: HTMLElement,
  container: HTMLElement,
  keyboard: boolean,
) {
  if (el.matches('input[type="text"], textarea')) {
    for (const box of container.querySelectorAll<HTMLInputElement>('input[type="text"], textarea')) {
      if (box.value) continue;
      if (keyboard) {
        act(() => box.focus());
        await user.keyboard('xy');
      } else await user.type(box, 'xy');
    }
    return;
  }
  const options = [...el.closest('[role="listbox"]')!.querySelectorAll<HTMLElement>('[role="option"]')];
  if (keyboard) {
    act(() => options[0]!.focus());
    await user.keyboard(' {ArrowDown} ');
  } else {
    await user.click(options[0]!);
    await user.click(options[1]!);
  }
}

describe('every trainer move can be done on its screen, every way the program offers', () => {
  it('there are moves to check, and alternatives among them', () => {
    expect(cases.filter((c) => c.way.kind === 'click').length).toBeGreaterThan(30);
    expect(cases.filter((c) => c.way.kind === 'alternative').length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)('$name', async ({ step, moves, m, way }) => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice step={step} moves={moves} from={m.index} report={(s) => (latest = s)} />);
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
      if (latest?.moves[m.index]?.goal) {
        // One keystroke, or one item, does not do such a move (and is no mistake); then it is done in full.
        const box = el.matches('input[type="text"], textarea');
        if (box) await user.type(el, 'x');
        else await user.click(el);
        expect(latest.index, 'not done by one keystroke or one item').toBe(m.index);
        if (box) await user.clear(el);
        else await user.click(el);
        await fillIn(user, el, container, way.kind === 'keyboard');
      } else if (way.kind === 'click') {
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

  it('a focused tree label is the tree item, with its states and level; a list view is a grid whose rows say if selected', async () => {
    const { container } = render(<Practice moves={organization} from={0} report={() => undefined} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    const recipients = container.querySelector<HTMLElement>('[data-key="node:recipients"]')!;
    expect(recipients).toHaveAttribute('role', 'treeitem');
    expect(recipients).toHaveAttribute('aria-selected', 'true');
    // ACME (1) > HEADOFFICE (2) > Recipients (3).
    expect(recipients).toHaveAttribute('aria-level', '3');
    // The li steps aside, without states (ARIA allows none on role none).
    const li = recipients.closest('[data-slot="win-tree-item"]')!;
    expect(li).toHaveAttribute('role', 'none');
    expect(li.hasAttribute('aria-selected') || li.hasAttribute('aria-expanded')).toBe(false);
    const site = container.querySelector<HTMLElement>('[data-key="node:site"]')!;
    expect(site).toHaveAttribute('aria-expanded', 'true');
    expect(site).toHaveAttribute('aria-selected', 'false');
    expect(site).toHaveAttribute('aria-level', '2');
    // Each label once in the tree's items, none nested in another.
    const items = [...container.querySelectorAll('[role="treeitem"]')];
    expect(items.every((i) => !i.parentElement?.closest('[role="treeitem"]'))).toBe(true);
    expect(container.querySelector('[data-slot="win-list-view"] > table')).toHaveAttribute('role', 'grid');
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

  /** The Organization step at "open the File menu", opened with Alt+F: focus on its first command. */
  async function withFileMenuOpen() {
    const user = userEvent.setup();
    const state: { latest?: PracticeState } = {};
    const { container } = render(<Practice moves={organization} from={1} report={(s) => (state.latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    focusScreen(container);
    await user.keyboard('{Alt>}f{/Alt}');
    await waitFor(() => expect(state.latest?.index).toBe(2));
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    return { user, container, state };
  }

  it('Escape closes an open menu first, and focus goes back to its menu-bar item; the menu opens again with no mistake', async () => {
    const { user, container, state } = await withFileMenuOpen();
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-key')).toBe('menu:file');
    await user.keyboard('{Enter}');
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
    expect(state.latest?.wrong).toBe(0);
  });

  it('← and → in an open menu go along the menu bar, as in Windows, with no mistake; ↓ opens a menu again', async () => {
    const { user, container, state } = await withFileMenuOpen();
    const focusedKey = () => document.activeElement?.getAttribute('data-key');
    // → from File: File closes; Edit is not drawn open (the picture has no Edit menu), so focus rests on its name.
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedKey()).toBe('menu:edit'));
    expect(container.querySelector('[role="menu"]')).toBeNull();
    // Along the bar and back, then ↓ opens File again, its first command focused.
    await user.keyboard('{ArrowRight}{ArrowLeft}{ArrowLeft}');
    expect(focusedKey()).toBe('menu:file');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
    // ← from File wraps round to Help, the last on the bar.
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(focusedKey()).toBe('menu:help'));
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(state.latest?.index).toBe(2);
    expect(state.latest?.wrong).toBe(0);
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

  it('a click beside an open menu, on no control, closes it as in Windows, and is no mistake', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={organization} from={2} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[role="menu"]')).not.toBeNull());
    await user.click(container.querySelector<HTMLElement>('[data-slot="win-title"]')!);
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(latest?.wrong).toBe(0);
    // The menu opens again from its menu-bar item.
    await user.click(container.querySelector<HTMLElement>('[data-key="menu:file"]')!);
    expect(container.querySelector('[role="menu"]')).not.toBeNull();
  });

  it('clicking another tree node selects it, as in the program (a wrong action, but the picture follows)', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(<Practice moves={organization} from={0} report={(s) => (latest = s)} />);
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    await user.click(container.querySelector<HTMLElement>('[data-key="node:site"]')!);
    expect(latest?.wrong).toBe(1);
    expect(container.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-key')).toBe(
      'node:site',
    );
    // The labels' states follow (each is the tree item where focus rests).
    expect(container.querySelector('[data-key="node:site"]')).toHaveAttribute('aria-selected', 'true');
    expect(container.querySelector('[data-key="node:recipients"]')).toHaveAttribute('aria-selected', 'false');
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

describe('what the learner does stays on the screen, and a hint shows what it names', () => {
  const create = steps.find((s) => s.name.endsWith('create-account'))!;
  const organization = steps.find((s) => s.name.endsWith('grant-organization'))!;

  it('text typed in the New User dialog is drawn, and stays in its boxes in the moves that follow', async () => {
    const user = userEvent.setup();
    let latest: PracticeState | undefined;
    const { container } = render(
      <Practice step={create.step} moves={create.moves} from={0} report={(s) => (latest = s)} />,
    );
    await waitFor(() => expect(container.querySelector('[data-slot="win-screen"]')).not.toBeNull(), { timeout: 5000 });
    const box = (target: string) => container.querySelector<HTMLInputElement>(`[data-target="${target}"] input`)!;
    // Each move starts before it: the dialog empty, User Must Change Password… selected.
    expect(['username', 'full-name', 'description', 'password', 'confirm-password'].map((t) => box(t).value)).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
    await user.type(box('username'), 'Bob');
    expect(box('username').value).toBe('Bob');
    expect(latest?.index).toBe(0);
    await user.type(box('full-name'), 'Bob Smith');
    await user.type(box('description'), 'Tester');
    await user.type(box('password'), 'Pa55');
    expect([box('password').value, box('confirm-password').value]).toEqual(['****', '']);
    await user.type(box('confirm-password'), 'Pa55');
    await waitFor(() => expect(latest?.index).toBe(1));
    expect(latest?.wrong).toBe(0);
    // The next move: what was typed, not the picture's MigAdmin; the check box still selected.
    expect([box('username').value, box('full-name').value, box('confirm-password').value]).toEqual([
      'Bob',
      'Bob Smith',
      '****',
    ]);
    expect(container.querySelector<HTMLInputElement>('[data-target="must-change"] input')!.checked).toBe(true);
  });

  it('a spotlit control the learner’s click took away (a list closed) brings the move’s state back', async () => {
    const user = userEvent.setup();
    const choose = organization.moves.find((m) => m.target === 'permissions-admin-role')!;
    const stage = (spotlight?: string) => (
      <PracticeStage
        screen={choose.screen}
        state={choose.state}
        labelledBy="practice"
        interactive
        moveKey={choose.index}
        spotlight={spotlight}
        onAction={() => undefined}
      />
    );
    const { container, rerender } = render(stage());
    const role = () => container.querySelector('[data-target="permissions-admin-role"]');
    await waitFor(() => expect(role()).not.toBeNull(), { timeout: 5000 });
    // A wrong choice: User. The list closes and the account holds User, as in the program.
    await user.click(
      [...container.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === 'User')!,
    );
    expect(role()).toBeNull();
    // The hint's spotlight on Permissions Admin: the list is open again, on the move's own state.
    rerender(stage('permissions-admin-role'));
    await waitFor(() => expect(role()).not.toBeNull());
    expect(role()?.hasAttribute('data-highlighted')).toBe(true);
  });
});
