/**
 * The outcomes of the Q186742 diagnosis: the article's own cause, the
 * causes that look like it (each from its own article), "probably not this"
 * when an answer rules the article out, and "does not apply" for other
 * versions and source systems.
 */
import { kb, only } from '../../authoring';
import type { Evidence, OutcomeNode } from '../../schema';
import {
  aliasDiffers,
  appLogEvent,
  exchangeVersion,
  existingMailbox,
  migratedWhat,
  migrationMethod,
  sourceSystem,
  version147,
  version283,
} from './questions';
import { DIAGNOSIS, Q } from './scenario';

/** What the article describes: the event, the existing mailbox with another alias, the two-step run of mail and address books. */
const Q186742_SYMPTOMS: Evidence[] = [
  only(appLogEvent, ['event-7017'], kb(Q, 'Symptoms')),
  only(existingMailbox, ['yes'], kb(Q, 'Cause')),
  only(aliasDiffers, ['different'], kb(Q, 'Cause')),
  only(migrationMethod, ['two-step'], kb(Q, 'Symptoms')),
  only(migratedWhat, ['mail-and-pab'], kb(Q, 'Symptoms')),
];
const VERSIONS = kb(Q, 'Symptoms', 'the article applies to Exchange Server 5.0 and 5.5');

const diagnosis: OutcomeNode = {
  kind: 'outcome',
  id: DIAGNOSIS,
  type: 'diagnosis',
  title: 'This matches KB Q186742: the user already had a mailbox whose alias differs from the MS Mail mailbox name',
  summary:
    'According to the article, migrating a user’s mail and address book information in a two-step migration fails with event 7017 when the MS Mail user already has an Exchange mailbox whose alias is not the same as their MS Mail mailbox name.',
  body: [
    'The fix has four parts: in the .csv user list, empty the **Mode** field and set **Common-Name** to the existing mailbox’s Directory Name; then, in the second step, clear **Information to Create Mailboxes** and do not create a Windows NT account. The article says this brings the information into the existing mailbox.',
    'The article does not explain why the different alias makes the logon fail, so neither do we.',
  ],
  source: kb(Q, 'Cause'),
  evidence: [
    ...Q186742_SYMPTOMS,
    only(exchangeVersion, ['ex50-55'], VERSIONS),
    only(sourceSystem, ['msmail-pc'], kb(Q, 'Symptoms')),
  ],
  // The article's signature: the event, and its two-part cause (a mailbox that already existed, under another alias).
  decisive: [
    { question: appLogEvent.id, options: ['event-7017'] },
    { question: existingMailbox.id, options: ['yes'] },
    { question: aliasDiffers.id, options: ['different'] },
  ],
  next: 'fix-csv-mode',
  nextLabel: 'Start the fix',
};

/** Evidence of the causes reached from the first question: the log showed their event. */
const EVENT = (option: string, ref: string, section: 'Symptoms' | 'Summary' = 'Symptoms') =>
  only(appLogEvent, [option], kb(ref, section));

