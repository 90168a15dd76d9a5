/**
 * The symptom questions of Q186742, most decisive first: the event, then
 * the article's cause (an existing mailbox with another alias), then the
 * setting it describes (two-step, mail and address books, versions). Every
 * checkable question has a "Not sure" answer with a guide to checking it.
 */
import type { HowToCheck, QuestionNode } from '../../schema';
import { DIAGNOSIS, EVENT_7017, USER, csv, importPage, picture, rawProperties } from './scenario';

/** How to open the Application log and read an event (the event questions share it). */
const READ_THE_LOG: HowToCheck = {
  title: 'How to find the migration’s error in the Application log',
  steps: [
    'On the Exchange server where the Migration Wizard ran, start **Event Viewer** (Start > Programs > Administrative Tools (Common) > **Event Viewer**).',
    'Choose **Log** > **Application**. Errors show a red stop sign.',
    'Look for entries whose **Source** is `MSExchangeMig` (or `MSExchangeMIGDS`) from the time of the run, and double-click one to open its **Event Detail**.',
    'Read the **Event ID** and the **Description**. You can also copy the details and paste them under **Or paste the event from Event Viewer** when you answer this question: the wizard reads them for you.',
  ],
  mockup: {
    screen: 'event-viewer',
    state: { view: 'log', event: EVENT_7017 },
    target: 'event-row',
    description:
      'Event Viewer showing the Application log after the second step of a two-step migration: an MSExchangeMig error with Event 7017, then the information event 10068 that ends the run. Double-clicking the error opens its Event Detail.',
  },
};

export const appLogEvent: QuestionNode = {
  kind: 'question',
  id: 'app-log-event',
  title: 'Application log event',
  prompt: 'Which error did the migration log in the Application log of the Exchange server?',
  help: [
    'Several migration errors look alike. The **Event ID** tells them apart: event 7017 and event 147 even share the same words.',
  ],
  mockup: {
    screen: 'event-viewer',
    state: { view: 'detail', event: EVENT_7017 },
    target: 'event-id',
    description:
      'Event Detail of the error as KB Q186742 prints it: Event ID 7017, Source MSExchangeMig, Type Error, Category None, Description “Could not log onto the Message Store for Account: <username>”.',
  },
  howToCheck: READ_THE_LOG,
  options: [
    {
      id: 'event-7017',
      label: 'Event ID 7017 from MSExchangeMig: “Could not log onto the Message Store for Account: <username>”',
      next: 'existing-mailbox',
    },
    {
      id: 'event-147',
      label: 'Event ID 147, in the words of 7017',
      hint: 'Same sentence, different event ID: a different article.',
      next: 'version-147',
    },
    {
      id: 'event-7026',
      label: 'Event ID 7026 from MSExchangeMig: “Migration Aborted due to Mapi logon failure.”',
      next: 'cause-7026-q255888',
    },
    {
      id: 'event-162-178',
      label: 'Event ID 162 or 178 from MSExchangeMig: “Invalid Home-Server definition in user list file …”',
      next: 'cause-162-178-false-alarm',
    },
    {
      id: 'event-7044',
      label:
        'Event ID 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”, return code 80004005',
      next: 'cause-7044-q255888',
    },
    {
      id: 'event-283',
      label: 'Event ID 283 from MSExchangeMIGDS: “… Changes cannot be written to this directory object. …”',
      hint: 'Its source is MSExchangeMIGDS, not MSExchangeMig.',
      next: 'version-283',
    },
    {
      id: 'other-event',
      label: 'Another MSExchangeMig error, or a message from the wizard',
      next: 'not-this-other-event',
    },
    {
      id: 'no-event',
      label: 'No MSExchangeMig or MSExchangeMIGDS error at all',
      next: 'not-this-no-event',
    },
    { id: 'not-sure', label: 'Not sure / have not looked yet', unsure: true, next: 'existing-mailbox' },
  ],
};

/** How to find the Exchange Server version (the version questions share it). */
const VERSION_CHECK: HowToCheck = {
  title: 'How to find the Exchange Server version',
  steps: [
    'In **Microsoft Exchange Administrator**, open the **Help** menu and choose **About** (our own advice).',
    'Or ask whoever installed the server, or look at the label of the installation CD.',
  ],
};

