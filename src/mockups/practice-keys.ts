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

function selectedIn(item: HTMLElement): boolean {
  return (
    item.getAttribute('aria-selected') === 'true' ||
    item.getAttribute('aria-expanded') === 'true' ||
    (item.matches('[data-slot="win-tree-item-label"]') &&
      item.closest('[role="treeitem"]')?.getAttribute('aria-selected') === 'true')
  );
}

/**
 * One tab stop per group: the focused item, else the selected one, else the
 * first; popups (menus, open lists) are not tab stops at all.
 */
export function normaliseTabStops(root: HTMLElement): void {
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
  const li = label.closest<HTMLElement>('[role="treeitem"]');
  if (!li) return undefined;
  const expanded = li.getAttribute('aria-expanded');
  if (key === 'ArrowRight') {
    if (expanded === 'false') return { kind: 'expand' };
    // Its own group's first item (`:scope >`: a group around the whole tree, the practice's frame, matches too).
    const child = li.querySelector<HTMLElement>(':scope > [role="group"] [data-slot="win-tree-item-label"]');
    return expanded === 'true' && child ? { kind: 'move', to: child } : undefined;
  }
  if (key === 'ArrowLeft') {
    if (expanded === 'true') return { kind: 'collapse' };
    const parent = li.parentElement?.closest<HTMLElement>('[role="treeitem"]');
    const to = parent?.querySelector<HTMLElement>('[data-slot="win-tree-item-label"]');
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