const lookAlikes: OutcomeNode[] = [
  {
    kind: 'outcome',
    id: 'cause-147-container',
    type: 'other-cause',
    title:
      'Event 147 on Exchange Server 4.0 or 5.0: the wizard was pointed at another recipients container (KB Q152330)',
    summary:
      'Event 147 reads like 7017 (“Could not log onto the Message Store for Account: <mailbox>”) but is a different problem: the user already has a mailbox in one recipients container, and the Migration Wizard was told to use a different one. Microsoft confirmed it as a problem in Exchange Server 4.0 and 5.0 and corrected it in 5.5.',
    nextChecks: [
      'Check which recipients container holds the user’s existing mailbox, and which container was chosen in the wizard.',
      'The article gives no workaround; the correction is in Exchange Server 5.5.',
      'Our suggestion, not the article’s: choosing the container that already holds the mailbox avoids the situation the article describes.',
    ],
    source: kb('Q152330', 'Summary'),
    evidence: [
      EVENT('event-147', 'Q152330', 'Summary'),
      only(
        version147,
        ['ex40-50'],
        kb('Q152330', 'Status', 'a problem in Exchange Server 4.0 and 5.0, corrected in 5.5'),
      ),
    ],
    // The event, and a version the article's problem holds on: in 5.5 it was corrected.
    decisive: [
      { question: appLogEvent.id, options: ['event-147'] },
      { question: version147.id, options: ['ex40-50'] },
    ],
  },
  {
    kind: 'outcome',
    id: 'cause-283-existing-recipient',
    type: 'other-cause',
    title:
      'Event 283 on Exchange Server 4.0 or 5.0: the directory would not let the wizard change a user who already exists in Exchange (KB Q162833, Q154443)',
    summary:
      'Event 283 names a user who already exists in the Exchange directory, as a mailbox or a custom recipient, and says the directory refused the change. KB Q154443 gives two causes: the account running the wizard lacks rights on the Exchange directory, or a mailbox or custom recipient already exists for the user (for example one that directory synchronization with the MS Mail postoffice created). KB Q162833 adds a third: the recipient is homed on a server in another site, so the wizard cannot remove it from the target server to put the new mailbox in its place.',
    nextChecks: [
      'Rights first (our own order: the articles fix both before the wizard runs again, but this check removes nothing): log on to the Windows NT domain as the Microsoft Exchange service account, or as an account with administrative permissions for the Exchange server, and run the Migration Wizard again. Our own advice, on Exchange Server 5.0: to migrate several users at once, prefer an account with **Permissions Admin** to the service account, whose Service Account Admin permissions can keep their mail from being migrated (KB Q255888; its guide shows how to grant the role).',
      'If event 283 comes back, remove the user’s custom recipient or mailbox in **Microsoft Exchange Administrator**, from the Global Address List and the recipients container (KB Q154443). If it is homed on a server in another site, remove it on that home server (KB Q162833); our own advice: reach that server with **File** > **Connect to Server**, and first make sure an existing mailbox holds nothing the user still needs.',
      'Then let the directory catch up. KB Q154443: run a Knowledge Consistency Check on the Exchange directory (the article does not say where). KB Q162833, for a recipient in another site: wait for directory replication to take the user out of the target server’s Global Address List, or force it with **Update Now** on the **General** tab of the target server’s Directory Service properties.',
      'Run the Migration Wizard again.',
      'Our own advice: a custom recipient that directory synchronization created may be created again by its next run, so migrate the user soon after removing it.',
    ],
    source: kb('Q162833', 'More Information'),
    evidence: [
      EVENT('event-283', 'Q162833', 'Summary'),
      only(version283, ['ex40-50'], kb('Q162833', 'Summary', 'applies to Exchange Server 4.0 and 5.0')),
    ],
    // The event, and a version its articles cover.
    decisive: [
      { question: appLogEvent.id, options: ['event-283'] },
      { question: version283.id, options: ['ex40-50'] },
    ],
  },
  {
    kind: 'outcome',
    id: 'cause-7026-q255888',
    type: 'other-cause',
    title: 'Event 7026: one of three other articles, told apart in the KB Q255888 guide',
    summary:
      'Event 7026 is not the event of KB Q186742, although it too can follow a mailbox that existed before the migration. Three articles describe it for Exchange Server 5.5 (KB Q182665, Q183312 and Q242184); the guide for KB Q255888 asks the questions that tell them apart.',
    nextChecks: [
      'Continue in the guide for KB Q255888: it asks for the Exchange Server version, then how the mailbox came to exist.',
    ],
    source: kb('Q242184', 'Symptoms'),
    evidence: [EVENT('event-7026', 'Q242184')],
    decisive: [{ question: appLogEvent.id, options: ['event-7026'] }],
    // The three articles about event 7026 are in the Q255888 guide, with the questions that tell them apart: the case
    // continues there at its question "Which migration error", with this event answered.
    continues: {
      flow: 'q255888',
      node: 'app-log-event',
      carry: [
        { from: appLogEvent.id, to: 'app-log-event', options: { 'event-7026': 'other-event' } },
        { from: appLogEvent.id, to: 'which-event', options: { 'event-7026': 'event-7026' } },
      ],
    },
  },
  {
    kind: 'outcome',
    id: 'cause-162-178-false-alarm',
    type: 'other-cause',
    title: 'Event 162 or 178, “Invalid Home-Server definition”: a false alarm (KB Q152321)',
    summary:
      'In Exchange Server 4.0, a two-step migration of a user who already exists in the Exchange directory logs event 162 (or 178) from MSExchangeMig. The article says the migration has completed all the same.',
    nextChecks: [
      'Our suggestion: open the user’s mailbox and check that their mail arrived before changing anything.',
      'The article covers Exchange Server 4.0. Our suggestion on 5.0 or 5.5: look for other MSExchangeMig errors from the same run and follow those.',
    ],
    source: kb('Q152321', 'Summary'),
    evidence: [EVENT('event-162-178', 'Q152321', 'Summary')],
    decisive: [{ question: appLogEvent.id, options: ['event-162-178'] }],
  },
  {
    kind: 'outcome',
    id: 'cause-7044-q255888',
    type: 'other-cause',
    title: 'Event 7044, “Internal failure communicating with MAPI Spooler”: KB Q255888',
    summary:
      'Event 7044 with return code 80004005 belongs to another article: messages are not migrated when several users are migrated at once by an account with Service Account Admin permissions.',
    nextChecks: ['Continue in the guide for KB Q255888: it diagnoses and fixes this event.'],
    source: kb('Q255888', 'Symptoms'),
    evidence: [EVENT('event-7044', 'Q255888')],
    decisive: [{ question: appLogEvent.id, options: ['event-7044'] }],
    // KB Q255888 has a guide of its own: the case continues there with the event answered.
    continues: {
      flow: 'q255888',
      node: 'app-log-event',
      carry: [{ from: appLogEvent.id, to: 'app-log-event', options: { 'event-7044': 'event-7044' } }],
    },
  },
];

