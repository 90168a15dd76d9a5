/**
 * The keyboard of an operable screen, as in Windows and the WAI-ARIA
 * patterns: one tab stop per control group (menu bar, toolbar, tree, list,
 * tab row), the arrow keys between its items (roving tabindex), and the
 * items a practice screen opens (menus, drop-down lists) focused while open.
 * DOM helpers only; practice-stage.tsx wires them up. The screens stay plain
 * (the kit knows nothing of this), so the pictures of the guide, which every
 * walk loads, carry none of it.
 */

type Orientation = 'horizontal' | 'vertical' | 'tree';

/** Control groups: the group element, its items, how the arrow keys move, and whether a move selects. */
const GROUPS: readonly { group: string; item: string; orientation: Orientation; selects: boolean; popup?: true }[] = [
  { group: '[role="menu"]', item: '[data-slot="win-menu-item"]', orientation: 'vertical', selects: false, popup: true },
  {
    group: '[data-slot="win-drop-down-list"]',
    item: '[role="option"]',
    orientation: 'vertical',
    selects: false,
    popup: true,
  },
  { group: '[role="menubar"]', item: '[data-slot="win-menu-bar-item"]', orientation: 'horizontal', selects: false },
  { group: '[role="toolbar"]', item: '[data-slot="win-toolbar-button"]', orientation: 'horizontal', selects: false },
  { group: '[role="tablist"]', item: '[role="tab"]', orientation: 'horizontal', selects: true },
  { group: '[role="tree"]', item: '[data-slot="win-tree-item-label"]', orientation: 'tree', selects: true },
  { group: '[data-slot="win-list-box"]', item: '[role="option"]', orientation: 'vertical', selects: true },
  {
    group: '[data-slot="win-list-view"]',
    item: '[data-slot="win-list-view-row"]',
    orientation: 'vertical',
    selects: true,
  },
  { group: '[data-slot="win-check-list-box"]', item: 'input', orientation: 'vertical', selects: false },
];
const ANY_GROUP = GROUPS.map((g) => g.group).join(', ');

export type GroupInfo = {
  readonly element: HTMLElement;
  readonly items: HTMLElement[];
  readonly orientation: Orientation;
  /** Moving to an item selects it (tree, tabs, single-select list), as in Windows. */
  readonly selects: boolean;
  readonly popup: boolean;
};

function groupOf(element: HTMLElement): GroupInfo | undefined {
  const spec = GROUPS.find((g) => element.matches(g.group));
  if (!spec) return undefined;
  const items = [...element.querySelectorAll<HTMLElement>(spec.item)].filter(
    (el) => el.closest(ANY_GROUP) === element && !el.closest('[inert]'),
  );
  const multi = element.getAttribute('aria-multiselectable') === 'true';
  return { element, items, orientation: spec.orientation, selects: spec.selects && !multi, popup: spec.popup === true };
}

/** The group an element is an item of (its nearest group). */
export function itemGroup(el: Element | null): GroupInfo | undefined {
  const group = el?.closest<HTMLElement>(ANY_GROUP);
  const info = group ? groupOf(group) : undefined;
  return info && info.items.some((i) => i === el || i.contains(el)) ? info : undefined;
}

/** A tree item as the kit draws it (an li around its label, its row and the group of its children). */
const TREE_ITEM = '[data-slot="win-tree-item"]';
const TREE_LABEL = '[data-slot="win-tree-item-label"]';

function selectedIn(item: HTMLElement): boolean {
  // A tree label is selected, not expanded (an open node); a menu-bar item counts with its menu open.
  if (item.matches(TREE_LABEL)) return item.getAttribute('aria-selected') === 'true';
  return item.getAttribute('aria-selected') === 'true' || item.getAttribute('aria-expanded') === 'true';
}

/**
 * In an operable screen, focus rests on a tree item's label, so the label is the tree item there: it takes the
 * role, the states (selected, expanded) and the level of the li the kit draws around it, and the li steps aside
 * (role none, without states; its group of children then follows it in the tree, as ARIA allows). A focused label is
 * then announced as "Recipients, tree item, level 3, selected", not as plain text. The pictures of the guide keep
 * the kit's markup. Run after every drawing: React writes a state on the li only when it changes, so a state found
 * there is new, and moves to the label (which keeps it until the next change).
 */
