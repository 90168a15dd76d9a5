/**
 * The outcomes of the Q255888 diagnosis: the article's own cause, the other
 * known causes of a failed MS Mail migration (each from its own article),
 * "probably not this" when an answer rules the article out, and "does not
 * apply" for other versions.
 */
import { kb, not, only } from '../../authoring';
import type { Evidence, OutcomeNode, Source } from '../../schema';
import {
  EX55,
  afterMigration,
  appLogEvent,
  batchSize,
  controlFile,
  creationProblem,
  csvProxy,
  exchangeVersion,
  loggedOnRole,
  mailboxOrigin,
  mailboxesCreated,
  nameLength,
  singleUser,
  sourceVersion,
  version151,
  version4088,
  version7026,
  version7034,
  version7017,
  whichEvent,
} from './questions';
import { DIAGNOSIS, DOC_MIGRATION, DOC_NT_ACCOUNTS, Q } from './scenario';

export const Q255888_SYMPTOMS: Evidence[] = [
  // "No event" stays neutral: the article says the event *may* be logged.
  { question: appLogEvent.id, supports: ['event-7044'], contradicts: ['other-event'], source: kb(Q, 'Symptoms') },
  only(mailboxesCreated, ['created-no-mail'], kb(Q, 'Symptoms')),
  only(batchSize, ['several'], kb(Q, 'Symptoms')),
  only(singleUser, ['works'], kb(Q, 'Symptoms')),
  only(loggedOnRole, ['service-account-admin'], kb(Q, 'Cause')),
];

/** Evidence shared by every outcome reached through "a different error": the log shows a different error. */
export const OTHER_ERROR = (ref: string) => only(appLogEvent, ['other-event'], kb(ref, 'Symptoms'));
/** Causes on the symptom path: if the log showed a specific other error, that error's article comes first. */
export const NO_OTHER_ERROR = (ref: string, section: Source['section'] = 'Symptoms') =>
  not(appLogEvent, ['other-event'], kb(ref, section, 'no other MSExchangeMig error names a different cause'));

