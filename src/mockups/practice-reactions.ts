/**
 * How each screen answers the learner in practice (Let me try, Test me), as
 * Windows would: a tree node clicked or reached with the arrow keys is
 * selected and the right pane follows, a menu opens and closes, a tab shows
 * its page, a list item is selected, a drop-down list opens, Show Users lists
 * the users. The practice machine, not this, decides what counts as the
 * expected action; this only keeps the picture true to what was done. Pure:
 * (screen, state, event) → the state to draw. Unknown screens and events
 * leave the state as it is.
 *
 * Items identify themselves by key ("node:site", "menu:file", "tab:general",
 * "account:ACMEDOM\\MigAdmin", "option:Admin", "name:MigAdmin",
 * "check:mustChange", "mailbox:ANNAB"); see each screen's `itemKey`s.
 */
import { SAMPLE } from './sample';
import { EXPANDABLE_NODES, type HierarchyNode, HIERARCHY_NODES, ancestorsOf } from './exchange-hierarchy';

export type PracticeGesture = 'activate' | 'navigate' | 'double-click';

export type ReactionEvent = {
  /** activate: click, Enter, Space, a shortcut; navigate: selected with the arrow keys; expand / collapse: a tree node's +/–; escape: Esc. */
  readonly kind: PracticeGesture | 'expand' | 'collapse' | 'escape';
  readonly target: string | null;
  readonly key?: string;
  /** The control is an item of an open menu (choosing it closes the menu). */
  readonly inMenu?: boolean;
};

export type ScreenState = Readonly<Record<string, unknown>>;

/** Keyboard shortcuts a screen answers without its menu open ("Alt+Enter" → the target it stands for). */
export const ACCELERATORS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Properties, as the File menu shows it beside the command.
  'exchange-admin': { 'Alt+Enter': 'properties-command' },
};

function splitKey(key: string | undefined): [string, string] {
  if (!key) return ['', ''];
  const i = key.indexOf(':');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
}

function without(state: ScreenState, field: string): ScreenState {
  if (!(field in state)) return state;
  const next = { ...state };
  delete next[field];
  return next;
}

const isNode = (id: string): id is HierarchyNode => (HIERARCHY_NODES as readonly string[]).includes(id);
const isExpandable = (id: string) => (EXPANDABLE_NODES as readonly string[]).includes(id);

/** The containers the main window shows expanded (as exchange-admin.tsx works them out). */
function openNodes(state: ScreenState): Set<string> {
  const selected = (state.selected as HierarchyNode | undefined) ?? 'organization';
  const expanded = (state.expanded as readonly string[] | undefined) ?? ['organization', 'site'];
  return new Set([...expanded, ...ancestorsOf(selected)]);
}

function exchangeAdmin(s: ScreenState, e: ReactionEvent): ScreenState {
  if (e.kind === 'escape') return without(s, 'menu');
  const [kind, id] = splitKey(e.key);
  if (kind === 'node' && isNode(id)) {
    const open = openNodes(s);
    const toggle = e.kind === 'double-click' ? (open.has(id) ? 'collapse' : 'expand') : e.kind;
    if (toggle === 'expand' || toggle === 'collapse') {
      if (!isExpandable(id)) return s;
      if (toggle === 'expand') open.add(id);
      else open.delete(id);
      const selected = (s.selected as HierarchyNode | undefined) ?? 'organization';
      // Collapsing a container above the selection selects the container, as Windows does.
      const moved = toggle === 'collapse' && ancestorsOf(selected).includes(id as HierarchyNode);
      return { ...s, expanded: [...open].filter(isExpandable), ...(moved ? { selected: id } : {}) };
    }
    return { ...without(s, 'menu'), selected: id };
  }
  if (kind === 'menu') {
    const menu = id === 'file' || id === 'tools' ? id : undefined;
    return menu && s.menu !== menu ? { ...s, menu } : without(s, 'menu');
  }
  // A command chosen from a menu closes it.
  return e.inMenu ? without(s, 'menu') : s;
}

function exchangeProperties(s: ScreenState, e: ReactionEvent): ScreenState {
  if (e.kind === 'escape') return without(s, 'rolesOpen');
  const [kind, id] = splitKey(e.key);
  if (kind === 'tab') return { ...without(s, 'rolesOpen'), tab: id };
  if (kind === 'account') return { ...without(s, 'rolesOpen'), selectedAccount: id };
  if (kind === 'option') {
    const accounts = (s.accounts as readonly { account: string; role: string }[] | undefined) ?? [];
    return {
      ...without(s, 'rolesOpen'),
      accounts: accounts.map((a) => (a.account === s.selectedAccount ? { ...a, role: id } : a)),
    };
  }
  if (e.target === 'roles-list' && e.kind === 'activate')
    return s.rolesOpen ? without(s, 'rolesOpen') : { ...s, rolesOpen: true };
  return s;
}

function addUsersGroups(s: ScreenState, e: ReactionEvent): ScreenState {
  const [kind, id] = splitKey(e.key);
  const add = (state: ScreenState, name: string | undefined): ScreenState => {
    if (!name) return state;
    const full = `${SAMPLE.domain}\\${name}`;
    const names = (state.addNames as readonly string[] | undefined) ?? [];
    return names.includes(full) ? state : { ...state, addNames: [...names, full] };
  };
  if (kind === 'name') {
    const selected = { ...s, selectedName: id };
    // Double-clicking a name adds it to Add Names.
    return e.kind === 'double-click' ? add(selected, id) : selected;
  }
  if (e.target === 'show-users-button') return { ...s, showUsers: true };
  if (e.target === 'add-button') return add(s, s.selectedName as string | undefined);
  return s;
}

function newUser(s: ScreenState, e: ReactionEvent): ScreenState {
  const [kind, id] = splitKey(e.key);
  const defaults: Readonly<Record<string, boolean>> = { mustChange: true };
  if (kind === 'check' && e.kind === 'activate')
    return { ...s, [id]: !((s[id] as boolean | undefined) ?? defaults[id] ?? false) };
  return s;
}

function migrationWizard(s: ScreenState, e: ReactionEvent): ScreenState {
  const [kind, id] = splitKey(e.key);
  const selected = (s.selectedAccounts as readonly string[] | undefined) ?? [];
  if (kind === 'mailbox' && e.kind === 'activate') {
    return { ...s, selectedAccounts: selected.includes(id) ? selected.filter((m) => m !== id) : [...selected, id] };
  }
  if (e.target === 'select-all-button') return { ...s, selectedAccounts: SAMPLE.msMailUsers.map((u) => u.mailbox) };
  return s;
}

const REACTIONS: Readonly<Record<string, (s: ScreenState, e: ReactionEvent) => ScreenState>> = {
  'exchange-admin': exchangeAdmin,
  'exchange-properties': exchangeProperties,
  'add-users-groups': addUsersGroups,
  'user-manager-new-user': newUser,
  'migration-wizard': migrationWizard,
};

/** What the screen shows after the event (the same object when nothing changes). */
export function react(screen: string, state: ScreenState, e: ReactionEvent): ScreenState {
  const f = Object.hasOwn(REACTIONS, screen) ? REACTIONS[screen] : undefined;
  return f ? f(state, e) : state;
}
