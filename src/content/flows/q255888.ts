/**
 * KB Q255888: "XFOR: Migration from MS Mail to Exchange Server Does Not Work".
 * Symptoms, cause and fix as data, written in our own words. Literal strings
 * (event text, role names, on-screen labels) match the article and
 * shared/reference/domain-facts.md exactly.
 */
import type {
  Evidence,
  Flow,
  HowToCheck,
  MockupRef,
  PracticeAlternative,
  PracticeMove,
  QuestionNode,
  Source,
} from '../schema';

const Q = 'Q255888';
const DIAGNOSIS = 'diagnosis-q255888';

const SERVICE = 'ACMEDOM\\ExchService';
/** The event of the article's Symptoms, exactly as it prints it (the Event Viewer pictures draw it). */
const EVENT_7044 = {
  id: '7044',
  source: 'MSExchangeMig',
  type: 'Error',
  category: 'None',
  description: 'Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.',
};
const MIGRATION = 'ACMEDOM\\MigAdmin';
/**
 * The account that ran Exchange Setup: right after Setup it and the service
 * account are the ones with admin permissions (EX55DOC xgs03001, in
 * domain-facts §1.7). Which role Setup gives it is not in our sources; we
 * draw Permissions Admin (unverified).
 */
const SETUP = 'ACMEDOM\\Administrator';

type Level = 'organization' | 'site' | 'configuration';

/** The Properties dialog of a container object, on its Permissions tab. */
function properties(
  object: Level,
  stage: 'before' | 'added' | 'granted',
  target: string,
  description: string,
  /** Show the Roles drop-down opened (its list of roles). */
  rolesOpen = false,
): MockupRef {
  const accounts = [
    { account: SETUP, role: 'Permissions Admin' },
    { account: SERVICE, role: 'Service Account Admin' },
    ...(stage === 'before' ? [] : [{ account: MIGRATION, role: stage === 'granted' ? 'Permissions Admin' : 'Admin' }]),
  ];
  return {
    screen: 'exchange-properties',
    state: {
      object,
      tab: 'permissions',
      accounts,
      selectedAccount: stage === 'before' ? SERVICE : MIGRATION,
      // Drawn with the Rights list: the Permissions-tab tip turns on "Display rights for roles on Permissions page".
      showRights: true,
      ...(rolesOpen ? { rolesOpen } : {}),
    },
    target,
    description,
  };
}

const LEVEL_TEXT: Record<Level, { name: string; shown: string; where: string; next: string; after: string }> = {
  organization: {
    name: 'Organization',
    shown: 'ACME',
    where:
      'In **Microsoft Exchange Administrator**, click the Organization object: the top of the hierarchy on the left, shown under your organization’s name.',
    next: 'grant-site',
    after: 'Next: the Site object',
  },
  site: {
    name: 'Site',
    shown: 'HEADOFFICE',
    where:
      'In the hierarchy, expand the organization and click the Site object (shown under your site’s name).',
    next: 'grant-configuration',
    after: 'Next: the Configuration object',
  },
  configuration: {
    name: 'Configuration',
    shown: 'Configuration',
    where: 'In the hierarchy, expand the site and click its **Configuration** container.',
    next: 'fix-log-on',
    after: 'All three levels are done',
  },
};

const PERMISSIONS_TAB_TIP = {
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

const OWN_RIGHTS_TIP = {
  title: 'The Add… button is unavailable or the change is refused?',
  body: [
    'Only an account that already holds **Permissions Admin** (or **Service Account Admin**) on an object can change that object’s permissions. Make this change while logged on as such an account, for example the account that installed Exchange: right after Setup, that account and the service account are the ones with admin permissions.',
  ],
};

const ALREADY_LISTED_TIP = {
  title: 'The account is already in the list?',
  body: [
    'An account already under **Windows NT accounts with permissions** is not added a second time: skip **Add…**, click it and choose **Permissions Admin** in **Roles**.',
    'Never give it **Service Account Admin**, and check that no group it belongs to is listed with that role: that is the cause this article describes.',
  ],
};

/** One trainer move: in this screen and state, activate `target` (or one of the `alternatives`). */
function move(
  at: Pick<MockupRef, 'screen' | 'state'>,
  target: string,
  instruction: string,
  result?: string,
  alternatives?: PracticeAlternative[],
): PracticeMove {
  return {
    screen: at.screen,
    ...(at.state ? { state: at.state } : {}),
    target,
    instruction,
    ...(result ? { result } : {}),
    ...(alternatives ? { alternatives } : {}),
  };
}

// ── Trainer: the other ways Exchange Administrator offers (Try and Test accept each as right) ──
/** File > Properties without the menu: the toolbar button, or the shortcut the File menu shows beside it. */
const PROPERTIES_WITHOUT_MENU: PracticeAlternative[] = [
  { target: 'properties-button', covers: 2, how: 'Click **Properties** on the toolbar.' },
  { target: 'properties-command', covers: 2, how: 'Press **Alt+Enter**.' },
];
/**
 * The Site and Configuration objects are also listed in the contents pane on
 * the right while their parent is selected: selected there, File > Properties
 * opens theirs, and a double-click there opens it at once (the documented
 * "or double-click", EX55DOC xgs02011). In the tree a double-click only opens
 * or closes the container, so the tree offers no such shortcut.
 */
function selectInContents(level: Level): PracticeAlternative[] | undefined {
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
const PRACTICE_START: Record<Level, string> = { organization: 'recipients', site: 'organization', configuration: 'site' };

/** The clicks of a grant step, action by action, for Show / Try / Test. */
function grantPractice(level: Level) {
  const t = LEVEL_TEXT[level];
  const admin = (state: Record<string, unknown>) => ({ screen: 'exchange-admin', state });
  const before = properties(level, 'before', 'permissions-tab', '');
  const added = properties(level, 'added', 'roles-list', '');
  const addUsers = (state: Record<string, unknown>) => ({ screen: 'add-users-groups', state });
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
        [{ target: 'properties-button', how: 'Click **Properties** on the toolbar.' }],
      ),
      move(
        { screen: before.screen, state: { ...before.state, tab: 'general' } },
        'permissions-tab',
        'Click the **Permissions** tab.',
        'The tab lists the Windows NT accounts that hold a role on this object: here the account that ran Exchange Setup and the Exchange service account.',
      ),
    ],
    'add-account': [
      move(before, 'add-button', 'Click **Add…**.', 'The **Add Users and Groups** dialog opens. Its **Names** list shows only groups.'),
      move(addUsers({}), 'show-users-button', 'Click **Show Users**.', 'The user accounts of the domain are listed under the groups.'),
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
        ...move(properties(level, 'granted', 'ok-button', ''), 'ok-button', 'Click **OK**.', 'The change is saved and the dialog closes.'),
        // Closed: back in the main window, the object still selected.
        after: admin({ selected: level }),
      },
    ],
  } satisfies Record<string, PracticeMove[]>;
}