/**
 * The version that logged an event whose articles cover Exchange Server 4.0 and 5.0 only: asked before they are
 * named. On 4.0 or 5.0 (or not sure) the case goes on to `next`; on 5.5, to `on55`. A question of its own per event:
 * the Q186742 version question groups 5.0 with 5.5 and leads on to the source system.
 */
function olderVersion(event: number, articles: string, next: string, on55: string): QuestionNode {
  return {
    kind: 'question',
    id: `version-${event}`,
    title: `Exchange Server version for event ${event}`,
    prompt: `Which version of Exchange Server logged event ${event}?`,
    help: [`The version of the Exchange server where the Migration Wizard ran. ${articles}`],
    howToCheck: VERSION_CHECK,
    options: [
      { id: 'ex40-50', label: 'Exchange Server 4.0 or 5.0', next },
      { id: 'ex55', label: 'Exchange Server 5.5 (with or without a service pack)', next: on55 },
      { id: 'not-sure', label: 'Not sure', unsure: true, next },
    ],
  };
}

/** KB Q152330 covers 4.0 and 5.0, and says its problem was corrected in 5.5. */
export const version147 = olderVersion(
  147,
  'KB Q152330 describes event 147 for Exchange Server 4.0 and 5.0, and says the problem was corrected in Exchange Server 5.5.',
  'cause-147-container',
  'not-this-147-ex55',
);

/** KB Q154443 covers 4.0, KB Q162833 4.0 and 5.0. */
export const version283 = olderVersion(
  283,
  'KB Q154443 describes event 283 for Exchange Server 4.0, and KB Q162833 for 4.0 and 5.0.',
  'cause-283-existing-recipient',
  'not-this-283-ex55',
);

export const existingMailbox: QuestionNode = {
  kind: 'question',
  id: 'existing-mailbox',
  title: 'Existing Exchange mailbox',
  prompt: 'Before this migration, did the MS Mail user already have a mailbox in Exchange?',
  help: [
    'Think of the user the error names. A mailbox created for them earlier, by hand or by a directory import, counts; one the wizard was to create in this migration does not.',
  ],
  howToCheck: {
    title: 'How to find out whether the user already had a mailbox',
    steps: [
      'Take the account name from the event’s description (`Could not log onto the Message Store for Account:` is followed by it).',
      'In **Microsoft Exchange Administrator**, expand your site and click **Recipients**: look for the user in the list on the right.',
      'Ask whoever prepared the migration whether mailboxes were created for some users before it, and when.',
    ],
    mockup: picture(
      {
        screen: 'exchange-admin',
        state: { selected: 'recipients', recipient: USER.displayName, recipientSelected: true },
      },
      'recipient-row',
      `Exchange Administrator with the site’s Recipients container selected; the mailbox of ${USER.displayName} is selected in the list on the right.`,
    ),
  },
  options: [
    { id: 'yes', label: 'Yes: a mailbox had been created for the user before the migration', next: 'alias-differs' },
    { id: 'no', label: 'No: this migration was to create the user’s mailbox', next: 'not-this-no-mailbox' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'alias-differs' },
  ],
};

export const aliasDiffers: QuestionNode = {
  kind: 'question',
  id: 'alias-differs',
  title: 'Alias and MS Mail mailbox name',
  prompt: 'Is the alias of that existing mailbox different from the user’s MS Mail mailbox name?',
  help: [
    `For example, the MS Mail mailbox name is \`${USER.mailbox}\` and the Exchange mailbox was created with the alias \`${USER.directoryName}\`.`,
  ],
  mockup: picture(
    csv(),
    'common-name-value',
    `The user list (.csv) file of the two-step migration in Notepad. In the line of ${USER.mailbox}, SFS_UserName and Common-Name both hold the MS Mail mailbox name, ${USER.mailbox}.`,
  ),
  howToCheck: {
    title: 'How to compare the alias with the MS Mail mailbox name',
    steps: [
      'Open the user list (.csv) file the first step wrote, in a text editor. In the user’s line, the first field (**SFS_UserName**) is the MS Mail mailbox name.',
      'In **Microsoft Exchange Administrator**, open the properties of the user’s mailbox under **Recipients** and read its alias.',
      'The article says the mailbox’s Directory Name is usually its alias, and raw mode shows it: type `admin/r` at a command prompt in the Exchange program folder (by default `c:\\exchsrvr\\bin`), select the mailbox, choose **File** > **Raw Properties** and click **Directory Name** under **Object attributes**.',
      'Raw mode used the wrong way can do serious damage (the fix step shows Microsoft’s warning): only look, and close the dialog with **Cancel**.',
    ],
    mockup: picture(
      rawProperties({ selected: 'directory-name' }),
      'attribute-value',
      `The Raw Properties dialog of the mailbox of ${USER.displayName}: Directory Name is selected under Object attributes and its value, ${USER.directoryName}, shows under Attribute value.`,
    ),
  },
  options: [
    { id: 'different', label: 'Yes, they differ', next: 'migration-method' },
    { id: 'same', label: 'No, they are the same', next: 'not-this-alias-same' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'migration-method' },
  ],
};

