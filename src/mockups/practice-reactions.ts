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
 * "check:mustChange", "mailbox:ANNAB"); see each screen's `itemKey`s. Text
 * typed in a box arrives whole (`type`, with the box's new text), and the
 * dialog shows it.
 *
 * Some moves are done by what the learner leaves on a screen, not by one
 * click: the New User dialog's boxes filled in, several accounts selected in
 * the Migration Wizard. `entryGoal` says, for such a control, when the
 * screen's state holds what the move asks for.
 */
import { SAMPLE } from './sample';
import { EXPANDABLE_NODES, type HierarchyNode, HIERARCHY_NODES, ancestorsOf } from './exchange-hierarchy';

export type PracticeGesture = 'activate' | 'navigate' | 'double-click' | 'type';

export type ReactionEvent = {
  /**
   * activate: click, Enter, Space, a shortcut; navigate: selected with the arrow keys; double-click; type: text
   * typed in a box; expand / collapse: a tree node's +/–; escape: Esc.
   */
  readonly kind: PracticeGesture | 'expand' | 'collapse' | 'escape';
  readonly target: string | null;
  readonly key?: string;
  /** The control is an item of an open menu (choosing it closes the menu). */
  readonly inMenu?: boolean;
  /** type: the box's whole text now (a password box's real characters, not its asterisks). */
  readonly text?: string;
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
      return { ...without(s, 'menu'), expanded: [...open].filter(isExpandable), ...(moved ? { selected: id } : {}) };
    }
    return { ...without(s, 'menu'), selected: id };
  }
  if (kind === 'menu') {
    const menu = id === 'file' || id === 'tools' ? id : undefined;
    return menu && s.menu !== menu ? { ...s, menu } : without(s, 'menu');
  }
  // A command chosen from a menu closes it, and so does a click on anything else (a toolbar button), as in Windows.
  return without(s, 'menu');
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

/**
 * The New User dialog's boxes: target → the state field that holds their text. The password boxes' characters are
 * kept (`password`, `confirm`: the screen draws none of them), and the screen draws as many asterisks.
 */
const NEW_USER_BOXES: Readonly<Record<string, string>> = {
  username: 'username',
  'full-name': 'fullName',
  description: 'description',
  password: 'password',
  'confirm-password': 'confirm',
};

function newUser(s: ScreenState, e: ReactionEvent): ScreenState {
  if (e.kind === 'type') {
    const field = e.target !== null && Object.hasOwn(NEW_USER_BOXES, e.target) ? NEW_USER_BOXES[e.target] : undefined;
    const text = e.text ?? '';
    // Password's length is also Confirm Password's until that is typed in.
    if (field === 'password')
      return {
        ...s,
        password: text,
        passwordLength: text.length,
        confirmLength: s.confirmLength ?? s.passwordLength ?? 0,
      };
    if (field === 'confirm') return { ...s, confirm: text, confirmLength: text.length };
    return field ? { ...s, [field]: text } : s;
  }
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

/** A Windows NT 4 username: 1 to 20 characters, none of " / \\ [ ] : ; | = , + * ? < > (as the screen's spec says). */
const NT_USERNAME = /^[^"/\\[\]:;|=,+*?<>]{1,20}$/;
/** NT 4's longest password. */
const MAX_PASSWORD = 14;
/** "Several" items of a list: at least this many (or as many as the picture after the move selects, if fewer). */
export const SEVERAL = 2;

export type EntryGoal = (state: ScreenState) => boolean;

const textOf = (state: ScreenState, field: string) => (typeof state[field] === 'string' ? state[field] : '');
const itemsOf = (state: ScreenState, field: string) => (Array.isArray(state[field]) ? state[field] : []);
/** The words name the value to type (in bold or as code): then it must be typed as they spell it. */
const spelt = (said: string, value: string) => said.includes(`**${value}**`) || said.includes(`\`${value}\``);

function newUserGoal(target: string, before: ScreenState, after: ScreenState, said: string): EntryGoal | undefined {
  if (!Object.hasOwn(NEW_USER_BOXES, target)) return undefined;
  // The boxes the move fills: empty before it, filled in the picture after it.
  const boxes = ['username', 'fullName', 'description'].filter((f) => textOf(after, f).trim() && !textOf(before, f));
  const secret =
    Number(after.passwordLength ?? 0) > 0 && !Number(before.passwordLength ?? 0) && !textOf(before, 'password');
  if (!boxes.length && !secret) return undefined;
  return (state) =>
    boxes.every((f) => {
      const typed = textOf(state, f).trim();
      const wanted = textOf(after, f).trim();
      if (!typed || (f === 'username' && !NT_USERNAME.test(typed))) return false;
      return !spelt(said, wanted) || typed.toLowerCase() === wanted.toLowerCase();
    }) &&
    (!secret ||
      (textOf(state, 'password').length > 0 &&
        textOf(state, 'password').length <= MAX_PASSWORD &&
        textOf(state, 'confirm') === textOf(state, 'password')));
}

function selectionGoal(field: string, before: ScreenState, after: ScreenState): EntryGoal | undefined {
  const had = itemsOf(before, field).length;
  const wanted = itemsOf(after, field).length;
  if (wanted <= had) return undefined;
  const need = Math.max(had + 1, Math.min(wanted, SEVERAL));
  return (state) => itemsOf(state, field).length >= need;
}

/**
 * For a move on `target` done by what the learner leaves on the screen (typing in the New User dialog's boxes,
 * selecting several accounts), whether a state holds what it asks for: each box the picture after it (`after`)
 * fills and the one before (`before`) leaves empty filled in (a valid username; Password and Confirm Password the
 * same, at most 14 characters), as spelt where the move's words (`said`) spell the value; at least as many items
 * selected as that picture has, up to two ("several"). Undefined when one activation of the control does the move.
 */
export function entryGoal(
  screen: string,
  target: string,
  before: ScreenState,
  after: ScreenState | undefined,
  said = '',
): EntryGoal | undefined {
  if (!after) return undefined;
  if (screen === 'user-manager-new-user') return newUserGoal(target, before, after, said);
  if (screen === 'migration-wizard' && target === 'accounts-list')
    return selectionGoal('selectedAccounts', before, after);
  return undefined;
}

/** What the screen shows after the event (the same object when nothing changes). */
export function react(screen: string, state: ScreenState, e: ReactionEvent): ScreenState {
  const f = Object.hasOwn(REACTIONS, screen) ? REACTIONS[screen] : undefined;
  return f ? f(state, e) : state;
}
