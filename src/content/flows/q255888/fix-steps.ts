/**
 * The fix of KB Q255888 (its Resolution), as steps: choose the account that
 * will run the migration (a new one is created in User Manager for Domains),
 * grant it Permissions Admin on the Organization, Site and Configuration
 * objects, log on as it and migrate again; then whether it worked, and what to
 * do if not.
 */
import type { FlowNode, MockupRef } from '../../schema';
import { LEVEL_TEXT, type Level, MIGRATION, NEW_USER_FILLED, Q, properties } from './scenario';

export const PERMISSIONS_TAB_TIP = {
  title: 'No Permissions tab, or no Rights list?',
  body: [
    'Choose **Tools** > **Options** and open the **Permissions** tab. Select both **Show Permissions page for all objects** and **Display rights for roles on Permissions page**, then click **OK** and open the Properties dialog again.',
    'The first box adds the Permissions tab to objects that hide it; the second shows the Rights list next to the Roles list.',
  ],
  mockup: {
    screen: 'exchange-options',
    state: { showPermissionsPage: true, displayRights: true },
    target: 'show-permissions-page',
    description:
      'The Options dialog of Exchange Administrator (Tools > Options) on its Permissions tab, with both Show Permissions page for all objects and Display rights for roles on Permissions page selected.',
  } satisfies MockupRef,
};

export const OWN_RIGHTS_TIP = {
  title: 'The Add… button is unavailable or the change is refused?',
  body: [
    'Only an account that already holds **Permissions Admin** (or **Service Account Admin**) on an object can change that object’s permissions. Make this change while logged on as such an account, for example the account that installed Exchange: right after Setup, that account and the service account are the ones with admin permissions.',
  ],
};

export const ALREADY_LISTED_TIP = {
  title: 'The account is already in the list?',
  body: [
    'An account already under **Windows NT accounts with permissions** is not added a second time: skip **Add…**, click it and choose **Permissions Admin** in **Roles**.',
    'Never give it **Service Account Admin**, and check that no group it belongs to is listed with that role (the group is our own precaution): that is the cause this article describes.',
  ],
};

export function grantStep(level: Level) {
  const t = LEVEL_TEXT[level];
  const item = `${level}-granted`;
  return {
    kind: 'step' as const,
    id: `grant-${level}`,
    title: `Grant Permissions Admin on the ${t.name} object`,
    intro: [
      `Give the account that will run the migration the **Permissions Admin** role on the ${t.name} object. Leave the accounts already listed as they are: this step only adds one.`,
    ],
    actions: [
      {
        id: 'select-object',
        text: t.where,
        mockup: {
          screen: 'exchange-admin',
          state: { selected: level },
          target: `${level}-node`,
          description: `Microsoft Exchange Administrator with the ${t.name} object selected in the hierarchy on the left; the pane on the right lists what it contains.`,
        },
      },
      {
        id: 'open-permissions',
        text: 'Choose **File** > **Properties**, then click the **Permissions** tab.',
        mockup: properties(
          level,
          'before',
          'permissions-tab',
          `The ${LEVEL_TEXT[level].shown} Properties dialog on its Permissions tab: the account that ran Exchange Setup holds Permissions Admin, the service account Service Account Admin. The Rights list shows because Display rights for roles on Permissions page is selected (Tools > Options; off by default).`,
        ),
      },
      {
        id: 'add-account',
        text: 'Click **Add…**. In **Add Users and Groups**, pick the account under **Names** (click **Show Users** if only groups are listed), click **Add**, then **OK**. The account now appears in **Windows NT accounts with permissions**.',
        mockup: {
          screen: 'add-users-groups',
          state: { showUsers: true, account: 'MigAdmin', selectedName: 'MigAdmin', addNames: [MIGRATION] },
          target: 'add-button',
          description: `The Add Users and Groups dialog that Add… opens. After Show Users, the account MigAdmin is selected under Names and the Add button has copied ${MIGRATION} into Add Names; OK adds it to the list.`,
        },
      },
      {
        id: 'choose-role',
        text: 'Click the account in **Windows NT accounts with permissions**, then choose **Permissions Admin** in the **Roles** list.',
        mockup: properties(
          level,
          'granted',
          'roles-list',
          `The migration account is selected in the list and the Roles list is open on Permissions Admin, among the roles the ${t.name} object offers; the Rights list shows the rights that role grants there.`,
          true,
        ),
      },
      {
        id: 'save',
        text: 'Click **OK** to save the change and close the dialog.',
        mockup: properties(level, 'granted', 'ok-button', 'The OK button at the bottom of the Properties dialog.'),
      },
    ],
    checklist: [
      {
        id: item,
        label: `The account holds Permissions Admin on the ${t.name} object`,
        required: true,
      },
    ],
    tips:
      level === 'organization'
        ? [PERMISSIONS_TAB_TIP, ALREADY_LISTED_TIP, OWN_RIGHTS_TIP]
        : [PERMISSIONS_TAB_TIP, ALREADY_LISTED_TIP],
    source: { ref: Q, section: 'Resolution' as const, note: level === 'organization' ? 'steps 1–3' : 'step 4' },
    next: t.next,
    nextLabel: t.after,
  };
}

