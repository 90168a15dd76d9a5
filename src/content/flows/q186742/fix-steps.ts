/**
 * The fix from KB Q186742's Workaround, as steps: empty Mode in the .csv
 * file (1), read the mailbox's Directory Name in raw mode without changing
 * anything and put it in Common-Name (2), clear Information to Create
 * Mailboxes in the second step (3), and create no Windows NT account (4).
 * Then whether it worked, and what to do if not.
 */
import { kb } from '../../authoring';
import type { FlowNode } from '../../schema';
import { Q, USER, csv, importPage, ntAccounts, picture, rawAdmin, rawProperties } from './scenario';

const SAVE_TEXT = 'Save the file with **File** > **Save**, under the same name and as plain text.';

export const FIX_NODES: readonly FlowNode[] = [
  {
    kind: 'step',
    id: 'fix-csv-mode',
    title: 'Empty the Mode field in the .csv user list',
    intro: [
      'The first step of the two-step migration wrote a user list (.csv) file. In the line of each user who already has a mailbox, the **Mode** field says `Create`; left blank, it makes the import update the existing mailbox instead.',
    ],
    actions: [
      {
        id: 'open-file',
        text: 'Open the .csv file in a text editor such as Notepad, or in Excel. Keep a copy of the original first (our advice).',
        mockup: picture(
          csv(),
          'mode-column',
          'The user list file in Notepad. Its first line names the columns: SFS_UserName, SFS_FullName, MigrateUser, Obj-Class, Mode, Common-Name and the rest; every user’s line has Create in the Mode field.',
        ),
      },
      {
        id: 'empty-mode',
        text: `In the line of the user whose migration failed (its first field is their MS Mail mailbox name, here \`${USER.mailbox}\`), delete \`Create\` from the **Mode** field so that it is blank. Keep the commas on both sides, and change nothing else.`,
        mockup: picture(
          csv({ mode: 'blank' }),
          'mode-value',
          `The line of ${USER.mailbox} with its Mode field empty: the commas before and after it now stand side by side. The other users’ lines still say Create.`,
        ),
      },
      {
        id: 'save',
        text: SAVE_TEXT,
        mockup: picture(
          csv({ mode: 'blank', menu: 'file' }),
          'save-command',
          'The File menu of Notepad, open on Save.',
        ),
      },
    ],
    checklist: [
      {
        id: 'mode-blank',
        label: 'The **Mode** field is blank in the line of each user who already has a mailbox',
        required: true,
      },
    ],
    tips: [
      {
        title: 'Change only what the fix names',
        body: [
          'KB Q150438 warns that any change to this file can change how, and whether, users are migrated. In particular, keep the `migrate:MS:NET/PO/USER` entry of **Secondary-Proxy-Addresses**: without it, the second step of an Exchange 5.5 migration fails with event 7026 (KB Q182665).',
        ],
      },
      {
        title: 'Users without a mailbox in the same file?',
        body: [
          'Leave `Create` in their lines. A later step of this fix clears **Information to Create Mailboxes** for the whole run, though, so our advice is to migrate the users who already have a mailbox in a run of their own, from a file with only their lines.',
        ],
      },
    ],
    source: kb(Q, 'Workaround', 'step 1'),
    next: 'fix-check-directory-name',
    nextLabel: 'Next: the mailbox’s Directory Name',
  },
  {
    kind: 'step',
    id: 'fix-check-directory-name',
    title: 'Read the existing mailbox’s Directory Name in raw mode',
    intro: [
      'The **Common-Name** in the .csv file must match the Directory Name of the existing mailbox. The Directory Name is usually the alias; raw mode shows it for certain. In this step you only read it.',
    ],
    warnings: [
      {
        title: 'Warning: raw mode',
        body: [
          'Microsoft warns that using the raw mode of Exchange Administrator (`admin/r`) incorrectly can cause serious problems, which may mean reinstalling Windows NT Server, Exchange Server or both, and that it cannot guarantee such problems can be solved. You use raw mode at your own risk.',
          'Here nothing is changed: select, read, and close with **Cancel**.',
        ],
        source: kb(Q, 'Workaround', 'step 2, warning'),
      },
    ],
    actions: [
      {
        id: 'start-raw-mode',
        text: 'At a command prompt on the Exchange server, go to the Exchange program folder (by default: `cd c:\\exchsrvr\\bin`), type `admin/r` and press Enter: **Microsoft Exchange Administrator** starts in raw mode. (The article gives only the command, without a space and without the folder; the folder is our addition.)',
      },
      {
        id: 'select-mailbox',
        text: `Expand your site, click **Recipients**, and click the user’s mailbox (here **${USER.displayName}**) in the list on the right.`,
        mockup: picture(
          rawAdmin({ selected: 'recipients', recipientSelected: true }),
          'recipient-row',
          `Exchange Administrator in raw mode with the site’s Recipients container selected; the mailbox of ${USER.displayName} is selected in the list on the right.`,
        ),
      },
      {
        id: 'open-raw-properties',
        text: 'Choose **File** > **Raw Properties**.',
        mockup: picture(
          rawAdmin({ selected: 'recipients', recipientSelected: true, menu: 'file' }),
          'raw-properties-command',
          'The File menu of Exchange Administrator in raw mode, open on Raw Properties, which comes after Properties.',
        ),
      },
      {
        id: 'read-directory-name',
        text: `Under **Object attributes**, click **Directory Name** and write down its value from **Attribute value** (here \`${USER.directoryName}\`). If **Directory Name** is not listed, set **List attributes of type** to **All**.`,
        mockup: picture(
          rawProperties({ selected: 'directory-name' }),
          'attribute-value',
          `The Raw Properties dialog of the mailbox of ${USER.displayName}: Directory Name is selected under Object attributes, and Attribute value shows ${USER.directoryName}.`,
        ),
      },
      {
        id: 'close',
        text: 'Click **Cancel** to close the dialog without changing anything, then close Exchange Administrator.',
        mockup: picture(
          rawProperties({ selected: 'directory-name' }),
          'cancel-button',
          'The Cancel button of the Raw Properties dialog, next to OK and Apply.',
        ),
      },
    ],
    checklist: [
      { id: 'directory-name-noted', label: 'I wrote down the mailbox’s Directory Name', required: true },
      { id: 'nothing-changed', label: 'I closed Raw Properties with **Cancel** and changed nothing', required: true },
    ],
    source: kb(Q, 'Workaround', 'step 2'),
    next: 'fix-common-name',
    nextLabel: 'Next: put it in the .csv file',
  },
  {
    kind: 'step',
    id: 'fix-common-name',
    title: 'Set Common-Name to the Directory Name',
    intro: [
      'Back in the .csv file, the **Common-Name** field of the user’s line still holds the MS Mail mailbox name. Replace it with the Directory Name you wrote down.',
    ],
    actions: [
      {
        id: 'edit-common-name',
        text: `In the user’s line, select the **Common-Name** field (here \`${USER.mailbox}\`, just after the empty **Mode** field) and type the Directory Name over it (here \`${USER.directoryName}\`), exactly as raw mode showed it. Keep the commas.`,
        mockup: picture(
          csv({ mode: 'blank', commonName: USER.directoryName }),
          'common-name-value',
          `The line of ${USER.mailbox} with Mode empty and Common-Name ${USER.directoryName}, the Directory Name of the existing mailbox.`,
        ),
      },
      {
        id: 'save',
        text: SAVE_TEXT,
        mockup: picture(
          csv({ mode: 'blank', commonName: USER.directoryName, menu: 'file' }),
          'save-command',
          'The File menu of Notepad, open on Save, with both fields of the line edited.',
        ),
      },
    ],
    checklist: [
      {
        id: 'common-name-set',
        label: '**Common-Name** is the Directory Name, exactly, in the line of each user who already has a mailbox',
        required: true,
      },
    ],
    tips: [
      {
        title: 'Several users with a mailbox?',
        body: [
          'Do steps 2 and 3 for each of them: every one needs their own mailbox’s Directory Name in their own line.',
        ],
      },
    ],
    source: kb(Q, 'Workaround', 'step 2'),
    next: 'fix-clear-create',
    nextLabel: 'Next: the second step of the migration',
  },
  {
    kind: 'step',
    id: 'fix-clear-create',
    title: 'In the second step, clear Information to Create Mailboxes',
    intro: ['Run the second step of the two-step migration with the edited file.'],
    actions: [
      {
        id: 'start-second-step',
        text: 'Start the **Microsoft Exchange Migration Wizard** (Start > Programs > Microsoft Exchange) and go through its pages for the second step of the two-step migration, choosing the .csv file you edited.',
      },
      {
        id: 'clear-create',
        text: 'On the page that comes up after you choose the .csv file, clear **Information to Create Mailboxes**. Leave **Personal E-mail Messages** and **Personal Address Books** selected: they are the information to bring across.',
        mockup: picture(
          importPage({ createMailboxes: false }),
          'create-mailboxes',
          'The Migration Wizard page after the .csv file is chosen: Information to Create Mailboxes is cleared; Personal E-mail Messages and Personal Address Books are selected.',
        ),
      },
    ],
    checklist: [{ id: 'create-cleared', label: '**Information to Create Mailboxes** is cleared', required: true }],
    source: kb(Q, 'Workaround', 'step 3'),
    next: 'fix-no-nt-account',
    nextLabel: 'Next: Windows NT accounts',
  },
  {
    kind: 'step',
    id: 'fix-no-nt-account',
    title: 'Do not create a Windows NT account',
    intro: ['If the wizard asks whether to create a Windows NT account for the user, do not create one.'],
    actions: [
      {
        id: 'dont-create',
        text: "When the wizard offers to create Windows NT accounts, choose **Don't Create Windows NT Accounts**, then go on.",
        mockup: picture(
          ntAccounts({ choice: 'dont-create' }),
          'dont-create-accounts',
          "The Migration Wizard's choice about Windows NT accounts, with Don't Create Windows NT Accounts selected.",
        ),
      },
      { id: 'finish', text: 'Go through the remaining pages and let the run finish.' },
    ],
    checklist: [
      { id: 'no-nt-account', label: 'No Windows NT account was created', required: true },
      { id: 'run-finished', label: 'The second step ran to the end', required: true },
    ],
    source: kb(Q, 'Workaround', 'step 4'),
    next: 'verify',
    nextLabel: 'Check the result',
  },
  {
    kind: 'question',
    id: 'verify',
    title: 'Did it work?',
    prompt: 'After the run, did the user’s mail and address book information arrive in their existing mailbox?',
    help: [
      'Open the mailbox with an Exchange client (or ask the user to) and look for their MS Mail messages and personal address book. Check the Application log for a new event 7017 too.',
    ],
    options: [
      { id: 'yes', label: 'Yes, it arrived in the existing mailbox', next: 'resolved' },
      { id: 'again-7017', label: 'No: event 7017 was logged again', next: 'escalate' },
      { id: 'new-mailbox', label: 'A second, new mailbox was created for the user instead', next: 'escalate' },
      { id: 'other', label: 'No, or only partly, for another reason', next: 'escalate' },
    ],
  },
  {
    kind: 'outcome',
    id: 'resolved',
    type: 'resolved',
    title: 'Resolved: the information reached the existing mailbox',
    summary:
      'With **Mode** empty, **Common-Name** set to the Directory Name, **Information to Create Mailboxes** cleared and no Windows NT account created, the user’s MS Mail information came into their existing Exchange mailbox, as the article says it will.',
    body: ['Keep the edited .csv file with the case notes; it shows exactly what was changed.'],
    source: kb(Q, 'Workaround'),
  },
  {
    kind: 'outcome',
    id: 'escalate',
    type: 'escalate',
    title: 'Still not working: hand the case over',
    summary:
      'The fix from KB Q186742 did not bring the information across. The case’s summary for the ticket (Copy for ticket) lists everything answered and done, for second-line support.',
    nextChecks: [
      'Look at the user’s line in the .csv file once more: **Mode** empty (two commas side by side) and **Common-Name** exactly the Directory Name raw mode showed.',
      'Our reading of the fix, not the article’s: a second mailbox suggests that **Mode** still said `Create` or **Information to Create Mailboxes** was still selected.',
      'Attach the edited .csv file and the MSExchangeMig events of the run.',
    ],
    source: kb(Q, 'Workaround'),
  },
];