export const DIAGNOSIS_OUTCOMES: readonly OutcomeNode[] = [
  {
    kind: 'outcome',
    id: DIAGNOSIS,
    type: 'diagnosis',
    title: 'The migration ran under an account with Service Account Admin permissions (KB Q255888)',
    summary:
      'According to the article, migrating several MS Mail users at once can fail to bring their messages across when you are logged on as a user that has Service Account Admin permissions in Exchange Server.',
    body: [
      'The fix is to run the migration while logged on as an account that holds the **Permissions Admin** role on the Organization, Site and Configuration objects. The article does not say why Service Account Admin causes the failure, so neither do we.',
      'Our own advice, not the article’s: the mailboxes already created can stay; after the fix, migrate those users again, a small batch first.',
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
      'Do not remove the `migrate:MS:NET/PO/USER` entries from the .csv file. Put them back in the file if you still have the original, then run the second step again (our own advice).',
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
    body: ['The article covers Exchange Server 5.5 up to Service Pack 3 (the 5.0 wizard found mailboxes by alias).'],
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
      'Event 7026 (“Migration Aborted due to Mapi logon failure.”) is not Q255888. Its articles agree that the Exchange 5.5 wizard looks for the target mailbox by its MIGRATE proxy address and fails when it finds none; which applies depends on how the mailbox came to exist.',
    nextChecks: [
      'Mailboxes created before the migration: see KB Q242184 (add a MIGRATE proxy address by hand, or let a two-step migration create the mailboxes).',
      'A two-step migration whose edited .csv file lost its `migrate:MS:NET/PO/USER` entries: see KB Q182665 (keep them, or add them to the mailboxes by hand).',
      'A custom recipient existed for the user: see KB Q183312 (corrected in a later Exchange 5.5 service pack).',
      'If none of these fits, keep the event text and hand the case over.',
    ],
    source: kb('Q242184', 'Cause'),
    evidence: [
      OTHER_ERROR('Q242184'),
      only(whichEvent, ['event-7026'], kb('Q242184', 'Symptoms')),
      EX55(version7026, 'Q242184'),
      not(
        mailboxOrigin,
        ['pre-created', 'custom-recipient'],
        kb('Q242184', 'Cause', 'a known cause would have matched'),
      ),
      not(csvProxy, ['removed'], kb('Q182665', 'Cause', 'a removed migrate: address is the Q182665 cause')),
    ],
    // The articles cover Exchange 5.5 only: with the version unknown, it stays likely.
    decisive: [
      { question: whichEvent.id, options: ['event-7026'] },
      { question: version7026.id, options: ['ex55'] },
    ],
  },
  {
    kind: 'outcome',
    id: 'cause-7017-alias',
    type: 'other-cause',
    // The event settles which article explains it, not yet that article's cause: its own guide asks the rest.
    title: 'Event 7017: the event of KB Q186742, logged when a user’s existing mailbox has another alias',
    summary:
      'In a two-step migration, event 7017 (“Could not log onto the Message Store for Account”) occurs when the MS Mail user already has an Exchange mailbox whose alias is not the same as the MS Mail mailbox name.',
    nextChecks: ['Continue in the guide for KB Q186742: it checks the cause and walks through the fix.'],
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
    id: 'cause-147-q186742',
    type: 'other-cause',
    title: 'Event 147: the words of 7017, another cause (KB Q152330)',
    summary:
      'Event 147 says what 7017 says, but KB Q152330 gives it another cause (Exchange Server 4.0 and 5.0), which the guide for KB Q186742 explains.',
    source: kb('Q152330', 'Summary'),
    evidence: [OTHER_ERROR('Q152330'), only(whichEvent, ['event-147'], kb('Q152330', 'Summary'))],
    decisive: [{ question: whichEvent.id, options: ['event-147'] }],
    continues: {
      flow: 'q186742',
      node: 'app-log-event',
      carry: [{ from: whichEvent.id, to: 'app-log-event', options: { 'event-147': 'event-147' } }],
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
    id: 'cause-151-135-mmf',
    type: 'other-cause',
    title: 'Events 151 / 135: the user’s message file is locked open or damaged (KB Q199980)',
    summary:
      'Events 151 and 135 (“Could not migrate MMF file for account.”, with the user and the path of the file) mean the migration could not read the user’s mail message file (MMF). The article gives the cause as an MMF that is locked open or in an unstable state.',
    nextChecks: [
      'Have the password of the user’s MMF recovered.',
      'Log on to Microsoft Mail with that user’s account, then log off.',
      'Migrate that one user again.',
    ],
    source: kb('Q199980', 'Workaround'),
    evidence: [
      OTHER_ERROR('Q199980'),
      only(whichEvent, ['event-151-135'], kb('Q199980', 'Symptoms')),
      EX55(version151, 'Q199980'),
    ],
    decisive: [{ question: whichEvent.id, options: ['event-151-135'] }],
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
    evidence: [
      OTHER_ERROR('Q234733'),
      only(whichEvent, ['event-4088'], kb('Q234733', 'Symptoms')),
      EX55(version4088, 'Q234733'),
    ],
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
      'Our own advice (the documentation asks only for Exchange permissions): run the wizard again logged on as an account with **Permissions Admin** on the Organization, Site and Configuration objects; the permission steps of this guide grant it.',
      'Not as the Exchange service account: it holds **Service Account Admin**, and migrating several users at once with that role is the problem KB Q255888 describes (their mail is not migrated).',
    ],
    source: kb(DOC_MIGRATION, 'Documentation'),
    evidence: [
      only(whichEvent, ['invalid-server'], kb(DOC_MIGRATION, 'Documentation')),
      only(creationProblem, ['invalid-server'], kb(DOC_MIGRATION, 'Documentation')),
      not(
        mailboxesCreated,
        ['created-no-mail', 'mail-arrived'],
        kb(DOC_MIGRATION, 'Documentation', 'as we read it, the wizard stops before it creates anything'),
      ),
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
      'Or have the user forward the new messages to their Exchange mailbox from the MS-DOS client (the article says this needs working transport agents between the postoffice and Exchange Server).',
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
      "The Exchange 5.5 migration documentation says Windows NT account names allow 20 characters. Creating accounts from longer names fails; matching existing ones (**Don't Create Windows NT Accounts**) compares only the first 20 characters, so permissions can go to the wrong account.",
    nextChecks: [
      'Use a two-step migration and edit the **Assoc-NT-Account** field in the user list (.csv) file: a unique name of 20 characters or fewer for each account the wizard creates, or the user’s own existing account.',
      'Our own advice: check each mailbox already migrated for its primary Windows NT account, and correct any that points at the wrong account.',
    ],
    source: kb(DOC_NT_ACCOUNTS, 'Documentation'),
    evidence: [
      NO_OTHER_ERROR(DOC_NT_ACCOUNTS, 'Documentation'),
      not(mailboxesCreated, ['created-no-mail'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
      only(creationProblem, ['nt-account-errors'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
      only(afterMigration, ['wrong-account'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
      only(nameLength, ['longer'], kb(DOC_NT_ACCOUNTS, 'Documentation')),
    ],
    // The symptom and the names being too long: "Not sure" about the names leaves it likely.
    decisive: [
      {
        anyOf: [
          { question: creationProblem.id, options: ['nt-account-errors'] },
          { question: afterMigration.id, options: ['wrong-account'] },
        ],
      },
      { question: nameLength.id, options: ['longer'] },
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
      'Q255888 is identified by event 7044 with return code 80004005. A different MSExchangeMig error points to a different cause, and this guide knows no article about it that fits your case.',
    nextChecks: [
      'Open the event in Event Viewer and note its **Event ID** and the full **Description**; paste it into the box on the first question and the wizard reads it for you.',
      'If it is one of 7026, 7017, 147, 7000, 7007, 151, 135, 7034, 145 or 4088 and you did not pick it, go back and pick it: each has its own article. If you did, its article does not cover your case (7017: not Exchange 5.0 or 5.5; 7026, 7034, 4088, 151, 135: not Exchange 5.5, or no command line).',
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
      'Mailboxes not created: the account running the wizard needs Exchange permissions and the right to create Windows NT accounts (“Invalid server specified” means it lacks Exchange permissions).',
      'Accounts failed or went to the wrong mailbox though no name is over 20 characters: check that each **Assoc-NT-Account** in the .csv file is unique and right (our advice).',
      'A single user fails too: note the IDs of the MSExchangeMig events in the Application log; the first question of this guide knows several.',
      'Anything else, or still failing: hand the case over with its summary (**Copy for ticket**).',
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
      'Look for migration articles written for your Exchange version: the articles this guide knows say little about other versions.',
      'Exchange Server 4.0: several of the MS Mail migration articles this guide knows (events 7000 / 7007, event 145, recent messages missing) also cover 4.0. Go back to the first question and follow the error you see.',
      'Note the exact version and service pack (Help > About in Exchange Administrator) before handing the case over.',
    ],
    source: { ref: Q, section: 'Symptoms', note: 'applies to Exchange Server 5.0 and 5.5' },
    evidence: [
      ...Q255888_SYMPTOMS,
      only(exchangeVersion, ['other'], kb(Q, 'Symptoms', 'applies to Exchange Server 5.0 and 5.5 only')),
    ],
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
];