const notThis: OutcomeNode[] = [
  {
    kind: 'outcome',
    id: 'not-this-other-event',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: the log shows a different migration error',
    summary:
      'KB Q186742 is recognised by event 7017 from MSExchangeMig. A different error points to a different cause. The guide for KB Q255888 asks which error it is and knows the article for each of the other known MS Mail migration errors (7000 and 7007, 151 and 135, 7034, 145, 4088, “Invalid server specified” and more).',
    nextChecks: [
      'Continue in the guide for KB Q255888: its next question is which error the migration reported.',
      'Note the **Event ID** and the whole **Description** of the error; you can paste them there too.',
      'If no article fits, that guide ends with a summary to hand the case over with the event text attached.',
    ],
    source: kb(Q, 'Symptoms'),
    // The Q255888 guide's question "Which migration error" knows more errors: the case continues there, with "a
    // different error" answered.
    continues: {
      flow: 'q255888',
      node: 'app-log-event',
      carry: [{ from: appLogEvent.id, to: 'app-log-event', options: { 'other-event': 'other-event' } }],
    },
  },
  {
    kind: 'outcome',
    id: 'not-this-no-event',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: no migration error was logged',
    summary:
      'The article describes a migration that fails with event 7017 in the Application log. Without that event, this is not the problem it covers. The guide for KB Q255888 goes on from here: its article says its event may be logged, so a missing event does not rule it out, and the guide also knows recent messages that are missing after a migration (KB Q190423).',
    nextChecks: [
      'Continue in the guide for KB Q255888, with “No MSExchangeMig error at all” answered: its next question is what the migration left behind in Exchange.',
      'Look again in the Application log of the server where the Migration Wizard ran, around the time of the run, for `MSExchangeMig` errors. If you find one, go back to the first question of this guide and choose it.',
      'If the user’s mail did arrive, the migration may have worked: check the mailbox before changing anything.',
    ],
    source: kb(Q, 'Symptoms'),
    // KB Q255888's event may or may not be logged, and its guide knows failures that log none: the case continues
    // there at its first question, with "no error" answered.
    continues: {
      flow: 'q255888',
      node: 'app-log-event',
      carry: [{ from: appLogEvent.id, to: 'app-log-event', options: { 'no-event': 'no-event' } }],
    },
  },
  {
    kind: 'outcome',
    id: 'not-this-147-ex55',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: event 147 on Exchange Server 5.5, a cause this guide does not know',
    summary:
      'Event 147 says what event 7017 says, but it is not the event of KB Q186742. KB Q152330, the article about event 147 with these words, covers Exchange Server 4.0 and 5.0 and says the problem was corrected in Exchange Server 5.5. On 5.5, this event 147 has a cause the guide does not know.',
    nextChecks: [
      'Our own advice: look in the Application log for other `MSExchangeMig` errors from the same run, and follow those.',
      'If one of them is event 7017, go back to the first question of this guide and choose it.',
      'If it is another error, go back to the first question of this guide and choose “Another MSExchangeMig error, or a message from the wizard”: the case goes on in the guide for KB Q255888, which asks which error it is.',
      'If there is no other error, hand the case over with the event text attached: the **Event ID** and the whole **Description** of event 147.',
    ],
    source: kb('Q152330', 'Status'),
    // No hand-over from here: the Q255888 guide would offer event 147 again and hand it back. Another error of the run
    // is this guide's own first answer "Another MSExchangeMig error", which continues there.
  },
  {
    kind: 'outcome',
    id: 'not-this-283-ex55',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: event 283 on Exchange Server 5.5, which its articles do not cover',
    summary:
      'Event 283 from MSExchangeMIGDS is not the event of KB Q186742. The two articles about it, KB Q154443 and KB Q162833, cover Exchange Server 4.0 and 5.0; neither says whether their reasons hold on 5.5.',
    nextChecks: [
      'Our own advice: their causes are quick to check on 5.5 too. Does the account running the wizard have administrative permissions for the Exchange server? Does the user the event names already have a custom recipient or mailbox, perhaps homed on a server in another site?',
      'If neither explains it, hand the case over with the **Event ID**, **Source** and whole **Description** of event 283.',
    ],
    source: kb('Q162833', 'Summary', 'applies to Exchange Server 4.0 and 5.0'),
  },
  {
    kind: 'outcome',
    id: 'not-this-no-mailbox',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: the user had no mailbox before the migration',
    summary:
      'The article’s cause is an Exchange mailbox that already existed for the user, under a different alias. A user whose mailbox this migration was to create does not fit it.',
    nextChecks: [
      'Our suggestion: check under **Recipients** whether a mailbox for the user existed after all, perhaps under another name: that would bring this article back.',
      'Otherwise, keep the event text and hand the case over.',
    ],
    source: kb(Q, 'Cause'),
  },
  {
    kind: 'outcome',
    id: 'not-this-alias-same',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: the alias is the same as the MS Mail mailbox name',
    summary: 'The article’s cause is an existing mailbox whose alias differs from the MS Mail mailbox name.',
    nextChecks: [
      'Compare the Directory Name in raw mode as well: the article says it is usually, not always, the alias.',
      'If the names match there too, keep the event text and hand the case over.',
    ],
    source: kb(Q, 'Cause'),
  },
  {
    kind: 'outcome',
    id: 'not-this-one-step',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: it was a one-step migration',
    summary:
      'The article describes a two-step migration, and its fix edits the user list (.csv) file that only a two-step migration writes.',
    nextChecks: [
      'Our suggestion, not the article’s: if the user already has a mailbox with a different alias, migrating them in a two-step migration lets you apply the article’s fix.',
      'Otherwise, keep the event text and hand the case over.',
    ],
    source: kb(Q, 'Symptoms'),
  },
  {
    kind: 'outcome',
    id: 'not-this-mailboxes-only',
    type: 'not-this',
    rulesOut: DIAGNOSIS,
    title: 'Probably not Q186742: the user’s mail and address books were not being migrated',
    summary:
      'The article’s failure comes when the user’s mail and address book information is selected for migration, not when only mailboxes are created.',
    nextChecks: [
      'Check that the run really had only **Information to Create Mailboxes** selected (the information event 10068 at the end of the run counts what it handled).',
      'Otherwise, keep the event text and hand the case over.',
    ],
    source: kb(Q, 'Symptoms'),
  },
];

