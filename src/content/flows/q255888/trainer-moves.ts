/**
 * The clicks of the fix steps, for trainer mode (Show me, Let me try, Test
 * me), as the default export: by step, then by action (only the trainer's
 * pages load it). Each move names the control to activate in a screen and
 * state, and the other ways Exchange Administrator offers to do the same.
 */
import { move } from '../../authoring';
import type { FlowPractice } from '../../practice';
import type { PracticeAlternative, PracticeMove } from '../../schema';
import { FILL_IN, PASSWORD_OPTIONS, RUN_WIZARD } from './fix-steps';
import { LEVEL_TEXT, type Level, MIGRATION, NEW_USER_FILLED, SERVICE, properties } from './scenario';

// ── Trainer: the other ways Exchange Administrator offers (Try and Test accept each as right) ──
/** The toolbar and the shortcut are drawn from no source (exchange-admin/sources.ts): the hint says so. */
const TOOLBAR_PROPERTIES = 'Click **Properties** on the toolbar (a button no source confirms).';
/** File > Properties without the menu: the toolbar button, or the shortcut the File menu shows beside it. */
export const PROPERTIES_WITHOUT_MENU: PracticeAlternative[] = [
  { target: 'properties-button', covers: 2, how: TOOLBAR_PROPERTIES },
  { target: 'properties-command', covers: 2, how: 'Press **Alt+Enter** (a shortcut no source confirms).' },
];
/**
 * The Site and Configuration objects are also listed in the contents pane on
 * the right while their parent is selected: selected there, File > Properties
 * opens theirs, and a double-click there opens it at once (the documented
 * "or double-click", EX55DOC xgs02011). In the tree a double-click only opens
 * or closes the container, so the tree offers no such shortcut.
 */
export function selectInContents(level: Level): PracticeAlternative[] | undefined {
  if (level === 'organization') return undefined;
  const t = LEVEL_TEXT[level];
  return [
    { target: `${level}-item`, how: `Click **${t.shown}** in the right pane.` },
    {
      target: `${level}-item`,
      gesture: 'double-click',
      covers: 3,
      how: `Double-click **${t.shown}** in the right pane.`,
    },
  ];
}

/** Where the hierarchy selection starts before the learner clicks the object (a neighbour that is visible). */
export const PRACTICE_START: Record<Level, string> = {
  organization: 'recipients',
  site: 'organization',
  configuration: 'site',
};

/** The clicks of a grant step, action by action, for Show / Try / Test. */
function grantPractice(level: Level) {
  const t = LEVEL_TEXT[level];
  const admin = (state: Record<string, unknown>) => ({ screen: 'exchange-admin', state });
  const before = properties(level, 'before', 'permissions-tab', '');
  const added = properties(level, 'added', 'roles-list', '');
  // The account the steps pick is the one a step of the fix created or chose (MigAdmin in the pictures).
  const addUsers = (state: Record<string, unknown>) => ({
    screen: 'add-users-groups',
    state: { account: 'MigAdmin', ...state },
  });
  const addedState = added.state as Record<string, unknown>;
  return {
    'select-object': [
      move(
        admin({ selected: PRACTICE_START[level] }),
        `${level}-node`,
        `Click the **${t.name}** object in the hierarchy on the left.`,
        `The ${t.name} object is selected and the pane on the right lists what it contains.`,
        selectInContents(level),
      ),
    ],
    'open-permissions': [
      move(
        admin({ selected: level }),
        'file-menu',
        'Open the **File** menu.',
        'The File menu drops down.',
        PROPERTIES_WITHOUT_MENU,
      ),
      move(
        admin({ selected: level, menu: 'file' }),
        'properties-command',
        'Choose **Properties**.',
        `The ${t.shown} Properties dialog opens on its General tab.`,
        [{ target: 'properties-button', how: TOOLBAR_PROPERTIES }],
      ),
      move(
        { screen: before.screen, state: { ...before.state, tab: 'general' } },
        'permissions-tab',
        'Click the **Permissions** tab.',
        'The tab lists the Windows NT accounts that hold a role on this object: here the account that ran Exchange Setup and the Exchange service account.',
      ),
    ],
    'add-account': [
      move(
        before,
        'add-button',
        // No full stop after a label that ends in an ellipsis.
        'Click **Add…**',
        'The **Add Users and Groups** dialog opens. Its **Names** list shows only groups.',
      ),
      move(
        addUsers({}),
        'show-users-button',
        'Click **Show Users**.',
        'The user accounts of the domain are listed under the groups.',
      ),
      move(
        addUsers({ showUsers: true }),
        'migration-account',
        'Click the account that will run the migration (here **MigAdmin**) under **Names**.',
        'The account is selected.',
        // Double-clicking a name adds it, as Add does (the NT 4 dialog's behaviour as we know it; not in the stored sources).
        [{ target: 'migration-account', gesture: 'double-click', covers: 2, how: 'Double-click **MigAdmin**.' }],
      ),
      move(
        addUsers({ showUsers: true, selectedName: 'MigAdmin' }),
        'add-button',
        'Click **Add**.',
        `The account is copied into **Add Names** as \`${MIGRATION}\`.`,
      ),
      move(
        addUsers({ showUsers: true, selectedName: 'MigAdmin', addNames: [MIGRATION] }),
        'ok-button',
        'Click **OK**.',
        'The dialog closes. The account now appears under **Windows NT accounts with permissions**.',
      ),
    ],
    'choose-role': [
      move(
        { screen: added.screen, state: { ...addedState, selectedAccount: SERVICE } },
        'migration-account',
        'Click the new account in **Windows NT accounts with permissions**.',
        'It is selected, and the **Roles** list shows the role it holds for now.',
      ),
      move(added, 'roles-list', 'Open the **Roles** list.', `The roles the ${t.name} object offers drop down.`),
      move(
        { screen: added.screen, state: { ...addedState, rolesOpen: true } },
        'permissions-admin-role',
        'Choose **Permissions Admin**.',
        'The account now holds Permissions Admin, and the Rights list ticks the rights that role grants.',
      ),
    ],
    save: [
      {
        ...move(
          properties(level, 'granted', 'ok-button', ''),
          'ok-button',
          'Click **OK**.',
          'The change is saved and the dialog closes.',
        ),
        // Closed: back in the main window, the object still selected.
        after: admin({ selected: level }),
      },
    ],
  } satisfies Record<string, PracticeMove[]>;
}

