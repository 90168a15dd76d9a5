/**
 * KB Q255888: "XFOR: Migration from MS Mail to Exchange Server Does Not Work".
 * Symptoms, cause and fix as data, written in our own words. Literal strings
 * (event text, role names, on-screen labels) match the article and
 * shared/reference/domain-facts.md exactly.
 */
import type { Flow, MockupRef } from '../schema';

const Q = 'Q255888';
const DIAGNOSIS = 'diagnosis-q255888';

const SERVICE = 'ACMEDOM\\ExchService';
const MIGRATION = 'ACMEDOM\\MigAdmin';

type Level = 'organization' | 'site' | 'configuration';

/** The Properties dialog of a container object, on its Permissions tab. */
function properties(
  object: Level,
  stage: 'before' | 'added' | 'granted',
  target: string,
  description: string,
): MockupRef {
  const accounts =
    stage === 'before'
      ? [{ account: SERVICE, role: 'Service Account Admin' }]
      : [
          { account: SERVICE, role: 'Service Account Admin' },
          { account: MIGRATION, role: stage === 'granted' ? 'Permissions Admin' : 'Admin' },
        ];
  return {
    screen: 'exchange-properties',
    state: {
      object,
      tab: 'permissions',
      accounts,
      selectedAccount: stage === 'before' ? SERVICE : MIGRATION,
    },
    target,
    description,
  };
}