const notApplicable: OutcomeNode[] = [
  {
    kind: 'outcome',
    id: 'not-applicable-version',
    type: 'not-applicable',
    rulesOut: DIAGNOSIS,
    title: 'Q186742 does not apply to this version of Exchange',
    summary:
      'The symptoms may match, but the article covers Exchange Server 5.0 and 5.5 only, so its cause and fix are not known to hold for your version.',
    nextChecks: [
      'On Exchange Server 4.0, other articles describe errors when migrating users who already exist: KB Q152330 (event 147, corrected in 5.5), KB Q152321 (event 162 or 178, a false alarm), and KB Q154443 and Q162833 (event 283 from MSExchangeMIGDS). If you see one of these events, go back to the first question and choose it.',
      'Note the exact version and service pack (Help > About in Exchange Administrator) before handing the case over.',
    ],
    source: VERSIONS,
    evidence: [...Q186742_SYMPTOMS, only(exchangeVersion, ['other'], VERSIONS)],
    decisive: [{ question: exchangeVersion.id, options: ['other'] }],
  },
  {
    kind: 'outcome',
    id: 'not-applicable-source',
    type: 'not-applicable',
    rulesOut: DIAGNOSIS,
    title: 'Q186742 does not apply to this source system',
    summary: 'The symptoms may match, but the article describes migrations from Microsoft Mail for PC Networks only.',
    nextChecks: [
      'Look for Migration Wizard articles about your source system; each has its own failures.',
      'Note the source system, its version and the Application log events before handing the case over.',
    ],
    source: kb(Q, 'Symptoms', 'migrations from Microsoft Mail for PC Networks'),
    evidence: [
      ...Q186742_SYMPTOMS,
      only(exchangeVersion, ['ex50-55'], VERSIONS),
      only(sourceSystem, ['other'], kb(Q, 'Symptoms', 'migrations from Microsoft Mail for PC Networks')),
    ],
    decisive: [{ question: sourceSystem.id, options: ['other'] }],
  },
];

export const DIAGNOSIS_OUTCOMES: readonly OutcomeNode[] = [diagnosis, ...lookAlikes, ...notThis, ...notApplicable];