function treeItemsOnLabels(root: HTMLElement): void {
  for (const li of root.querySelectorAll<HTMLElement>(TREE_ITEM)) {
    const label = li.querySelector<HTMLElement>(`:scope > [data-slot="win-tree-row"] > ${TREE_LABEL}`);
    if (!label) continue;
    li.setAttribute('role', 'none');
    label.setAttribute('role', 'treeitem');
    for (const name of ['aria-selected', 'aria-expanded']) {
      const value = li.getAttribute(name);
      if (value === null) continue;
      label.setAttribute(name, value);
      li.removeAttribute(name);
    }
    let level = 1;
    for (let up = li.parentElement?.closest(TREE_ITEM); up; up = up.parentElement?.closest(TREE_ITEM)) level++;
    label.setAttribute('aria-level', String(level));
  }
}

/**
 * One tab stop per group: the focused item, else the selected one, else the
 * first; popups (menus, open lists) are not tab stops at all.
 */
export function normaliseTabStops(root: HTMLElement): void {
  treeItemsOnLabels(root);
  // A list view's focused row is announced with its cells and whether it is selected only in a grid (a plain table's
  // row has neither a name nor a selection state): an operable list view is one.
  for (const table of root.querySelectorAll('[data-slot="win-list-view"] > table')) table.setAttribute('role', 'grid');
  for (const element of root.querySelectorAll<HTMLElement>(ANY_GROUP)) {
    const g = groupOf(element);
    if (!g || !g.items.length) continue;
    const active = document.activeElement;
    const current = g.popup ? undefined : (g.items.find((i) => i === active) ?? g.items.find(selectedIn) ?? g.items[0]);
    for (const item of g.items) {
      const value = item === current ? '0' : '-1';
      if (item.getAttribute('tabindex') !== value) item.setAttribute('tabindex', value);
    }
  }
}

/**
 * The item an arrow key (or Home / End) leads to from `from` in its group,
 * or undefined when the key does not move in this group.
 */
export function arrowTarget(g: GroupInfo, from: HTMLElement, key: string): HTMLElement | undefined {
  const i = g.items.findIndex((el) => el === from || el.contains(from));
  if (i < 0) return undefined;
  const last = g.items.length - 1;
  const wrap = g.popup || g.orientation === 'horizontal';
  const step = (d: number) =>
    wrap ? g.items[(i + d + g.items.length) % g.items.length] : g.items[Math.min(last, Math.max(0, i + d))];
  const [prev, next] = g.orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === prev) return step(-1);
  if (key === next) return step(1);
  if (key === 'Home') return g.items[0];
  if (key === 'End') return g.items[last];
  return undefined;
}

/** The tree's own keys: Right opens a closed node or goes to its first child; Left closes an open node or goes to its parent. */
export function treeKey(
  label: HTMLElement,
  key: string,
): { kind: 'expand' | 'collapse' } | { kind: 'move'; to: HTMLElement } | undefined {
  const li = label.closest<HTMLElement>(TREE_ITEM);
  if (!li) return undefined;
  // On the label in an operable screen (treeItemsOnLabels), else on the li, as the kit draws it.
  const expanded = label.getAttribute('aria-expanded') ?? li.getAttribute('aria-expanded');
  if (key === 'ArrowRight') {
    if (expanded === 'false') return { kind: 'expand' };
    // Its own group's first item (`:scope >`: a group around the whole tree, the practice's frame, matches too).
    const child = li.querySelector<HTMLElement>(`:scope > [role="group"] ${TREE_LABEL}`);
    return expanded === 'true' && child ? { kind: 'move', to: child } : undefined;
  }
  if (key === 'ArrowLeft') {
    if (expanded === 'true') return { kind: 'collapse' };
    const parent = li.parentElement?.closest<HTMLElement>(TREE_ITEM);
    const to = parent?.querySelector<HTMLElement>(TREE_LABEL);
    return to ? { kind: 'move', to } : undefined;
  }
  return undefined;
}

/** The first control of a screen in tab order (where Windows puts focus when a dialog opens). */
export function firstTabStop(root: HTMLElement): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('button, input, textarea, [tabindex]')].find(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && !(el as HTMLButtonElement).disabled,
  );
}

/** A selector that finds the same control again after the screen is drawn anew (by its key or target). */
export function selectorFor(el: Element): string | undefined {
  const host = el.closest('[data-key], [data-target]');
  if (!host) return undefined;
  const key = host.getAttribute('data-key');
  const value = key ?? host.getAttribute('data-target')!;
  return `[${key ? 'data-key' : 'data-target'}="${CSS.escape(value)}"]`;
}

/** The focusable element of the control `selector` names (the control itself, or its first focusable part). */
export function focusableIn(root: HTMLElement, selector: string): HTMLElement | undefined {
  const host = root.querySelector<HTMLElement>(selector);
  if (!host) return undefined;
  if (host.tabIndex >= 0 || host.matches('button, input, textarea, [tabindex]')) return host;
  return host.querySelector<HTMLElement>('button, input, textarea, [tabindex]') ?? undefined;
}
