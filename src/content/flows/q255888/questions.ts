/**
 * The symptom questions of KB Q255888, most decisive first: the event in the
 * Application log (and, for another event, which one), what the run left
 * behind, how many users were migrated at once, the role of the account
 * logged on, and the versions the article covers. Every checkable question
 * has a "Not sure" answer with a guide to checking it.
 */
import { kb, only } from '../../authoring';
import type { HowToCheck, QuestionNode } from '../../schema';
import { DIAGNOSIS, EVENT_7044, SERVICE, SETUP } from './scenario';

/** Application log: how to open it and read an event (shared by the event questions). */
export const READ_THE_LOG: HowToCheck = {
  title: 'How to read the Application log',
  steps: [
    'On the server where the Migration Wizard ran, start **Event Viewer**: Start > Programs > Administrative Tools (Common) > **Event Viewer**.',
    'Choose **Log** > **Application**. Errors show a red stop sign, warnings a yellow “!”.',
    'Look for entries whose **Source** is `MSExchangeMig` around the time of the migration, and double-click one to open its details.',
    'Note the **Event ID** and read the **Description**, or copy what you see and paste it under **Or paste the event from Event Viewer**: the wizard reads it for you.',
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
export const appLogEvent: QuestionNode = {
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
      label:
        'Event ID 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”, return code 80004005',
      next: 'mailboxes-created',
    },
    {
      id: 'other-event',
      label: 'A different MSExchangeMig error, or an error message from the wizard',
      hint: 'For example event 7026, 7017 or 7000, or “Invalid server specified”: the next question asks which.',
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

export const whichEvent: QuestionNode = {
  kind: 'question',
  id: 'which-event',
  title: 'Which migration error',
  prompt: 'Which error did the migration report?',
  help: [
    'Pick the **Event ID** of the `MSExchangeMig` error in the Application log, or the message the Migration Wizard showed on screen.',
  ],
  howToCheck: READ_THE_LOG,
  options: [
    { id: 'event-7026', label: 'Event ID 7026: “Migration Aborted due to Mapi logon failure.”', next: 'version-7026' },
    {
      id: 'event-7017',
      label: 'Event ID 7017: “Could not log onto the Message Store for Account: …”',
      next: 'version-7017',
    },
    {
      id: 'event-147',
      label: 'Event ID 147, in the words of 7017',
      next: 'cause-147-q186742',
    },
    {
      id: 'event-7000-7007',
      label:
        'Event ID 7000 or 7007: “Could not migrate PAB file for account: …” or “Could not migrate MMF file for Account: …”',
      next: 'cause-7000-7007-mmf',
    },
    {
      id: 'event-151-135',
      label: 'Event ID 151 or 135: “Could not migrate MMF file for account.”',
      next: 'version-151-135',
    },
    { id: 'event-7034', label: 'Event ID 7034: “User … not found in the postoffice …”', next: 'version-7034' },
    {
      id: 'event-145',
      label:
        'Event ID 145: “Error Configuring the profile for Account: Microsoft System Attendant.”, or the message “The address book is unavailable…”',
      next: 'cause-145-emsui',
    },
    {
      id: 'event-4088',
      label: 'Event ID 4088: “An error occurred accessing a message in folder …”',
      next: 'version-4088',
    },
    {
      id: 'invalid-server',
      label: 'The wizard said “Invalid server specified” when the migration started',
      next: 'cause-invalid-server',
    },
    {
      id: 'access-violation',
      label: 'The Migration Wizard (Mailmig.exe) stopped with an access violation while migrating private folders',
      next: 'cause-access-violation',
    },
    { id: 'another-event', label: 'Another error, not listed here', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure which', unsure: true, next: 'not-this-other-event' },
  ],
};

export const VERSION_CHECK: HowToCheck = {
  title: 'How to find the Exchange Server version',
  steps: [
    'In **Microsoft Exchange Administrator**, open the **Help** menu and choose **About**: it names the version and service pack (our own advice).',
    'Or ask whoever installed the server, or check the label of the installation CD.',
  ],
};

/**
 * The articles about events 7026 (Q182665, Q183312, Q242184), 7034 (Q169130),
 * 4088 (Q234733) and 151 or 135 (Q199980) cover Exchange Server 5.5 only, so
 * the version is asked before any of them is named. One question per event,
 * because each leads on to its own next question. `events` as the help names
 * them (the id is made from it).
 */
export function versionGate(events: string, next: string, articles: string): QuestionNode {
  return {
    kind: 'question',
    id: `version-${events.replace(/\D+/g, '-')}`,
    // Named by its event: the guide asks for the version before several articles, and the decision map lists each.
    title: `Exchange Server version for event ${events}`,
    prompt: 'Which version of Exchange Server are you migrating to?',
    help: [`The Knowledge Base describes event ${events} for Exchange Server 5.5 only (${articles}).`],
    howToCheck: VERSION_CHECK,
    options: [
      { id: 'ex55', label: 'Exchange Server 5.5 (with or without a service pack)', next },
      { id: 'other', label: 'Exchange Server 5.0, or another version', next: 'not-this-other-event' },
      { id: 'not-sure', label: 'Not sure', unsure: true, next },
    ],
  };
}

export const version7026 = versionGate('7026', 'mailbox-origin', 'KB Q182665, Q183312 and Q242184');
export const version7034 = versionGate('7034', 'control-file', 'KB Q169130');
export const version4088 = versionGate('4088', 'cause-4088-message', 'KB Q234733');
export const version151 = versionGate('151 or 135', 'cause-151-135-mmf', 'KB Q199980');
/**
 * KB Q186742 (event 7017) covers Exchange Server 5.0 and 5.5. The version is
 * asked here because the case hands over to that article's guide, which asks
 * it too: the answer is carried over, not asked twice.
 */
export const version7017: QuestionNode = {
  kind: 'question',
  id: 'version-7017',
  title: 'Exchange Server version for event 7017',
  prompt: 'Which version of Exchange Server are you migrating to?',
  help: ['The article about event 7017 (KB Q186742) covers Exchange Server 5.0 and 5.5.'],
  howToCheck: VERSION_CHECK,
  options: [
    { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'cause-7017-alias' },
    { id: 'other', label: 'Another version (for example Exchange 4.0 or Exchange 2000)', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7017-alias' },
  ],
};
export const EX55 = (q: QuestionNode, ref: string) =>
  only(q, ['ex55'], kb(ref, 'Symptoms', 'applies to Exchange Server 5.5'));

export const mailboxOrigin: QuestionNode = {
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

export const csvProxy: QuestionNode = {
  kind: 'question',
  id: 'csv-proxy',
  title: 'MIGRATE address in the .csv file',
  prompt:
    'In the edited .csv file, do the failing users still have their `migrate:` address in the **Secondary-Proxy-Addresses** column?',
  help: ['The first step of a two-step migration writes an address such as `migrate:MS:NET/PO/USER` for each user.'],
  howToCheck: {
    title: 'How to check the .csv file',
    steps: [
      'Open a copy of the user list (.csv) file in a text editor or in Excel. Do not save changes to the original (our advice).',
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

export const controlFile: QuestionNode = {
  kind: 'question',
  id: 'control-file',
  title: 'Command-line run with a user list',
  prompt:
    'Did you run the Migration Wizard (**Mailmig.exe**) from a command prompt, with a control file that names a user list file?',
  howToCheck: {
    title: 'How to tell how the wizard was run',
    steps: [
      'If you started the wizard from Start > Programs > Microsoft Exchange and picked the users on its account page, the answer is **No**.',
      'If a batch file or a scheduled command started `Mailmig.exe` with a control file, open that control file and look for a line naming a user list file: then the answer is **Yes**.',
    ],
  },
  options: [
    {
      id: 'yes',
      label: 'Yes, from a command prompt with a control file and a user list file',
      next: 'cause-7034-control-file',
    },
    { id: 'no', label: 'No, I used the wizard’s screens', next: 'not-this-other-event' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-7034-control-file' },
  ],
};

export const mailboxesCreated: QuestionNode = {
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
      description:
        'Exchange Administrator with the Recipients container of the site selected; the right-hand pane lists the mailboxes.',
    },
  },
  options: [
    {
      id: 'created-no-mail',
      label: 'Their user accounts and mailboxes exist, but the mailboxes are empty: the messages were not migrated',
      next: 'batch-size',
    },
    { id: 'not-created', label: 'The accounts or mailboxes were not created at all', next: 'creation-problem' },
    { id: 'mail-arrived', label: 'Mailboxes and messages arrived; something else is wrong', next: 'after-migration' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'batch-size' },
  ],
};

export const creationProblem: QuestionNode = {
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
      next: 'name-length',
    },
    { id: 'other', label: 'Something else, or no message at all', next: 'not-this-symptoms' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'not-this-symptoms' },
  ],
};

export const afterMigration: QuestionNode = {
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
      next: 'name-length',
    },
    { id: 'something-else', label: 'Something else', next: 'not-this-symptoms' },
  ],
};

/** Asked after either sign of the name-length cause: the cause itself is a fact to check. */
export const nameLength: QuestionNode = {
  kind: 'question',
  id: 'name-length',
  title: 'MS Mail names over 20 characters',
  prompt: 'Are any of the migrated MS Mail names longer than 20 characters?',
  help: [
    'Windows NT account names allow 20 characters: the wizard makes them from these names, or matches existing accounts by their first 20 characters.',
  ],
  howToCheck: {
    title: 'How to check the names',
    steps: [
      'Two-step migration: count the characters of each **Common-Name** in the user list (.csv) file.',
      'Or (our own advice) ask the MS Mail administrator for the mailbox names.',
    ],
  },
  options: [
    { id: 'longer', label: 'Yes, some are longer', next: 'cause-nt-name-length' },
    { id: 'within-20', label: 'No, all are 20 or fewer', next: 'not-this-symptoms' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'cause-nt-name-length' },
  ],
};

export const batchSize: QuestionNode = {
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

export const singleUser: QuestionNode = {
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

export const loggedOnRole: QuestionNode = {
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
      description:
        'Exchange Administrator with the Organization object selected and the File menu open on its Properties command.',
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

export const exchangeVersion: QuestionNode = {
  kind: 'question',
  id: 'exchange-version',
  title: 'Exchange Server version',
  prompt: 'Which version of Exchange Server are you migrating to?',
  howToCheck: VERSION_CHECK,
  options: [
    { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'source-version' },
    {
      id: 'other',
      label: 'Another version (for example Exchange 4.0 or Exchange 2000)',
      next: 'not-applicable-version',
    },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'source-version' },
  ],
};

export const sourceVersion: QuestionNode = {
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

export const SYMPTOM_QUESTIONS: readonly QuestionNode[] = [
  appLogEvent,
  whichEvent,
  version7026,
  version7034,
  version4088,
  version151,
  version7017,
  mailboxOrigin,
  csvProxy,
  controlFile,
  mailboxesCreated,
  creationProblem,
  afterMigration,
  nameLength,
  batchSize,
  singleUser,
  loggedOnRole,
  exchangeVersion,
  sourceVersion,
];
