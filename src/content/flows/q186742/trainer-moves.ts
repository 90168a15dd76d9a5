/**
 * The clicks of each Q186742 fix step, action by action, for Show me / Let
 * me try / Test me (the default export: by step, then by action; only the
 * trainer's pages load it). Each move names the screen and state the learner
 * sees and the control to activate; the next move's state is what the
 * program shows after it.
 */
import { move } from '../../authoring';
import type { FlowPractice } from '../../practice';
import type { PracticeMove } from '../../schema';
import { USER, csv, importPage, ntAccounts, rawAdmin, rawProperties } from './scenario';

/** Step 1: the file open (the action's own move, in its words, written for what it shows), empty the Mode field of the user's line, then save. */
const EMPTY_MODE_PRACTICE = {
  'open-file': [
    {
      ...csv(),
      target: 'mode-column',
      result: 'Its first line names the columns; **Mode** is the field this fix changes.',
    },
  ],
  'empty-mode': [
    move(
      csv(),
      'mode-value',
      `In the line of \`${USER.mailbox}\`, double-click \`Create\` in the **Mode** field to select it.`,
      'The word is selected.',
    ),
    move(csv({ selection: 'mode' }), 'edit-menu', 'Open the **Edit** menu.', 'The Edit menu drops down.'),
    move(
      csv({ selection: 'mode', menu: 'edit' }),
      'delete-command',
      'Choose **Delete**.',
      'The field is now empty: its two commas stand side by side.',
    ),
  ],
  save: [
    move(csv({ mode: 'blank' }), 'file-menu', 'Open the **File** menu.', 'The File menu drops down.'),
    move(
      csv({ mode: 'blank', menu: 'file' }),
      'save-command',
      'Choose **Save**.',
      'The file is saved under the same name.',
    ),
  ],
} satisfies Record<string, PracticeMove[]>;

/** Step 2: in raw mode, select the mailbox, open its Raw Properties, read Directory Name, close with Cancel. */
const DIRECTORY_NAME_PRACTICE = {
  'select-mailbox': [
    move(
      rawAdmin({ selected: 'site' }),
      'recipients-node',
      'Click the **Recipients** container of your site in the hierarchy on the left.',
      'The mailboxes are listed on the right.',
    ),
    move(
      rawAdmin({ selected: 'recipients' }),
      'recipient-row',
      `Click the user’s mailbox (here **${USER.displayName}**) in the list on the right.`,
      'The mailbox is selected.',
    ),
  ],
  'open-raw-properties': [
    move(
      rawAdmin({ selected: 'recipients', recipientSelected: true }),
      'file-menu',
      'Open the **File** menu.',
      'The File menu drops down; in raw mode it offers **Raw Properties**.',
    ),
    move(
      rawAdmin({ selected: 'recipients', recipientSelected: true, menu: 'file' }),
      'raw-properties-command',
      'Choose **Raw Properties**.',
      'The mailbox’s raw properties open, with its attributes listed under **Object attributes**.',
    ),
  ],
  'read-directory-name': [
    move(
      rawProperties(),
      'directory-name-attribute',
      'Click **Directory Name** under **Object attributes**.',
      `Its value shows under **Attribute value** and **Edit value**: here \`${USER.directoryName}\`. Write it down.`,
    ),
  ],
  close: [
    move(
      rawProperties({ selected: 'directory-name' }),
      'cancel-button',
      'Click **Cancel**.',
      'The dialog closes and nothing is changed.',
    ),
  ],
} satisfies Record<string, PracticeMove[]>;

/** Step 3: replace the Common-Name field with the Directory Name, then save. */
const COMMON_NAME_PRACTICE = {
  'edit-common-name': [
    move(
      csv({ mode: 'blank' }),
      'common-name-value',
      `In the same line, double-click \`${USER.mailbox}\` in the **Common-Name** field, just after the empty **Mode** field.`,
      `It is selected. Type the Directory Name over it: \`${USER.directoryName}\`.`,
    ),
  ],
  save: [
    move(
      csv({ mode: 'blank', commonName: USER.directoryName }),
      'file-menu',
      'Open the **File** menu.',
      'The File menu drops down.',
    ),
    move(
      csv({ mode: 'blank', commonName: USER.directoryName, menu: 'file' }),
      'save-command',
      'Choose **Save**.',
      'The file is saved with both changes.',
    ),
  ],
} satisfies Record<string, PracticeMove[]>;

/** Step 4: clear Information to Create Mailboxes on the page after the .csv file, then go on. */
const CLEAR_CREATE_PRACTICE = {
  'clear-create': [
    move(
      importPage(),
      'create-mailboxes',
      'Clear **Information to Create Mailboxes**.',
      'The box is cleared; **Personal E-mail Messages** and **Personal Address Books** stay selected.',
    ),
    move(
      importPage({ createMailboxes: false }),
      'next-button',
      'Click **Next >**.',
      'The wizard goes on to its next page.',
    ),
  ],
} satisfies Record<string, PracticeMove[]>;

/** Step 5: do not create a Windows NT account. */
const NO_NT_ACCOUNT_PRACTICE = {
  'dont-create': [
    move(
      ntAccounts(),
      'dont-create-accounts',
      "Select **Don't Create Windows NT Accounts**.",
      'No Windows NT account will be created for the user.',
    ),
    move(ntAccounts({ choice: 'dont-create' }), 'next-button', 'Click **Next >**.', 'The wizard goes on.'),
  ],
} satisfies Record<string, PracticeMove[]>;

export default {
  'fix-csv-mode': EMPTY_MODE_PRACTICE,
  'fix-check-directory-name': DIRECTORY_NAME_PRACTICE,
  'fix-common-name': COMMON_NAME_PRACTICE,
  'fix-clear-create': CLEAR_CREATE_PRACTICE,
  'fix-no-nt-account': NO_NT_ACCOUNT_PRACTICE,
} satisfies FlowPractice;