const LEVEL_TEXT: Record<Level, { name: string; where: string; next: string; after: string }> = {
  organization: {
    name: 'Organization',
    where:
      'In **Microsoft Exchange Administrator**, click the Organization object: the top of the hierarchy on the left, shown under your organization’s name.',
    next: 'grant-site',
    after: 'Next: the Site object',
  },
  site: {
    name: 'Site',
    where:
      'In the hierarchy, expand the organization and click the Site object (shown under your site’s name).',
    next: 'grant-configuration',
    after: 'Next: the Configuration object',
  },
  configuration: {
    name: 'Configuration',
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
};

const OWN_RIGHTS_TIP = {
  title: 'The Add… button is unavailable or the change is refused?',
  body: [
    'Only an account that already holds **Permissions Admin** (or **Service Account Admin**) on an object can change that object’s permissions. Make this change while logged on as such an account, for example the account that installed Exchange.',
  ],
};

function grantStep(level: Level) {
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
      { id: 'select-object', text: t.where },
      {
        id: 'open-permissions',
        text: 'Choose **File** > **Properties** (or double-click the object), then click the **Permissions** tab.',
        mockup: properties(
          level,
          'before',
          'permissions-tab',
          `The ${t.name} Properties dialog open on its Permissions tab. The service account is listed with the Service Account Admin role.`,
        ),
      },
      {
        id: 'add-account',
        text: 'Click **Add…**. In **Add Users and Groups**, pick the account under **Names** (click **Show Users** if only groups are listed), click **Add**, then **OK**. The account now appears in **Windows NT accounts with permissions**.',
        mockup: properties(
          level,
          'before',
          'add-button',
          'The Add… button sits under the “Windows NT accounts with permissions” list.',
        ),
      },
      {
        id: 'choose-role',
        text: 'Click the account in **Windows NT accounts with permissions**, then choose **Permissions Admin** in the **Roles** list.',
        mockup: properties(
          level,
          'granted',
          'roles-list',
          `The migration account is selected in the list and the Roles list shows Permissions Admin. The Rights list shows the rights that role grants on the ${t.name} object.`,
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
    tips: level === 'organization' ? [PERMISSIONS_TAB_TIP, OWN_RIGHTS_TIP] : [PERMISSIONS_TAB_TIP],
    speakerNotes: `${t.name} level. Point at the Permissions tab first, then Add…, then the Roles list. Stress that nothing already listed is removed.`,
    source: { ref: Q, section: 'Resolution' as const, note: level === 'organization' ? 'steps 1–3' : 'step 4' },
    next: t.next,
    nextLabel: t.after,
  };
}

export const q255888Flow: Flow = {
  id: 'q255888',
  revision: 1,
  title: 'Mail is not migrated when several MS Mail users are moved to Exchange at once',
  summary:
    'Migrating more than one user from an MS Mail postoffice creates the accounts and mailboxes in Exchange Server 5.0 or 5.5, but their messages never arrive. Migrating users one at a time works.',
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
    // ── Symptoms, most decisive first ────────────────────────────────────
    {
      kind: 'question',
      id: 'app-log-event',
      title: 'Application log event',
      prompt: 'Which error does the Application log on the Exchange server show for the migration?',
      help: [
        'Open **Event Viewer** on the server where the Migration Wizard ran, choose **Log** > **Application**, and look for entries from the source `MSExchangeMig` around the time of the migration.',
      ],
      options: [
        {
          id: 'event-7044',
          label: 'Event ID 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”, return code 80004005',
          next: 'mailboxes-created',
        },
        {
          id: 'other-event',
          label: 'A different MSExchangeMig error (for example 7026, 7017, 7000 or 7007)',
          next: 'not-this-other-event',
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
          next: 'mailboxes-created',
        },
      ],
    },
    {
      kind: 'question',
      id: 'mailboxes-created',
      title: 'What the migration left behind',
      prompt: 'After the migration, what do you find in Exchange for the users you migrated?',
      options: [
        {
          id: 'created-no-mail',
          label: 'Their Windows NT accounts and mailboxes exist, but the mailboxes are empty: the messages were not migrated',
          next: 'batch-size',
        },
        {
          id: 'not-created',
          label: 'The accounts or mailboxes were not created at all',
          next: 'not-this-symptoms',
        },
        {
          id: 'mail-arrived',
          label: 'Mailboxes and messages arrived; something else is wrong',
          next: 'not-this-symptoms',
        },
        { id: 'not-sure', label: 'Not sure', next: 'batch-size' },
      ],
    },
    {
      kind: 'question',
      id: 'batch-size',
      title: 'Users per run',
      prompt: 'How many users did you select in the migration run that failed?',
      options: [
        { id: 'several', label: 'More than one user at a time', next: 'single-user' },
        { id: 'one', label: 'A single user', next: 'not-this-symptoms' },
      ],
    },
    {
      kind: 'question',
      id: 'single-user',
      title: 'Migrating one user alone',
      prompt: 'If you migrate just one of those users on their own, do that user’s messages arrive?',
      options: [
        { id: 'works', label: 'Yes, one user at a time works', next: 'logged-on-role' },
        { id: 'fails', label: 'No, a single user fails the same way', next: 'not-this-symptoms' },
        {
          id: 'not-tried',
          label: 'Not tried yet',
          hint: 'Trying one user on their own is a quick way to confirm this article.',
          next: 'logged-on-role',
        },
      ],
    },
    {
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
          accounts: [{ account: SERVICE, role: 'Service Account Admin' }],
          selectedAccount: SERVICE,
        },
        target: 'accounts-list',
        description:
          'The Organization Properties dialog on its Permissions tab. The service account is listed with the role Service Account Admin.',
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
        { id: 'not-sure', label: 'Not sure', next: 'exchange-version' },
      ],
    },
    {
      kind: 'question',
      id: 'exchange-version',
      title: 'Exchange Server version',
      prompt: 'Which version of Exchange Server are you migrating to?',
      options: [
        { id: 'ex50-55', label: 'Exchange Server 5.0 or 5.5', next: 'source-version' },
        { id: 'other', label: 'Another version (for example Exchange 4.0 or Exchange 2000)', next: 'not-applicable-version' },
      ],
    },
    {
      kind: 'question',
      id: 'source-version',
      title: 'Source mail system',
      prompt: 'Which mail system are the users coming from?',
      options: [
        {
          id: 'msmail-3x',
          label: 'Microsoft Mail for PC Networks 3.2, 3.2a or 3.5',
          next: DIAGNOSIS,
        },
        {
          id: 'other',
          label: 'Another system or version (MS Mail for AppleTalk, cc:Mail, GroupWise, …)',
          next: 'not-applicable-source',
        },
      ],
    },

    // ── Diagnosis ─────────────────────────────────────────────────────────
    {
      kind: 'outcome',
      id: DIAGNOSIS,
      type: 'diagnosis',
      title: 'This matches KB Q255888: the migration ran under an account with Service Account Admin permissions',
      summary:
        'According to the article, migrating several MS Mail users at once can fail to bring their messages across when you are logged on as a user that has Service Account Admin permissions in Exchange Server.',
      body: [
        'The fix is to run the migration while logged on as an account that holds the **Permissions Admin** role on the Organization, Site and Configuration objects. The article does not explain why the Service Account Admin role causes the failure, so neither do we.',
        'Mailboxes that were already created can stay. After the fix, migrate the users again.',
      ],
      source: { ref: Q, section: 'Cause' },
      evidence: [
        { question: 'app-log-event', supports: ['event-7044'], contradicts: ['other-event'], source: { ref: Q, section: 'Symptoms' } },
        { question: 'mailboxes-created', supports: ['created-no-mail'], contradicts: ['not-created', 'mail-arrived'], source: { ref: Q, section: 'Symptoms' } },
        { question: 'batch-size', supports: ['several'], contradicts: ['one'], source: { ref: Q, section: 'Symptoms' } },
        { question: 'single-user', supports: ['works'], contradicts: ['fails'], source: { ref: Q, section: 'Symptoms' } },
        { question: 'logged-on-role', supports: ['service-account-admin'], contradicts: ['permissions-admin', 'other-role'], source: { ref: Q, section: 'Cause' } },
        { question: 'exchange-version', supports: ['ex50-55'], contradicts: ['other'], source: { ref: Q, section: 'Symptoms' } },
        { question: 'source-version', supports: ['msmail-3x'], contradicts: ['other'], source: { ref: Q, section: 'Symptoms' } },
      ],
      next: 'fix-account',
      nextLabel: 'Start the fix',
    },

    // ── Probably not Q255888 ──────────────────────────────────────────────
    {
      kind: 'outcome',
      id: 'not-this-other-event',
      type: 'not-this',
      rulesOut: DIAGNOSIS,
      title: 'Probably not Q255888: the log shows a different migration error',
      summary:
        'Q255888 is identified by event 7044 with return code 80004005. A different MSExchangeMig event points to a different cause.',
      nextChecks: [
        'Open the event in Event Viewer and note its **Event ID** and the full **Description**.',
        'Event 7026 (“Migration Aborted due to Mapi logon failure”) usually means the wizard could not find the target mailbox by its MIGRATE proxy address: see KB Q182665 and Q242184.',
        'Event 7017 (“Could not log onto the Message Store for Account”) is described in KB Q186742.',
        'Events 7000 and 7007 (a PAB or MMF file could not be migrated) are described in KB Q168606.',
        'If none of these fit, hand the case over with the event text attached.',
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
        'If a single user fails too, look in the Application log for MSExchangeMig events and note their IDs.',
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
      summary: 'The article covers Exchange Server 5.0 and 5.5 only.',
      nextChecks: [
        'Look for migration articles written for your Exchange version; the Migration Wizard and its permissions changed between versions.',
        'Note the exact version and service pack (Help > About in Exchange Administrator) before handing the case over.',
      ],
      source: { ref: Q, section: 'Symptoms', note: 'applies to Exchange Server 5.0 and 5.5' },
    },
    {
      kind: 'outcome',
      id: 'not-applicable-source',
      type: 'not-applicable',
      rulesOut: DIAGNOSIS,
      title: 'Q255888 does not apply to this source system',
      summary: 'The article covers migrations from Microsoft Mail for PC Networks 3.2, 3.2a and 3.5 only.',
      nextChecks: [
        'Look for Migration Wizard articles about your source system; each source has its own failure modes.',
        'Note the source system, its version and the Application log events before handing the case over.',
      ],
      source: { ref: Q, section: 'Symptoms', note: 'applies to MS Mail for PC Networks 3.2, 3.2a, 3.5' },
    },

    // ── The fix ───────────────────────────────────────────────────────────
    {
      kind: 'question',
      id: 'fix-account',
      title: 'Choose the account',
      prompt: 'Which Windows NT account will run the migration?',
      help: [
        'Any Windows NT account will do once it holds **Permissions Admin** on the Organization, Site and Configuration objects. Use a named account rather than the Exchange service account.',
      ],
      options: [
        {
          id: 'existing-ready',
          label: 'An existing account that already holds Permissions Admin on all three objects',
          next: 'fix-log-on',
        },
        {
          id: 'existing',
          label: 'An existing Windows NT account that does not hold Permissions Admin yet',
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
      ],
      actions: [
        {
          id: 'open-user-manager',
          text: 'Start **User Manager for Domains** (Start > Programs > Administrative Tools).',
        },
        { id: 'new-user', text: 'Choose **User** > **New User…**.' },
        {
          id: 'fill-in',
          text: 'Type a **Username** (up to 20 characters), a **Full Name** and a **Description**, then the **Password** and **Confirm Password** (up to 14 characters, case sensitive).',
        },
        {
          id: 'password-options',
          text: 'Clear **User Must Change Password at Next Logon** if you will log on as this account straight away, and make sure **Account Disabled** is clear.',
        },
        { id: 'add', text: 'Click **Add**, then **Close**.' },
      ],
      checklist: [{ id: 'account-created', label: 'The new account exists and is enabled', required: true }],
      tips: [
        {
          title: 'Want a mailbox for it too?',
          body: [
            'With Exchange installed, User Manager has an **Exchange** menu; its options can create a mailbox along with the account. The migration does not need one for this account.',
          ],
        },
      ],
      speakerNotes: 'Only needed when no suitable account exists. Any account works once it has the role on all three objects.',
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
        { id: 'log-on', text: 'Log on to the server as the account that now holds **Permissions Admin** on all three objects.' },
        {
          id: 'run-wizard',
          text: 'Start the **Microsoft Exchange Migration Wizard** (Start > Programs > Microsoft Exchange), choose **Migrate from MS Mail for PC Networks** and select several users, including some whose mail did not arrive before.',
        },
        { id: 'check-mail', text: 'When the wizard finishes, open one or two of the migrated mailboxes and look for their old messages.' },
      ],
      checklist: [
        { id: 'logged-on', label: 'Logged on as the account with Permissions Admin', required: true },
        { id: 'migrated-again', label: 'Migrated several users in one run', required: true },
      ],
      speakerNotes: 'The key point: the account you are logged on with is the one that counts, not the one you typed somewhere.',
      source: { ref: Q, section: 'Resolution', note: 'log on as a user with the Permissions Admin role' },
      next: 'verify',
      nextLabel: 'Check the result',
    },
    {
      kind: 'question',
      id: 'verify',
      title: 'Did it work?',
      prompt: 'Did the messages arrive in the migrated mailboxes this time?',
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
};