function grantStep(level: Level) {
  const t = LEVEL_TEXT[level];
  const item = `${level}-granted`;
  const practice = grantPractice(level);
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
        practice: practice['select-object'],
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
        practice: practice['open-permissions'],
        text: 'Choose **File** > **Properties**, then click the **Permissions** tab.',
        mockup: properties(
          level,
          'before',
          'permissions-tab',
          `The ${LEVEL_TEXT[level].shown} Properties dialog on its Permissions tab: the account that ran Exchange Setup holds Permissions Admin, the service account Service Account Admin. The Rights list appears only when Display rights for roles on Permissions page is selected (Tools > Options; off until then).`,
        ),
      },
      {
        id: 'add-account',
        practice: practice['add-account'],
        text: 'Click **Add…**. In **Add Users and Groups**, pick the account under **Names** (click **Show Users** if only groups are listed), click **Add**, then **OK**. The account now appears in **Windows NT accounts with permissions**.',
        mockup: {
          screen: 'add-users-groups',
          state: { showUsers: true, selectedName: 'MigAdmin', addNames: [MIGRATION] },
          target: 'add-button',
          description: `The Add Users and Groups dialog that Add… opens. After Show Users, the account MigAdmin is selected under Names and the Add button has copied ${MIGRATION} into Add Names; OK adds it to the list.`,
        },
      },
      {
        id: 'choose-role',
        practice: practice['choose-role'],
        text: 'Click the account in **Windows NT accounts with permissions**, then choose **Permissions Admin** in the **Roles** list.',
        mockup: properties(
          level,
          'granted',
          'roles-list',
          `The migration account is selected in the list and the Roles list is open on Permissions Admin, among the roles the ${t.name} object offers. With Display rights for roles on Permissions page selected (Tools > Options), the Rights list shows the rights that role grants on the ${t.name} object.`,
          true,
        ),
      },
      {
        id: 'save',
        practice: practice.save,
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
    tips: level === 'organization' ? [PERMISSIONS_TAB_TIP, ALREADY_LISTED_TIP, OWN_RIGHTS_TIP] : [PERMISSIONS_TAB_TIP, ALREADY_LISTED_TIP],
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
const LOG_ON_LOCALLY_TEXT =
  'Let the account log on at the Exchange server: grant it the Windows NT right **Log on locally** (KB Q161495). In **User Manager for Domains**, unless the server is a domain controller, choose **User** > **Select Domain** and type `\\\\` and the server’s name (KB Q231422); then **Policies** > **User Rights**, pick **Log on locally** and add the account with **Add…**. That dialog’s own labels are not in our sources.';

// ── Evidence helpers ────────────────────────────────────────────────────
/**
 * Evidence that a question was answered with one of `supports`: every other
 * option contradicts it, except the neutral "Not sure" answer.
 */
function only(question: QuestionNode, supports: readonly string[], source?: Source): Evidence {
  return {
    question: question.id,
    supports: [...supports],
    contradicts: question.options.filter((o) => !o.unsure && !supports.includes(o.id)).map((o) => o.id),
    ...(source ? { source } : {}),
  };
}

/** Evidence that a question was NOT answered with any of `contradicts` (all else is compatible). */
function not(question: QuestionNode, contradicts: readonly string[], source?: Source): Evidence {
  return { question: question.id, contradicts: [...contradicts], ...(source ? { source } : {}) };
}

const kb = (ref: string, section: Source['section'], note?: string): Source => (note ? { ref, section, note } : { ref, section });
const DOC_MIGRATION = 'Exchange Server 5.5 documentation, Migration (xmg04022)';
const DOC_NT_ACCOUNTS = 'Exchange Server 5.5 documentation, Migration (xmg06010, xmg06011)';

/** Application log: how to open it and read an event (shared by the event questions). */
const READ_THE_LOG: HowToCheck = {
  title: 'How to read the Application log',
  steps: [
    'On the server where the Migration Wizard ran, start **Event Viewer**: Start > Programs > Administrative Tools (Common) > **Event Viewer**.',
    'Choose **Log** > **Application**. Errors show a red stop sign, warnings a yellow “!”.',
    'Look for entries whose **Source** is `MSExchangeMig` around the time of the migration, and double-click one to open its details.',
    'Note the **Event ID** and read the **Description**. You can also copy what you see into the “Paste an event” box on this page and let the wizard read it.',
  ],
  mockup: {
    screen: 'event-viewer',
    // One 7044 per account of a run of three users.
    state: { view: 'log', event: EVENT_7044, count: 3 },
    target: 'event-row',
    description:
      'Event Viewer showing the Application log after a migration of several users: MSExchangeMig errors with Event 7044, one per account, and an information event 10068 at the end of the run. Double-clicking an entry opens its Event Detail.',
  },
};

// ── Symptom questions, most decisive first ───────────────────────────────
const appLogEvent: QuestionNode = {
  kind: 'question',
  id: 'app-log-event',
  title: 'Application log event',
  prompt: 'Which error does the Application log on the Exchange server show for the migration?',
  help: [
    'Open **Event Viewer** on the server where the Migration Wizard ran, choose **Log** > **Application**, and look for entries from the source `MSExchangeMig` around the time of the migration.',
  ],
  mockup: {
    screen: 'event-viewer',
    state: { view: 'detail', event: EVENT_7044 },
    target: 'description',
    description:
      'Event Detail of the error as the article prints it: Event ID 7044, Source MSExchangeMig, Type Error, Category None, Description “Internal failure communicating with MAPI Spooler. Account %1. Return code 80004005.”',
  },
  howToCheck: READ_THE_LOG,
  options: [
    {
      id: 'event-7044',
      label: 'Event ID 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”, return code 80004005',
      next: 'mailboxes-created',
    },
    {
      id: 'other-event',
      label: 'A different MSExchangeMig error, or an error message from the wizard',
      hint: 'For example event 7026, 7017, 7000, 7007, 7034, 145 or 4088, or the message “Invalid server specified”. The next question asks which.',
      next: 'which-event',
    },
    {
      id: 'no-event',
      label: 'No MSExchangeMig error at all',
      hint: 'The article says the event may be logged, so its absence does not rule this out.',
      next: 'mailboxes-created',
    },
    {
      id: 'not-sure',
      label: 'Not sure / have not looked yet',
      unsure: true,
      next: 'mailboxes-created',
    },
  ],
};

const whichEvent: QuestionNode = {
  kind: 'question',
  id: 'which-event',
  title: 'Which migration error',
  prompt: 'Which error did the migration report?',
  help: [
    'Pick the **Event ID** of the `MSExchangeMig` error in the Application log, or the message the Migration Wizard showed on screen. Each of these is described in its own Microsoft Knowledge Base article.',
  ],
  howToCheck: READ_THE_LOG,
  options: [
    { id: 'event-7026', label: 'Event ID 7026: “Migration Aborted due to Mapi logon failure.”', next: 'version-7026' },
    { id: 'event-7017', label: 'Event ID 7017: “Could not log onto the Message Store for Account: …”', next: 'version-7017' },
    {
      id: 'event-7000-7007',
      label: 'Event ID 7000 or 7007: “Could not migrate PAB file for account: …” or “Could not migrate MMF file for Account: …”',
      next: 'cause-7000-7007-mmf',
    },
    { id: 'event-7034', label: 'Event ID 7034: “User … not found in the postoffice …”', next: 'version-7034' },
    {
      id: 'event-145',
      label: 'Event ID 145: “Error Configuring the profile for Account: Microsoft System Attendant”, or the message “The address book is unavailable…”',
      next: 'cause-145-emsui',
    },
    { id: 'event-4088', label: 'Event ID 4088: “An error occurred accessing a message in folder …”', next: 'version-4088' },
    { id: 'invalid-server', label: 'The wizard said “Invalid server specified” when the migration started', next: 'cause-invalid-server' },
    {
      id: 'access-violation',
      label: 'The Migration Wizard (Mailmig.exe) stopped with an access violation while migrating private folders',
      next: 'cause-access-violation',
    },
    { id: 'another-event', label: 'Another error, not listed here', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure which', unsure: true, next: 'not-this-other-event' },
  ],
};

const VERSION_CHECK: HowToCheck = {
  title: 'How to find the Exchange Server version',
  steps: [
    'In **Microsoft Exchange Administrator**, open the **Help** menu and choose **About**: it names the version and service pack.',
    'Or ask whoever installed the server, or check the label of the installation CD.',
  ],
};

/**
 * The articles about events 7026 (Q182665, Q183312, Q242184), 7034 (Q169130)
 * and 4088 (Q234733) cover Exchange Server 5.5 only, so the version is asked
 * before any of them is named. One question per event, because each leads on
 * to its own next question.
 */
function versionGate(event: string, next: string, articles: string): QuestionNode {
  return {
    kind: 'question',
    id: `version-${event}`,
    title: 'Exchange Server version',
    prompt: 'Which version of Exchange Server are you migrating to?',
    help: [`The articles about event ${event} (${articles}) cover Exchange Server 5.5 only.`],
    howToCheck: VERSION_CHECK,
    options: [
      { id: 'ex55', label: 'Exchange Server 5.5 (with or without a service pack)', next },
      { id: 'other', label: 'Exchange Server 5.0, or another version', next: 'not-this-other-event' },
      { id: 'not-sure', label: 'Not sure', unsure: true, next },
    ],
  };
}

const version7026 = versionGate('7026', 'mailbox-origin', 'KB Q182665, Q183312 and Q242184');
const version7034 = versionGate('7034', 'control-file', 'KB Q169130');
const version4088 = versionGate('4088', 'cause-4088-message', 'KB Q234733');
/**
 * KB Q186742 (event 7017) covers Exchange Server 5.0 and 5.5. The answer is
 * asked here because the case hands over to that article's guide, which asks
 * it too: it is carried over, not asked twice.
 */
const version7017: QuestionNode = {
  kind: 'question',
  id: 'version-7017',
  title: 'Exchange Server version',
  prompt: 'Which version of Exchange Server are you migrating to?',
  howToCheck: VERSION_CHECK,
  options: [
    { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'cause-7017-alias' },
    { id: 'other', label: 'Another version (for example Exchange 4.0 or Exchange 2000)', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7017-alias' },
  ],
};
const EX55 = (q: QuestionNode, ref: string) => only(q, ['ex55'], kb(ref, 'Symptoms', 'applies to Exchange Server 5.5'));

const mailboxOrigin: QuestionNode = {
  kind: 'question',
  id: 'mailbox-origin',
  title: 'Where the mailboxes came from',
  prompt: 'How did the Exchange mailboxes of the users that failed come to exist?',
  help: [
    'Event 7026 means the wizard could not find the mailbox to put the messages in. It looks for the mailbox by a `MIGRATE` address that it adds when it creates the mailbox itself, so how the mailbox was made tells the known causes apart.',
  ],
  howToCheck: {
    title: 'How to find out where a mailbox came from',
    steps: [
      'Ask whoever prepared the migration whether the mailboxes were created before the Migration Wizard ran (by hand in **Exchange Administrator**, or by **Tools** > **Directory Import**), or by the wizard itself.',
      'If a two-step migration was used, find the user list (.csv) file the first step wrote and ask whether anyone edited it before the second step.',
      'If the user had a custom recipient in Exchange before the migration (an entry pointing at their MS Mail address), the wizard turns it into the mailbox.',
    ],
  },
  options: [
    {
      id: 'two-step-edited',
      label: 'A two-step migration created them, and the user list (.csv) file was edited between the two steps',
      next: 'csv-proxy',
    },
    {
      id: 'pre-created',
      label: 'They were created before the migration, by hand or by a directory import',
      next: 'cause-7026-precreated',
    },
    {
      id: 'custom-recipient',
      label: 'The user already had a custom recipient in Exchange, which the wizard turned into the mailbox',
      next: 'cause-7026-custom-recipient',
    },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7026-open' },
  ],
};

const csvProxy: QuestionNode = {
  kind: 'question',
  id: 'csv-proxy',
  title: 'MIGRATE address in the .csv file',
  prompt: 'In the edited .csv file, do the failing users still have their `migrate:` address in the **Secondary-Proxy-Addresses** column?',
  help: ['The first step of a two-step migration writes an address such as `migrate:MS:NET/PO/USER` for each user.'],
  howToCheck: {
    title: 'How to check the .csv file',
    steps: [
      'Open a copy of the user list (.csv) file in a text editor or in Excel. Do not save changes to the original.',
      'Find the line of a user whose mail was not migrated.',
      'Search that line for `migrate:`. If it is there (in the **Secondary-Proxy-Addresses** column), the address was kept; if it is gone, it was removed.',
    ],
  },
  options: [
    { id: 'removed', label: 'No: the migrate: address was removed', next: 'cause-7026-csv-proxy' },
    { id: 'kept', label: 'Yes: the migrate: address is still there', next: 'cause-7026-open' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7026-csv-proxy' },
  ],
};

const controlFile: QuestionNode = {
  kind: 'question',
  id: 'control-file',
  title: 'Command-line run with a user list',
  prompt: 'Did you run the Migration Wizard (**Mailmig.exe**) from a command prompt, with a control file that names a user list file?',
  howToCheck: {
    title: 'How to tell how the wizard was run',
    steps: [
      'If you started the wizard from Start > Programs > Microsoft Exchange and picked the users on its account page, the answer is **No**.',
      'If a batch file or a scheduled command started `Mailmig.exe` with a control file, open that control file and look for a line naming a user list file: then the answer is **Yes**.',
    ],
  },
  options: [
    { id: 'yes', label: 'Yes, from a command prompt with a control file and a user list file', next: 'cause-7034-control-file' },
    { id: 'no', label: 'No, I used the wizard’s screens', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7034-control-file' },
  ],
};

const mailboxesCreated: QuestionNode = {
  kind: 'question',
  id: 'mailboxes-created',
  title: 'What the migration left behind',
  prompt: 'After the migration, what do you find in Exchange for the users you migrated?',
  howToCheck: {
    title: 'How to check the migrated mailboxes',
    steps: [
      'In **Microsoft Exchange Administrator**, expand your site and click **Recipients**: migrated users appear there with their display names.',
      'To see whether messages arrived, log on to one migrated mailbox with an Exchange client (or ask the user to) and look in the Inbox and folders for old MS Mail messages.',
      'The Application log also has an information event 10068 from `MSExchangeMig` at the end of each run, with counts of accounts and e-mail messages extracted and imported.',
    ],
    mockup: {
      screen: 'exchange-admin',
      state: { selected: 'recipients' },
      target: 'recipients-node',
      description: 'Exchange Administrator with the Recipients container of the site selected; the right-hand pane lists the mailboxes.',
    },
  },
  options: [
    {
      id: 'created-no-mail',
      label: 'Their Windows NT accounts and mailboxes exist, but the mailboxes are empty: the messages were not migrated',
      next: 'batch-size',
    },
    { id: 'not-created', label: 'The accounts or mailboxes were not created at all', next: 'creation-problem' },
    { id: 'mail-arrived', label: 'Mailboxes and messages arrived; something else is wrong', next: 'after-migration' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'batch-size' },
  ],
};

const creationProblem: QuestionNode = {
  kind: 'question',
  id: 'creation-problem',
  title: 'What stopped the accounts',
  prompt: 'What did you see when the accounts or mailboxes were not created?',
  howToCheck: {
    title: 'How to find what went wrong',
    steps: [
      'Run the wizard again for one user and note any message it shows before or during the migration.',
      'Check the Application log for `MSExchangeMig` errors from the run; if you find one, go back to the first question and choose it.',
    ],
  },
  options: [
    { id: 'invalid-server', label: 'The wizard said “Invalid server specified”', next: 'cause-invalid-server' },
    {
      id: 'nt-account-errors',
      label: 'Errors creating the Windows NT accounts',
      next: 'cause-nt-name-length',
    },
    { id: 'other', label: 'Something else, or no message at all', next: 'not-this-symptoms' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'not-this-symptoms' },
  ],
};

const afterMigration: QuestionNode = {
  kind: 'question',
  id: 'after-migration',
  title: 'What is wrong after the migration',
  prompt: 'The mailboxes and messages arrived. What is still wrong?',
  options: [
    {
      id: 'recent-missing',
      label: 'Recent messages are missing: mail that reached MS Mail after the migration did not come across',
      next: 'cause-recent-mail',
    },
    {
      id: 'wrong-account',
      label: 'A mailbox is linked to the wrong Windows NT account, or its permissions went to the wrong account',
      next: 'cause-nt-name-length',
    },
    { id: 'something-else', label: 'Something else', next: 'not-this-symptoms' },
  ],
};

const batchSize: QuestionNode = {
  kind: 'question',
  id: 'batch-size',
  title: 'Users per run',
  prompt: 'How many users did you select in the migration run that failed?',
  howToCheck: {
    title: 'How to tell how many users were in the run',
    steps: [
      'Ask whoever ran the wizard how many accounts were selected on its account page (**Select Which Accounts You Would Like To Migrate**).',
      'Or open the information event 10068 from `MSExchangeMig` logged at the end of the run: its **Accounts** counts show how many accounts the run handled.',
    ],
  },
  options: [
    { id: 'several', label: 'More than one user at a time', next: 'single-user' },
    { id: 'one', label: 'A single user', next: 'not-this-symptoms' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'single-user' },
  ],
};

const singleUser: QuestionNode = {
  kind: 'question',
  id: 'single-user',
  title: 'Migrating one user alone',
  prompt: 'If you migrate just one of those users on their own, do that user’s messages arrive?',
  howToCheck: {
    title: 'How to try one user on their own',
    steps: [
      'Start the Migration Wizard again (Start > Programs > Microsoft Exchange > **Microsoft Exchange Migration Wizard**), logged on as the same account as before.',
      'Go through the same choices, but on the account page select only one user whose mail did not arrive.',
      'When it finishes, check whether that user’s mail arrived: under **Import** in the run’s 10068 event, in **Mailbox Resources**, or by logging on to the mailbox with an Exchange client (the last step of the fix shows each). Then come back and answer.',
    ],
    mockup: {
      screen: 'migration-wizard',
      state: { page: 'accounts', selectedAccounts: ['ANNAB'] },
      target: 'accounts-list',
      description: 'The Migration Wizard’s account page with a single account selected.',
    },
  },
  options: [
    { id: 'works', label: 'Yes, one user at a time works', next: 'logged-on-role' },
    { id: 'fails', label: 'No, a single user fails the same way', next: 'not-this-symptoms' },
    {
      id: 'not-tried',
      label: 'Not tried yet',
      hint: 'Trying one user on their own is a quick way to confirm this article.',
      unsure: true,
      next: 'logged-on-role',
    },
  ],
};

const loggedOnRole: QuestionNode = {
  kind: 'question',
  id: 'logged-on-role',
  title: 'Role of the logged-on account',
  prompt:
    'Which Exchange role does the Windows NT account you were logged on with (when you ran the Migration Wizard) hold?',
  help: [
    'In **Microsoft Exchange Administrator**, open the Organization object’s **Properties** and its **Permissions** tab: the **Windows NT accounts with permissions** list shows each account with its role.',
    'The Exchange service account holds **Service Account Admin** on the Organization, Site and Configuration objects by default, so running the wizard while logged on as the service account counts as that role.',
  ],
  mockup: {
    screen: 'exchange-properties',
    state: {
      object: 'organization',
      tab: 'permissions',
      accounts: [
        { account: SETUP, role: 'Permissions Admin' },
        { account: SERVICE, role: 'Service Account Admin' },
      ],
      selectedAccount: SERVICE,
      // As it looks by default: roles only, no Rights list (Tools > Options > "Display rights for roles on Permissions page" is off).
      showRights: false,
    },
    target: 'accounts-list',
    description:
      'The Properties dialog of the organization (its title bar reads “ACME Properties”) on its Permissions tab, as it looks by default, without the Rights list. The account that ran Exchange Setup is listed with Permissions Admin; the service account is selected, and the Roles box shows Service Account Admin.',
  },
  howToCheck: {
    title: 'How to see which role an account holds',
    steps: [
      'Note which Windows NT account you were logged on with when you ran the wizard (the name shown when you press Ctrl+Alt+Del).',
      'Start **Microsoft Exchange Administrator** and click the Organization object at the top of the hierarchy.',
      'Choose **File** > **Properties** and click the **Permissions** tab.',
      'Find the account in **Windows NT accounts with permissions** and click it: the **Roles** box shows its role. Repeat on the Site object and its **Configuration** container.',
      'No Permissions tab, or no rights shown? Choose **Tools** > **Options** > **Permissions** and select **Show Permissions page for all objects** and **Display rights for roles on Permissions page**.',
    ],
    mockup: {
      screen: 'exchange-admin',
      state: { selected: 'organization', menu: 'file' },
      target: 'properties-command',
      description: 'Exchange Administrator with the Organization object selected and the File menu open on its Properties command.',
    },
  },
  options: [
    { id: 'service-account-admin', label: 'Service Account Admin', next: 'exchange-version' },
    {
      id: 'permissions-admin',
      label: 'Permissions Admin on the Organization, Site and Configuration objects',
      next: 'not-this-role',
    },
    {
      id: 'other-role',
      label: 'Another role (Admin, View Only Admin, User) or no role',
      next: 'not-this-role',
    },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'exchange-version' },
  ],
};

const exchangeVersion: QuestionNode = {
  kind: 'question',
  id: 'exchange-version',
  title: 'Exchange Server version',
  prompt: 'Which version of Exchange Server are you migrating to?',
  howToCheck: VERSION_CHECK,
  options: [
    { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'source-version' },
    { id: 'other', label: 'Another version (for example Exchange 4.0 or Exchange 2000)', next: 'not-applicable-version' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'source-version' },
  ],
};

const sourceVersion: QuestionNode = {
  kind: 'question',
  id: 'source-version',
  title: 'Source mail system',
  prompt: 'Which mail system are the users coming from?',
  howToCheck: {
    title: 'How to tell the source system',
    steps: [
      'On the first page of the Migration Wizard, the source you chose was **Migrate from MS Mail for PC Networks** if the users come from an MS Mail postoffice on a PC network.',
      'Ask the MS Mail administrator which version the postoffice runs (3.2, 3.2a or 3.5).',
    ],
    mockup: {
      screen: 'migration-wizard',
      state: { page: 'source' },
      target: 'source-msmail',
      description: 'The first page of the Migration Wizard with the option “Migrate from MS Mail for PC Networks”.',
    },
  },
  options: [
    { id: 'msmail-3x', label: 'Microsoft Mail for PC Networks 3.2, 3.2a or 3.5', next: DIAGNOSIS },
    {
      id: 'other',
      label: 'Another system or version (MS Mail for AppleTalk, cc:Mail, GroupWise, …)',
      next: 'not-applicable-source',
    },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: DIAGNOSIS },
  ],
};

const Q255888_SYMPTOMS: Evidence[] = [
  // "No event" stays neutral: the article says the event *may* be logged.
  { question: appLogEvent.id, supports: ['event-7044'], contradicts: ['other-event'], source: kb(Q, 'Symptoms') },
  only(mailboxesCreated, ['created-no-mail'], kb(Q, 'Symptoms')),
  only(batchSize, ['several'], kb(Q, 'Symptoms')),
  only(singleUser, ['works'], kb(Q, 'Symptoms')),
  only(loggedOnRole, ['service-account-admin'], kb(Q, 'Cause')),
];

/** Evidence shared by every outcome reached through "a different error": the log shows a different error. */
const OTHER_ERROR = (ref: string) => only(appLogEvent, ['other-event'], kb(ref, 'Symptoms'));
/** Causes on the symptom path: if the log showed a specific other error, that error's article comes first. */
const NO_OTHER_ERROR = (ref: string, section: Source['section'] = 'Symptoms') =>
  not(appLogEvent, ['other-event'], kb(ref, section, 'no other MSExchangeMig error names a different cause'));

export const q255888Flow: Flow = {
  id: 'q255888',
  revision: 4,
  revisions: [
    { revision: 1, date: '2026-11-25', changes: ['First version: the symptoms, the diagnosis and the fix of KB Q255888.'] },
    {
      revision: 2,
      date: '2026-11-25',
      changes: [
        'Other known causes of failed MS Mail migrations, each with its own article.',
        '“Not sure” answers with a guide to checking, and pasted Event Viewer text.',
      ],
    },
    {
      revision: 3,
      date: '2026-12-03',
      changes: [
        'The result says how sure it is and names the answers that would settle it.',
        'Before naming an article about event 7026, 7034 or 4088, the guide asks for the Exchange Server version: those articles cover 5.5 only.',
        'The migration account must not hold Service Account Admin, even through a group, and needs the right to log on locally.',
        'The last step checks what an administrator can see at the server: the 10068 event and Mailbox Resources.',
        'Corrections against the sources, and our own advice marked as ours.',
      ],
    },
    {
      revision: 4,
      date: '2026-12-03',
      changes: [
        'Event 7017: the Exchange Server version is asked, and the case goes on in the guide for KB Q186742 with both answers.',
      ],
    },
  ],
  title: 'Mail is not migrated when several MS Mail users are moved to Exchange at once',
  summary:
    'Migrating more than one user from an MS Mail postoffice creates the accounts and mailboxes in Exchange Server 5.0 or 5.5, but their messages may not be migrated. Migrating users one at a time works.',
  audience: 'Helpdesk staff and Exchange administrators running the Microsoft Exchange Migration Wizard.',
  kb: {
    id: Q,
    title: 'XFOR: Migration from MS Mail to Exchange Server Does Not Work',
    appliesTo: [
      'Microsoft Exchange Server 5.0 and 5.5',
      'Microsoft Mail for PC Networks 3.2, 3.2a and 3.5',
    ],
    published: '23 October 2000',
  },
  entries: [
    {
      id: 'diagnose',
      label: 'Diagnose from the symptoms',
      description: 'Answer a few questions about what you see. About two minutes.',
      start: 'app-log-event',
    },
    {
      id: 'fix',
      label: 'I know it is Q255888: go to the fix',
      description: 'Skip the questions and grant the right permissions.',
      start: 'fix-account',
    },
  ],
  nodes: [
    // ── Symptom questions ─────────────────────────────────────────────────
    appLogEvent,
    whichEvent,
    version7026,
    version7034,
    version4088,
    version7017,
    mailboxOrigin,
    csvProxy,
    controlFile,
    mailboxesCreated,
    creationProblem,
    afterMigration,
    batchSize,
    singleUser,
    loggedOnRole,
    exchangeVersion,
    sourceVersion,

    // ── Diagnosis ─────────────────────────────────────────────────────────
    {
      kind: 'outcome',
      id: DIAGNOSIS,
      type: 'diagnosis',
      title: 'The migration ran under an account with Service Account Admin permissions (KB Q255888)',
      summary:
        'According to the article, migrating several MS Mail users at once can fail to bring their messages across when you are logged on as a user that has Service Account Admin permissions in Exchange Server.',
      body: [
        'The fix is to run the migration while logged on as an account that holds the **Permissions Admin** role on the Organization, Site and Configuration objects. The article does not explain why the Service Account Admin role causes the failure, so neither do we.',
        'Our own advice, not the article’s: the mailboxes that were already created can stay. After the fix, migrate the users whose mail did not arrive again, a small batch first (two or three users), and check that batch before you run the rest.',
      ],
      source: { ref: Q, section: 'Cause' },
      evidence: [
        ...Q255888_SYMPTOMS,
        only(exchangeVersion, ['ex50-55'], kb(Q, 'Symptoms')),
        only(sourceVersion, ['msmail-3x'], kb(Q, 'Symptoms')),
      ],
      // What defines the article's cause: one user at a time works, and the account held Service Account Admin.
      decisive: [
        { question: singleUser.id, options: ['works'] },
        { question: loggedOnRole.id, options: ['service-account-admin'] },
      ],
      next: 'fix-account',
      nextLabel: 'Start the fix',
    },

    // ── Other known causes (the differential) ─────────────────────────────
    {
      kind: 'outcome',
      id: 'cause-7026-csv-proxy',
      type: 'other-cause',
      title: 'Event 7026 after editing the .csv file: the MIGRATE proxy address was removed (KB Q182665)',
      summary:
        'In a two-step migration the wizard adds a `migrate:` address to every user it creates, so that it can find the mailbox again in the second step. If that address is taken out of the Secondary-Proxy-Addresses in the .csv file, the second step fails with event 7026.',
      body: ['This is not the Q255888 problem: a different article covers it, and its fix is different.'],
      nextChecks: [
        'Do not remove the `migrate:MS:NET/PO/USER` entries from the .csv file. Put them back in the file if you still have the original, then run the second step again.',
        'Or add the matching `migrate:MS:NET/PO/USER` address to each mailbox by hand in Exchange before you run the second step.',
      ],
      source: kb('Q182665', 'Cause'),
      evidence: [
        OTHER_ERROR('Q182665'),
        only(whichEvent, ['event-7026'], kb('Q182665', 'Symptoms')),
        EX55(version7026, 'Q182665'),
        only(mailboxOrigin, ['two-step-edited'], kb('Q182665', 'Cause')),
        only(csvProxy, ['removed'], kb('Q182665', 'Cause')),
      ],
      decisive: [
        { question: whichEvent.id, options: ['event-7026'] },
        { question: mailboxOrigin.id, options: ['two-step-edited'] },
        { question: csvProxy.id, options: ['removed'] },
      ],
    },
    {
      kind: 'outcome',
      id: 'cause-7026-precreated',
      type: 'other-cause',
      title: 'Event 7026 with mailboxes created beforehand: they have no MIGRATE proxy address (KB Q242184)',
      summary:
        'The Exchange Server 5.5 Migration Wizard finds the mailbox to migrate into by its MIGRATE proxy address. Mailboxes created for MS Mail users before the migration do not have one, so the wizard cannot find them and logs event 7026.',
      body: [
        'The article covers Exchange Server 5.5 up to Service Pack 3. It notes that the Exchange 5.0 wizard found mailboxes by alias instead, which is why this did not happen there.',
      ],
      nextChecks: [
        'Resolution: add a MIGRATE proxy address by hand to each mailbox that was created in advance, then migrate again.',
        'Workaround: use a two-step migration and let its first step create the mailboxes; that step adds the MIGRATE address. Where a custom recipient exists for the MS Mail user, the wizard moves its MS Mail address to the new mailbox and deletes the custom recipient.',
      ],
      source: kb('Q242184', 'Cause'),
      evidence: [
        OTHER_ERROR('Q242184'),
        only(whichEvent, ['event-7026'], kb('Q242184', 'Symptoms')),
        EX55(version7026, 'Q242184'),
        only(mailboxOrigin, ['pre-created'], kb('Q242184', 'Symptoms')),
      ],
      decisive: [
        { question: whichEvent.id, options: ['event-7026'] },
        { question: mailboxOrigin.id, options: ['pre-created'] },
      ],
    },
    {
      kind: 'outcome',
      id: 'cause-7026-custom-recipient',
      type: 'other-cause',
      title: 'Event 7026 after a custom recipient was converted: no MIGRATE proxy was created (KB Q183312)',
      summary:
        'When a migrated user already had a custom recipient with the same MS address, the wizard converts that custom recipient into the mailbox. On that path it does not create the MIGRATE proxy it later uses to find the mailbox, so the user’s data is not migrated and event 7026 is logged.',
      nextChecks: [
        'Microsoft confirmed this as a problem in Exchange Server 5.5 and corrected it in a later 5.5 service pack: with it, the wizard also looks for the MS proxy address. Check the service pack on the server and install the latest one.',
        'Then migrate the affected users again.',
      ],
      source: kb('Q183312', 'Cause'),
      evidence: [
        OTHER_ERROR('Q183312'),
        only(whichEvent, ['event-7026'], kb('Q183312', 'Symptoms')),
        EX55(version7026, 'Q183312'),
        only(mailboxOrigin, ['custom-recipient'], kb('Q183312', 'Symptoms')),
      ],
      decisive: [
        { question: whichEvent.id, options: ['event-7026'] },
        { question: mailboxOrigin.id, options: ['custom-recipient'] },
      ],
    },
    {
      kind: 'outcome',
      id: 'cause-7026-open',
      type: 'other-cause',
      title: 'Event 7026: the wizard could not find the target mailbox by its MIGRATE proxy address',
      summary:
        'Event 7026 (“Migration Aborted due to Mapi logon failure.”) is not Q255888. The articles about it agree that the Exchange 5.5 wizard looks for the target mailbox by its MIGRATE proxy address and fails when it cannot find one. Which of them applies depends on how the mailbox came to exist.',
      nextChecks: [
        'Mailboxes created before the migration: see KB Q242184 (add a MIGRATE proxy address by hand, or let a two-step migration create the mailboxes).',
        'Two-step migration with an edited .csv file: see KB Q182665 (keep the `migrate:MS:NET/PO/USER` entries, or add them to the mailboxes by hand).',
        'A custom recipient existed for the user: see KB Q183312 (corrected in a later Exchange 5.5 service pack).',
        'If none of these fits, keep the event text and hand the case over.',
      ],
      source: kb('Q242184', 'Cause'),
      evidence: [
        OTHER_ERROR('Q242184'),
        only(whichEvent, ['event-7026'], kb('Q242184', 'Symptoms')),
        EX55(version7026, 'Q242184'),
        not(mailboxOrigin, ['pre-created', 'custom-recipient'], kb('Q242184', 'Cause', 'a known cause would have matched')),
        not(csvProxy, ['removed'], kb('Q182665', 'Cause', 'a removed migrate: address is the Q182665 cause')),
      ],
      decisive: [{ question: whichEvent.id, options: ['event-7026'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-7017-alias',
      type: 'other-cause',
      title: 'Event 7017: the user already had a mailbox whose alias differs from the MS Mail name (KB Q186742)',
      summary:
        'In a two-step migration, event 7017 (“Could not log onto the Message Store for Account”) occurs when the MS Mail user already has an Exchange mailbox whose alias is not the same as the MS Mail mailbox name.',
      nextChecks: [
        'In the .csv file, clear the **Mode** field, so the import updates the existing mailbox.',
        'Set the **Common-Name** field to the directory name of the existing mailbox (usually its alias; the raw properties of the mailbox confirm it).',
        'In the second step, clear **Information to create mailboxes**, and do not let the wizard create Windows NT accounts.',
      ],
      source: kb('Q186742', 'Cause'),
      evidence: [
        OTHER_ERROR('Q186742'),
        only(whichEvent, ['event-7017'], kb('Q186742', 'Symptoms')),
        only(version7017, ['ex50-55'], kb('Q186742', 'Symptoms', 'applies to Exchange Server 5.0 and 5.5')),
      ],
      decisive: [{ question: whichEvent.id, options: ['event-7017'] }],
      // KB Q186742 has a guide of its own: the case continues there, with the event and the version answered.
      continues: {
        flow: 'q186742',
        node: 'app-log-event',
        carry: [
          { from: whichEvent.id, to: 'app-log-event', options: { 'event-7017': 'event-7017' } },
          { from: version7017.id, to: 'exchange-version', options: { 'ex50-55': 'ex50-55' } },
        ],
      },
    },
    {
      kind: 'outcome',
      id: 'cause-7000-7007-mmf',
      type: 'other-cause',
      title: 'Events 7000 / 7007: the user’s message file was in use or its password is out of step (KB Q168606)',
      summary:
        'Events 7000 and 7007 usually mean the user was running the Microsoft Mail Windows client during the migration, which locks their mail message file (MMF) on the postoffice. They also occur when the password stored in the MMF differs from the postoffice password, for example after the Mail administrator recovered the user’s password.',
      nextChecks: [
        'Make sure every user being migrated has logged off the Microsoft Mail client before you migrate.',
        'Users whose password the Mail administrator recovered: have them log on to the Microsoft Mail client and off again before the migration, so the MMF picks up the new password.',
        'Then migrate those users again.',
      ],
      source: kb('Q168606', 'Cause'),
      evidence: [OTHER_ERROR('Q168606'), only(whichEvent, ['event-7000-7007'], kb('Q168606', 'Symptoms'))],
      decisive: [{ question: whichEvent.id, options: ['event-7000-7007'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-7034-control-file',
      type: 'other-cause',
      title: 'Event 7034 for every user: a problem with control files and user list files (KB Q169130)',
      summary:
        'Running Mailmig.exe from a command prompt with a control file that names a user list file can fail: event 7034 (“User … not found in the postoffice …”) is logged for each user and nothing is migrated. Microsoft confirmed this as a problem in Exchange Server 5.5.',
      body: [
        'The 10068 summary event of such a run shows as many extraction errors as there are users in the list file.',
      ],
      nextChecks: [
        'The problem was corrected in a later Exchange Server 5.5 service pack: check the server’s service pack and install the latest one, then run the migration again.',
      ],
      source: kb('Q169130', 'Status'),
      evidence: [
        OTHER_ERROR('Q169130'),
        only(whichEvent, ['event-7034'], kb('Q169130', 'Symptoms')),
        EX55(version7034, 'Q169130'),
        only(controlFile, ['yes'], kb('Q169130', 'Symptoms')),
      ],
      decisive: [
        { question: whichEvent.id, options: ['event-7034'] },
        { question: controlFile.id, options: ['yes'] },
      ],
    },
    {
      kind: 'outcome',
      id: 'cause-145-emsui',
      type: 'other-cause',
      title: 'Event 145 / “The address book is unavailable”: the account cannot reach Emsui32.dll (KB Q164849)',
      summary:
        'To move messages, the System Attendant logs on as each migrated user through a temporary profile, and the wizard builds that profile with calls into Emsui32.dll (by default in the Windows NT System32 folder). If the user running the wizard cannot access that file or its folder, event 145 and the “address book is unavailable” message appear.',
      nextChecks: [
        'Give the account that runs the wizard access to the folder that holds Emsui32.dll,',
        'or copy Emsui32.dll into the folder of Mailmig.exe (by default Exchsrvr\\Bin), then run the migration again.',
      ],
      source: kb('Q164849', 'Cause'),
      evidence: [OTHER_ERROR('Q164849'), only(whichEvent, ['event-145'], kb('Q164849', 'Symptoms'))],
      decisive: [{ question: whichEvent.id, options: ['event-145'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-4088-message',
      type: 'other-cause',
      title: 'Event 4088: a message could not be read and was skipped (KB Q234733)',
      summary:
        'Event 4088 means one message in the folder it names could not be migrated. The article gives corrupt messages, or messages in a format the wizard cannot convert, as one reason.',
      nextChecks: [
        'Check that the messages in the folder named in the event open normally in MS Mail and do not look damaged.',
        'Note whether this was a one-step or a two-step migration, and whether the Migration Wizard or a custom extractor read the source.',
        'In a two-step migration, import the .pri and .sec files into a personal folder file and open the named folder in Outlook.',
        'On the **General** tab of the Private Information Store properties, make sure **Prohibit send and receive (K)** is not too low for the mailboxes you migrate.',
      ],
      source: kb('Q234733', 'Resolution'),
      evidence: [OTHER_ERROR('Q234733'), only(whichEvent, ['event-4088'], kb('Q234733', 'Symptoms')), EX55(version4088, 'Q234733')],
      decisive: [{ question: whichEvent.id, options: ['event-4088'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-invalid-server',
      type: 'other-cause',
      title: '“Invalid server specified”: the logged-on account has no Exchange permissions',
      summary:
        'The Exchange 5.5 migration documentation says the Windows NT account you are logged on with must have Exchange permissions; without them the wizard reports “Invalid server specified”.',
      nextChecks: [
        'Log on as an account that holds **Permissions Admin** on the Organization, Site and Configuration objects, and run the wizard again.',
        'Not as the Exchange service account: it holds **Service Account Admin**, and migrating several users at once while logged on with that role is the problem KB Q255888 describes (their mail is not migrated).',
        'Or grant the account you use **Permissions Admin** in Exchange Administrator: the permission steps of this guide show how, on the Organization, Site and Configuration objects.',
      ],
      source: kb(DOC_MIGRATION, 'Documentation'),
      evidence: [
        only(whichEvent, ['invalid-server'], kb(DOC_MIGRATION, 'Documentation')),
        only(creationProblem, ['invalid-server'], kb(DOC_MIGRATION, 'Documentation')),
        not(mailboxesCreated, ['created-no-mail', 'mail-arrived'], kb(DOC_MIGRATION, 'Documentation', 'the wizard stops before it creates anything')),
      ],
      decisive: [
        {
          anyOf: [
            { question: whichEvent.id, options: ['invalid-server'] },
            { question: creationProblem.id, options: ['invalid-server'] },
          ],
        },
      ],
      next: 'fix-account',
      nextLabel: 'Show the permission steps',
    },
    {
      kind: 'outcome',
      id: 'cause-access-violation',
      type: 'other-cause',
      title: 'Access violation in Mailmig.exe: an attachment name longer than 13 characters (KB Q176397)',
      summary:
        'Migrating messages from a private folder on an MS Mail Shared File System (SFS) postoffice can make the Migration Wizard fail with an access violation when an attachment’s file name, or its full path and name, is longer than 13 characters.',
      nextChecks: [
        'Microsoft confirmed the problem in Exchange Server 5.0 and 5.5 and corrected it in later service packs of both: check the server’s service pack and install the latest one.',
        'Then migrate the private folders again.',
      ],
      source: kb('Q176397', 'Cause'),
      evidence: [OTHER_ERROR('Q176397'), only(whichEvent, ['access-violation'], kb('Q176397', 'Symptoms'))],
      decisive: [{ question: whichEvent.id, options: ['access-violation'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-recent-mail',
      type: 'other-cause',
      title: 'Recent messages stayed on the MS Mail postoffice (KB Q190423)',
      summary:
        'The migration takes the messages that are on the postoffice when it runs. Mail delivered to the user on the MS Mail postoffice after the migration stays there and is not moved to Exchange automatically.',
      nextChecks: [
        'Have the user connect to the postoffice with Mail for Windows and check for new mail, then either migrate again or import their MMF file with an Exchange client.',
        'Or have the user forward the new messages to their Exchange mailbox from the MS-DOS client (the article says the transport agents between the MS Mail postoffice and Exchange Server must be installed and working).',
        'Or have the user check for new mail with an Exchange client that has the Microsoft Mail information service.',
        'If the MS Mail mailbox was already deleted, restore a backup of the postoffice to a separate folder first and use that copy.',
      ],
      source: kb('Q190423', 'Cause'),
      evidence: [
        NO_OTHER_ERROR('Q190423'),
        only(mailboxesCreated, ['mail-arrived'], kb('Q190423', 'Symptoms')),
        only(afterMigration, ['recent-missing'], kb('Q190423', 'Symptoms')),
      ],
      decisive: [{ question: afterMigration.id, options: ['recent-missing'] }],
    },
    {
      kind: 'outcome',
      id: 'cause-nt-name-length',
      type: 'other-cause',
      title: 'MS Mail names longer than the 20 characters a Windows NT account name allows',
      summary:
        'The Exchange 5.5 migration documentation warns that Windows NT account names are limited to 20 characters. When the names the wizard takes from MS Mail are longer, creating the Windows NT accounts can fail, or permissions can end up on the wrong account.',
      nextChecks: [
        'Use a two-step migration, and in the user list (.csv) file edit the **Assoc-NT-Account** field so that each user gets an account name of 20 characters or fewer.',
        'Check the migrated mailboxes for their primary Windows NT account and correct any that point at the wrong account.',
      ],
      source: kb(DOC_NT_ACCOUNTS, 'Documentation'),
      evidence: [
        NO_OTHER_ERROR(DOC_NT_ACCOUNTS, 'Documentation'),
        not(mailboxesCreated, ['created-no-mail'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
        only(creationProblem, ['nt-account-errors'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
        only(afterMigration, ['wrong-account'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
      ],
      decisive: [
        {
          anyOf: [
            { question: creationProblem.id, options: ['nt-account-errors'] },
            { question: afterMigration.id, options: ['wrong-account'] },
          ],
        },
      ],
    },

    // ── Probably not Q255888 ──────────────────────────────────────────────
    {
      kind: 'outcome',
      id: 'not-this-other-event',
      type: 'not-this',
      rulesOut: DIAGNOSIS,
      title: 'Probably not Q255888: the log shows a different migration error',
      summary:
        'Q255888 is identified by event 7044 with return code 80004005. A different MSExchangeMig error points to a different cause, and this guide knows no article about it that fits your case (the articles it knows about events 7026, 7034 and 4088 cover Exchange Server 5.5 only).',
      nextChecks: [
        'Open the event in Event Viewer and note its **Event ID** and the full **Description**; paste it into the box on the first question and the wizard reads it for you.',
        'If it is one of 7026, 7017, 7000, 7007, 7034, 145 or 4088, go back and pick it: each has its own article.',
        'Search the Microsoft Knowledge Base for the event ID together with `MSExchangeMig`.',
        'If nothing fits, hand the case over with the event text attached.',
      ],
      source: { ref: Q, section: 'Symptoms' },
      evidence: [{ question: 'app-log-event', supports: ['other-event'], contradicts: ['event-7044'] }],
    },
    {
      kind: 'outcome',
      id: 'not-this-symptoms',
      type: 'not-this',
      rulesOut: DIAGNOSIS,
      title: 'Probably not Q255888: the symptoms do not follow the article’s pattern',
      summary:
        'In Q255888 the accounts and mailboxes are created but stay empty, only runs with more than one user fail, and a single user at a time migrates fine.',
      nextChecks: [
        'If mailboxes were not created at all, check that the account running the wizard has Exchange permissions and can create Windows NT accounts; the message “Invalid server specified” points to missing Exchange permissions.',
        'If a single user fails too, look in the Application log for MSExchangeMig events and note their IDs; the first question of this guide knows several of them.',
        'If only recent messages are missing, mail delivered to the postoffice after the migration stays there: see KB Q190423.',
      ],
      source: { ref: Q, section: 'Symptoms' },
    },
    {
      kind: 'outcome',
      id: 'not-this-role',
      type: 'not-this',
      rulesOut: DIAGNOSIS,
      title: 'Probably not Q255888: the account does not hold Service Account Admin',
      summary:
        'The article’s cause is running the migration while logged on as a user with Service Account Admin permissions. The account you used holds a different role.',
      nextChecks: [
        'Double-check the role on the Organization, Site and Configuration objects: the role can differ from one object to the next.',
        'The article’s resolution asks for an account with **Permissions Admin** on all three objects. If the account lacks it on any of them, granting it follows the same steps as the fix.',
        'If the account already holds Permissions Admin everywhere, collect the Application log events from the migration and hand the case over.',
      ],
      source: { ref: Q, section: 'Cause' },
      next: 'fix-account',
      nextLabel: 'Show the permission steps anyway',
    },
    {
      kind: 'outcome',
      id: 'not-applicable-version',
      type: 'not-applicable',
      rulesOut: DIAGNOSIS,
      title: 'Q255888 does not apply to this version of Exchange',
      summary:
        'The symptoms may look like Q255888, but the article covers Exchange Server 5.0 and 5.5 only, so its cause and fix are not known to hold for your version.',
      nextChecks: [
        'Look for migration articles written for your Exchange version. The articles this guide knows say little about other versions; one change they do name is that the Exchange 5.0 wizard found the target mailbox by its alias, where the 5.5 wizard uses a MIGRATE address (KB Q242184).',
        'Exchange Server 4.0: several of the MS Mail migration articles this guide knows (events 7000 / 7007, event 145, recent messages missing) also cover 4.0. Go back to the first question and follow the error you see.',
        'Note the exact version and service pack (Help > About in Exchange Administrator) before handing the case over.',
      ],
      source: { ref: Q, section: 'Symptoms', note: 'applies to Exchange Server 5.0 and 5.5' },
      evidence: [...Q255888_SYMPTOMS, only(exchangeVersion, ['other'], kb(Q, 'Symptoms', 'applies to Exchange Server 5.0 and 5.5 only'))],
      decisive: [{ question: exchangeVersion.id, options: ['other'] }],
    },
    {
      kind: 'outcome',
      id: 'not-applicable-source',
      type: 'not-applicable',
      rulesOut: DIAGNOSIS,
      title: 'Q255888 does not apply to this source system',
      summary:
        'The symptoms may look like Q255888, but the article covers migrations from Microsoft Mail for PC Networks 3.2, 3.2a and 3.5 only.',
      nextChecks: [
        'Look for Migration Wizard articles about your source system; each source has its own failure modes.',
        'Event 145 with “The address book is unavailable” (KB Q164849) also covers cc:Mail, and event 4088 (KB Q234733) covers other foreign systems: if you see either, go back to the first question and choose it.',
        'Note the source system, its version and the Application log events before handing the case over.',
      ],
      source: { ref: Q, section: 'Symptoms', note: 'applies to MS Mail for PC Networks 3.2, 3.2a, 3.5' },
      evidence: [
        ...Q255888_SYMPTOMS,
        only(exchangeVersion, ['ex50-55'], kb(Q, 'Symptoms')),
        only(sourceVersion, ['other'], kb(Q, 'Symptoms', 'applies to MS Mail for PC Networks 3.2, 3.2a and 3.5 only')),
      ],
      decisive: [{ question: sourceVersion.id, options: ['other'] }],
    },

    // ── The fix ───────────────────────────────────────────────────────────
    {
      kind: 'question',
      id: 'fix-account',
      title: 'Choose the account',
      prompt: 'Which Windows NT account will run the migration?',
      help: [
        'The account must hold **Permissions Admin** on the Organization, Site and Configuration objects, and must not hold **Service Account Admin**, neither itself nor through a group: that role is the cause. So not the Exchange service account, which Setup gives Service Account Admin on all three (KB Q168753).',
        'You will log on with it at the Exchange server, which needs the Windows NT right **Log on locally**; Domain Users do not have it by default (KB Q161495).',
      ],
      options: [
        {
          id: 'existing-ready',
          label: 'An existing account that already holds Permissions Admin on all three objects, and not Service Account Admin',
          next: 'fix-log-on',
        },
        {
          id: 'existing',
          label: 'An existing Windows NT account that does not hold Permissions Admin yet (on one or more of the three objects)',
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
        'Do not add the new account to a group that holds **Service Account Admin** in Exchange: it would bring back the cause of the problem.',
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
        {
          id: 'fill-in',
          text: 'Type a **Username** (up to 20 characters), a **Full Name** and a **Description**, then the **Password** and **Confirm Password** (up to 14 characters, case sensitive).',
          mockup: {
            screen: 'user-manager-new-user',
            state: {
              username: 'MigAdmin',
              fullName: 'Migration Administrator',
              description: 'Runs the MS Mail migration',
              passwordLength: 10,
            },
            target: 'username',
            description:
              'The New User dialog filled in: Username MigAdmin, a full name and a description; Password and Confirm Password show asterisks.',
          },
        },
        {
          id: 'password-options',
          text: 'Clear **User Must Change Password at Next Logon** if you will log on as this account straight away, and make sure **Account Disabled** is clear.',
          mockup: {
            screen: 'user-manager-new-user',
            state: {
              username: 'MigAdmin',
              fullName: 'Migration Administrator',
              description: 'Runs the MS Mail migration',
              passwordLength: 10,
              mustChange: false,
            },
            target: 'must-change',
            description:
              'The New User dialog with User Must Change Password at Next Logon cleared and Account Disabled clear.',
          },
        },
        {
          id: 'add',
          text: 'Click **Add**, then **Close**.',
          mockup: {
            screen: 'user-manager-new-user',
            state: {
              username: 'MigAdmin',
              fullName: 'Migration Administrator',
              description: 'Runs the MS Mail migration',
              passwordLength: 10,
              mustChange: false,
            },
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
          title: 'Want a mailbox for it too?',
          body: [
            'With Exchange installed, User Manager has an **Exchange** menu; its options can create a mailbox along with the account. The migration does not need one for this account.',
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
        { id: 'log-off', text: 'Close the Migration Wizard and **Exchange Administrator**, then log off Windows NT.' },
        {
          id: 'log-on',
          text: 'Log on at the Exchange server as the account that now holds **Permissions Admin** on all three objects. If Windows NT refuses to log it on there, it lacks the right to log on locally: see the tip below.',
        },
        {
          id: 'run-wizard',
          text: 'Start the wizard (Start > Programs > Microsoft Exchange > **Microsoft Exchange Migration Wizard**), choose **Migrate from MS Mail for PC Networks** and go through its pages as before. On the account page, select several users whose mail did not arrive. Our own advice: start with a small batch of two or three users and check it (below) before you run the rest.',
          mockup: {
            screen: 'migration-wizard',
            state: { page: 'accounts', selectedAccounts: ['ANNAB', 'BRUNOK', 'CARLAM'] },
            target: 'accounts-list',
            description:
              'The Migration Wizard’s account page, Select Which Accounts You Would Like To Migrate, with three accounts selected for one run.',
          },
        },
        {
          id: 'check-summary',
          text: 'When the wizard has finished, open the Application log in **Event Viewer** (Start > Programs > Administrative Tools (Common)) and double-click the information event **10068** from `MSExchangeMig`, logged at the end of every run (KB Q169130). Under **Import**, **E-Mail Messages** should now be more than 0, with no new 7044 errors. (Reading 0 there as this problem is our own reading of the event.)',
        },
        {
          id: 'check-mailboxes',
          text: 'Per mailbox: in **Microsoft Exchange Administrator** expand **Configuration**, **Servers**, your server and **Private Information Store**, then click **Mailbox Resources** (KB Q188637, Exchange Server 5.5; if yours has none there, use the event above). The right pane lists each mailbox with its size and number of items; this run’s users should now show their messages. Exchange Administrator cannot open a mailbox to show the messages themselves.',
          mockup: {
            screen: 'exchange-mailbox-resources',
            state: {},
            target: 'migrated-mailbox',
            description:
              'Exchange Administrator with Mailbox Resources selected under the server’s Private Information Store: each mailbox with its size in K and number of items; the three migrated users now hold many items. The column names and numbers are our own illustration.',
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
        'Keep using this account for the remaining migration runs. The permissions you added can stay; remove them later if your policy requires it.',
      ],
      source: { ref: Q, section: 'Resolution' },
    },
    {
      kind: 'outcome',
      id: 'escalate',
      type: 'escalate',
      title: 'Still not working: hand the case over',
      summary:
        'The fix from Q255888 did not bring the mail across. The summary below lists everything answered and done, ready to paste into the ticket for second-line support.',
      nextChecks: [
        'Export or copy the Application log events (MSExchangeMig) from the last run and attach them.',
        'Confirm once more that the account holds **Permissions Admin** on the Organization, Site and Configuration objects, and that you were logged on as that account.',
        'Note which users failed and whether any of them had their MS Mail password reset recently (see KB Q168606).',
      ],
      source: { ref: Q, section: 'Resolution' },
    },
  ],
  // What pasted Event Viewer text settles. Event ids, sources and message
  // texts are the literal strings of each article.
  evidenceRules: [
    {
      id: 'event-7044',
      label: 'Event 7044 from MSExchangeMig with return code 80004005',
      // The description alone, as the article prints it, is enough too.
      when: [
        { eventId: 7044, source: 'MSExchangeMig', returnCode: '80004005' },
        { text: 'Internal failure communicating with MAPI Spooler', returnCode: '80004005' },
      ],
      answers: { 'app-log-event': 'event-7044' },
      source: kb(Q, 'Symptoms'),
    },
    {
      id: 'event-7026',
      label: 'Event 7026 from MSExchangeMig: “Migration Aborted due to Mapi logon failure.”',
      when: [{ eventId: 7026, source: 'MSExchangeMig' }, { text: 'Migration Aborted due to Mapi logon failure' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7026' },
      source: kb('Q242184', 'Symptoms'),
    },
    {
      id: 'event-7017',
      label: 'Event 7017 from MSExchangeMig: “Could not log onto the Message Store for Account”',
      when: [{ eventId: 7017, source: 'MSExchangeMig' }, { text: 'Could not log onto the Message Store for Account' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7017' },
      source: kb('Q186742', 'Symptoms'),
    },
    {
      id: 'event-7000-7007',
      label: 'Event 7000 or 7007 from MSExchangeMig: a PAB or MMF file could not be migrated',
      when: [
        { eventId: 7000, source: 'MSExchangeMig' },
        { eventId: 7007, source: 'MSExchangeMig' },
        { text: 'Could not migrate PAB file for account' },
        { text: 'Could not migrate MMF file for account' },
      ],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7000-7007' },
      source: kb('Q168606', 'Symptoms'),
    },
    {
      id: 'event-7034',
      label: 'Event 7034 from MSExchangeMig: “User … not found in the postoffice …”',
      // Q169130 prints the description as "User <mailbox> not found in the postoffice <postoffice>."
      when: [{ eventId: 7034, source: 'MSExchangeMig' }, { text: 'not found in the postoffice' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-7034' },
      source: kb('Q169130', 'Symptoms'),
    },
    {
      id: 'event-145',
      label: 'Event 145 from MSExchangeMig, or the message “The address book is unavailable”',
      when: [
        { eventId: 145, source: 'MSExchangeMig' },
        { text: 'Error Configuring the profile for Account' },
        { text: 'The address book is unavailable' },
      ],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-145' },
      source: kb('Q164849', 'Symptoms'),
    },
    {
      id: 'event-4088',
      label: 'Event 4088 from MSExchangeMig: “An error occurred accessing a message in folder …”',
      when: [{ eventId: 4088, source: 'MSExchangeMig' }, { text: 'An error occurred accessing a message in folder' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'event-4088' },
      source: kb('Q234733', 'Symptoms'),
    },
    {
      id: 'invalid-server',
      label: 'The message “Invalid server specified”',
      when: [{ text: 'Invalid server specified' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'invalid-server' },
      source: kb(DOC_MIGRATION, 'Documentation'),
    },
    {
      id: 'access-violation',
      label: 'An access violation in the Migration Wizard (Mailmig.exe)',
      when: [{ text: 'access violation' }],
      answers: { 'app-log-event': 'other-event', 'which-event': 'access-violation' },
      source: kb('Q176397', 'Symptoms'),
    },
  ],
};

/** Every file under flows/ exports its flow as the default export (see ../index.ts). */
export default q255888Flow;