/**
 * How to give an account the Windows NT right "Log on locally" (KB Q161495
 * names the right; KB Q231422 shows User > Select Domain with a computer
 * name). The User Rights dialog's own labels are not in our sources: the
 * text says so.
 */
export const LOG_ON_LOCALLY_TEXT =
  'Let the account log on at the Exchange server: grant it the Windows NT right **Log on locally** (KB Q161495). In **User Manager for Domains**, choose **User** > **Select Domain** and type `\\\\` and the server’s name (KB Q231422; not needed on a domain controller, our note); then **Policies** > **User Rights**, pick **Log on locally** and add the account with **Add…**. That dialog’s own labels are not in our sources.';

/** Filling in the New User dialog (its trainer move: trainer-moves.ts). */
export const FILL_IN = {
  id: 'fill-in',
  text: 'Type a **Username** (up to 20 characters), a **Full Name** and a **Description**, then the **Password** and **Confirm Password** (up to 14 characters, case sensitive).',
  mockup: {
    screen: 'user-manager-new-user',
    state: NEW_USER_FILLED,
    target: 'username',
    description:
      'The New User dialog filled in: Username MigAdmin, a full name and a description; Password and Confirm Password show asterisks.',
  },
};

/** The password boxes of the New User dialog (its trainer move: trainer-moves.ts). */
export const PASSWORD_OPTIONS = {
  id: 'password-options',
  text: 'Clear **User Must Change Password at Next Logon** if you will log on as this account straight away, and make sure **Account Disabled** is clear.',
  mockup: {
    screen: 'user-manager-new-user',
    state: { ...NEW_USER_FILLED, mustChange: false },
    target: 'must-change',
    description: 'The New User dialog with User Must Change Password at Next Logon cleared and Account Disabled clear.',
  },
};

/** Running the wizard again on several users (its trainer move, from its first page: trainer-moves.ts). */
export const RUN_WIZARD = {
  id: 'run-wizard',
  text: 'Start the wizard (Start > Programs > Microsoft Exchange > **Microsoft Exchange Migration Wizard**), choose **Migrate from MS Mail for PC Networks** and go through its pages as before. On the account page, select several users whose mail is still to migrate. Our own advice: start with a small batch of two or three users and check that batch before you run the rest.',
  mockup: {
    screen: 'migration-wizard',
    state: { page: 'accounts', selectedAccounts: ['ANNAB', 'BRUNOK', 'CARLAM'] },
    target: 'accounts-list',
    description:
      'The Migration Wizard’s account page, Select Which Accounts You Would Like To Migrate, with three accounts selected for one run.',
  },
};