export const migrationMethod: QuestionNode = {
  kind: 'question',
  id: 'migration-method',
  title: 'Two-step migration',
  prompt: 'Was it a two-step migration?',
  help: [
    'In a two-step migration, the Migration Wizard first writes a user list (.csv) file, which you may edit, and uses it later to create the Exchange mailboxes.',
  ],
  howToCheck: {
    title: 'How to tell a two-step migration',
    steps: [
      'On the Migration Wizard’s page for the method, **Two step migration** was chosen rather than **One step migration**.',
      'A two-step migration asks where to save the user list (.csv) file. If you have such a file from this migration, it was a two-step migration.',
    ],
  },
  options: [
    {
      id: 'two-step',
      label: 'Yes: a two-step migration (the wizard wrote a .csv user list file first)',
      next: 'migrated-what',
    },
    { id: 'one-step', label: 'No: a one-step migration', next: 'not-this-one-step' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'migrated-what' },
  ],
};

export const migratedWhat: QuestionNode = {
  kind: 'question',
  id: 'migrated-what',
  title: 'What was migrated',
  prompt: 'Did you select the user’s mail and address book information to be migrated?',
  help: [
    'On the Migration Wizard page that lists what to migrate, these are **Personal E-mail Messages** and **Personal Address Books**.',
  ],
  howToCheck: {
    title: 'How to see what the run migrated',
    steps: [
      'Ask whoever ran the wizard which boxes were selected on the page that lists what to migrate.',
      'Or open the information event 10068 from `MSExchangeMig` at the end of the run: it counts the e-mail messages and personal address books the run handled.',
    ],
    mockup: picture(
      importPage(),
      'personal-messages',
      'The Migration Wizard page that lists what to migrate, with Information to Create Mailboxes, Personal E-mail Messages and Personal Address Books selected.',
    ),
  },
  options: [
    {
      id: 'mail-and-pab',
      label: 'Yes: mail and address book information (**Personal E-mail Messages**, **Personal Address Books**)',
      next: 'exchange-version',
    },
    { id: 'mailboxes-only', label: 'No: only **Information to Create Mailboxes**', next: 'not-this-mailboxes-only' },
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
    { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'source-system' },
    { id: 'other', label: 'Another version (for example Exchange Server 4.0)', next: 'not-applicable-version' },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: 'source-system' },
  ],
};

export const sourceSystem: QuestionNode = {
  kind: 'question',
  id: 'source-system',
  title: 'Source mail system',
  prompt: 'Which mail system are the users coming from?',
  howToCheck: {
    title: 'How to tell the source system',
    steps: [
      'On the first page of the Migration Wizard, the choice was **Migrate from MS Mail for PC Networks** if the users come from an MS Mail postoffice on a PC network.',
    ],
    mockup: {
      screen: 'migration-wizard',
      state: { page: 'source' },
      target: 'source-msmail',
      description: 'The first page of the Migration Wizard with the option “Migrate from MS Mail for PC Networks”.',
    },
  },
  options: [
    { id: 'msmail-pc', label: 'Microsoft Mail for PC Networks', next: DIAGNOSIS },
    {
      id: 'other',
      label: 'Another system (MS Mail for AppleTalk Networks, Lotus cc:Mail, …)',
      next: 'not-applicable-source',
    },
    { id: 'not-sure', label: 'Not sure', unsure: true, next: DIAGNOSIS },
  ],
};

export const SYMPTOM_QUESTIONS: readonly QuestionNode[] = [
  appLogEvent,
  version147,
  version283,
  existingMailbox,
  aliasDiffers,
  migrationMethod,
  migratedWhat,
  exchangeVersion,
  sourceSystem,
];