/**
 * An action whose picture shows the screen after it (the boxes typed in, the box cleared), as its one trainer
 * move: from the state `before` it, on the control its picture points at, in its own words, with what the program
 * does (`result`). Let me try and Test me then check what the learner leaves on the screen against that picture
 * (typed in every box it fills: src/features/trainer/move-goals.ts).
 */
function practiseFrom(
  before: Record<string, unknown>,
  action: { text: string; mockup: { screen: string; target: string } },
  result: string,
): PracticeMove[] {
  const { screen, target } = action.mockup;
  return [{ screen, target, state: before, instruction: action.text, result }];
}

/**
 * Running the wizard again, on its account page: several users selected (Let me try and Test me count two as
 * several, and a third as the learner's own choice, which the picture's three show), then **Next >**: the point
 * where the learner says the selection is done, as in the wizard itself.
 */
function runWizardPractice(): PracticeMove[] {
  const { screen, state, target } = RUN_WIZARD.mockup;
  return [
    move(
      { screen, state: { page: 'accounts' } },
      target,
      'Select several users in the list: two or three for a first batch (our own advice).',
      'They are selected. Select another if you like, then click **Next >**.',
    ),
    move(
      { screen, state },
      'next-button',
      'Click **Next >**.',
      'The wizard goes on with the users you selected: go through its remaining pages as before and let the run finish.',
    ),
  ];
}

export default {
  'create-account': {
    'fill-in': practiseFrom(
      {},
      FILL_IN,
      'The boxes hold what you typed; **Password** and **Confirm Password** show asterisks.',
    ),
    'password-options': practiseFrom(
      NEW_USER_FILLED,
      PASSWORD_OPTIONS,
      'The box is clear: Windows NT will not ask this account for a new password when it first logs on.',
    ),
    // The action's own move (its picture's control, in its words), written for what it does.
    add: [
      {
        screen: 'user-manager-new-user',
        state: { ...NEW_USER_FILLED, mustChange: false },
        target: 'add-button',
        result: 'User Manager creates the account.',
      },
    ],
  },
  'grant-organization': grantPractice('organization'),
  'grant-site': grantPractice('site'),
  'grant-configuration': grantPractice('configuration'),
  'fix-log-on': {
    'run-wizard': runWizardPractice(),
    // The action's own move (a migrated mailbox in its picture, in its words), written for what it shows.
    'check-mailboxes': [
      {
        screen: 'exchange-mailbox-resources',
        target: 'migrated-mailbox',
        result: 'This mailbox now holds items: its messages came across in this run.',
      },
    ],
  },
} satisfies FlowPractice;