export const FIX_NODES: readonly FlowNode[] = [
  {
    kind: 'question',
    id: 'fix-account',
    title: 'Choose the account',
    prompt: 'Which Windows NT account will run the migration?',
    help: [
      'The account must hold **Permissions Admin** on the Organization, Site and Configuration objects, and must not hold **Service Account Admin**, neither itself nor through a group (the group is our own precaution): that role is the cause. So not the Exchange service account, which Setup gives Service Account Admin on all three (KB Q168753).',
      'You will log on with it at the Exchange server, which needs the Windows NT right **Log on locally**; Domain Users do not have it by default (KB Q161495).',
    ],
    options: [
      {
        id: 'existing-ready',
        label:
          'An existing account that already holds Permissions Admin on all three objects, and not Service Account Admin',
        next: 'fix-log-on',
      },
      {
        id: 'existing',
        label:
          'An existing Windows NT account that does not hold Permissions Admin yet (on one or more of the three objects)',
        next: 'grant-organization',
      },
      {
        id: 'create',
        label: 'No suitable account yet: create a new one',
        next: 'create-account',
      },
    ],
  },
  {
    kind: 'step',
    id: 'create-account',
    title: 'Create a Windows NT account in User Manager for Domains',
    intro: [
      'You need to be a member of Domain Admins or Account Operators to create domain accounts.',
      'Our own precaution: do not add the new account to a group that holds **Service Account Admin** in Exchange, which would give it the role behind this problem.',
    ],
    actions: [
      {
        id: 'open-user-manager',
        text: 'Start **User Manager for Domains**: Start > Programs > Administrative Tools (Common) > User Manager for Domains.',
      },
      {
        id: 'new-user',
        text: 'Choose **User** > **New User…**.',
        mockup: {
          screen: 'user-manager-new-user',
          state: {},
          description:
            'The empty New User dialog of User Manager for Domains, with User Must Change Password at Next Logon selected.',
        },
      },
      FILL_IN,
      PASSWORD_OPTIONS,
      {
        id: 'add',
        text: 'Click **Add**, then close the New User dialog.',
        mockup: {
          screen: 'user-manager-new-user',
          state: { ...NEW_USER_FILLED, mustChange: false },
          target: 'add-button',
          description: 'The Add button at the top right of the New User dialog creates the account.',
        },
      },
      {
        id: 'log-on-right',
        text: LOG_ON_LOCALLY_TEXT,
      },
    ],
    checklist: [
      { id: 'account-created', label: 'The new account exists and is enabled', required: true },
      { id: 'can-log-on', label: 'The account may log on locally at the Exchange server' },
    ],
    tips: [
      {
        title: 'Will the wizard create Windows NT accounts for the users it migrates?',
        body: [
          'Then the account that runs it must be allowed to: a member of **Domain Admins** or **Account Operators** (**Administrators** to create a mailbox with the account). Add it with the **Groups** button; our own advice: only the group needed, never one that holds **Service Account Admin**.',
        ],
      },
      {
        title: 'Want a mailbox for it too?',
        body: [
          'With Exchange installed, User Manager has an **Exchange** menu; its options can create a mailbox along with the account. Our sources do not say this account needs one.',
        ],
      },
    ],
    source: { ref: Q, section: 'Resolution', note: 'create a new Windows NT account' },
    next: 'grant-organization',
    nextLabel: 'Account created: grant permissions',
  },
  grantStep('organization'),
  grantStep('site'),
  grantStep('configuration'),
  {
    kind: 'step',
    id: 'fix-log-on',
    title: 'Log on as that account and migrate several users again',
    intro: [
      'The role only takes effect for the account you are logged on with, so switch accounts before running the wizard again.',
    ],
    actions: [
      {
        id: 'log-off',
        text: 'Close the Migration Wizard and **Exchange Administrator**, then log off Windows NT (Ctrl+Alt+Delete).',
      },
      {
        id: 'log-on',
        text: 'Log on at the Exchange server as the account that now holds **Permissions Admin** on all three objects. If **User Must Change Password at Next Logon** was left selected, Windows NT first asks for a new password; if it refuses to log the account on there, it lacks the right to log on locally: see the tip “Windows NT will not log the account on at the server?”.',
      },
      RUN_WIZARD,
      {
        id: 'check-summary',
        text: 'When the wizard has finished, open the Application log in **Event Viewer** (Start > Programs > Administrative Tools (Common)) and double-click the information event **10068** from `MSExchangeMig`, logged at the end of every run (KB Q169130). Under **Import**, **E-Mail Messages** should now be more than 0, with no new MSExchangeMig errors. (Reading 0 there as this problem is our own reading of the event.)',
      },
      {
        id: 'check-mailboxes',
        text: 'Per mailbox: in **Microsoft Exchange Administrator** expand **Configuration**, **Servers**, your server and **Private Information Store**, then click **Mailbox Resources** (our own advice, after KB Q188637 for Exchange Server 5.5; if yours has none, use the 10068 event). The right pane lists each mailbox with its size and number of items; this run’s users should now show their messages (David Wong, not in this run, still shows 0). Exchange Administrator cannot open a mailbox to show the messages themselves.',
        mockup: {
          screen: 'exchange-mailbox-resources',
          state: {},
          target: 'migrated-mailbox',
          description:
            'Exchange Administrator with Mailbox Resources selected under the server’s Private Information Store: each mailbox with its size in K and number of items; the three users of this run now hold many items, and David Wong, who was not in this run, still holds 0. The column names and numbers are our own illustration.',
        },
      },
      {
        id: 'check-client',
        text: 'To see the messages themselves, log on to a migrated mailbox as that user with an Exchange client or Outlook and look for the old MS Mail messages. Passwords the wizard set are in the file Accounts.password (KB Q200004). “You do not have Permissions to log on” right after a migration clears within two hours (KB Q199309).',
      },
    ],
    tips: [{ title: 'Windows NT will not log the account on at the server?', body: [LOG_ON_LOCALLY_TEXT] }],
    checklist: [
      { id: 'logged-on', label: 'Logged on as the account with Permissions Admin', required: true },
      { id: 'migrated-again', label: 'Migrated several users in one run', required: true },
    ],
    source: { ref: Q, section: 'Resolution', note: 'log on as a user with the Permissions Admin role' },
    next: 'verify',
    nextLabel: 'Check the result',
  },
  {
    kind: 'question',
    id: 'verify',
    title: 'Did it work?',
    prompt: 'Did the messages arrive in the migrated mailboxes this time?',
    help: [
      'The last step shows three ways to check: the 10068 event of the run, **Mailbox Resources** in Exchange Administrator, or logging on to a migrated mailbox with an Exchange client.',
    ],
    options: [
      { id: 'yes', label: 'Yes, the mail arrived for every user', next: 'resolved' },
      { id: 'partly', label: 'Only for some users', next: 'escalate' },
      { id: 'no', label: 'No, the mailboxes are still empty', next: 'escalate' },
    ],
  },
  {
    kind: 'outcome',
    id: 'resolved',
    type: 'resolved',
    title: 'Resolved: the messages were migrated',
    summary:
      'Running the migration as an account with Permissions Admin on the Organization, Site and Configuration objects brought the mail across.',
    body: [
      'Our own advice: keep using this account for the remaining migration runs. The permissions you added can stay; remove them later if your policy requires it.',
    ],
    source: { ref: Q, section: 'Resolution' },
  },
  {
    kind: 'outcome',
    id: 'escalate',
    type: 'escalate',
    title: 'Still not working: hand the case over',
    summary:
      'The fix from Q255888 did not bring the mail across. The case’s summary for the ticket (Copy for ticket) lists everything answered and done, for second-line support.',
    nextChecks: [
      'Export or copy the Application log events (MSExchangeMig) from the last run and attach them.',
      'Confirm once more that the account holds **Permissions Admin** on the Organization, Site and Configuration objects, and that you were logged on as that account.',
      'Note which users failed and whether any of them had their MS Mail password reset recently (see KB Q168606).',
    ],
    source: { ref: Q, section: 'Resolution' },
  },
];
