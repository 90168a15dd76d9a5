/**
 * Presenter data for KB Q186742 (see ../presenter-schema.ts): the article's
 * own story as a route through the flow, and the trainer's speaker notes, in
 * our own words from the article (Symptoms, Cause, Workaround) and the
 * articles around it. Literal strings (event text, labels) match the sources.
 */
import type { PresenterData } from '../presenter-schema';

const presenter: PresenterData = {
  flowId: 'q186742',
  // Event 7017 → a mailbox existed before the migration → its alias differs from the MS Mail name → a two-step
  // migration of mail and address books → versions and source in scope → the Q186742 diagnosis → the four-part
  // fix → verified.
  articlePath: {
    entry: 'diagnose',
    answers: [
      { question: 'app-log-event', answer: 'event-7017' },
      { question: 'existing-mailbox', answer: 'yes' },
      { question: 'alias-differs', answer: 'different' },
      { question: 'migration-method', answer: 'two-step' },
      { question: 'migrated-what', answer: 'mail-and-pab' },
      { question: 'exchange-version', answer: 'ex50-55' },
      { question: 'source-system', answer: 'msmail-pc' },
      { question: 'verify', answer: 'yes' },
    ],
  },
  notes: {
    'app-log-event':
      'Start from the evidence: the event ID. Point out that 7017 and 147 print the same sentence, so the number matters more than the words, and that 283 comes from another source, MSExchangeMIGDS.',
    'version-147':
      'Event 147 has its own article, KB Q152330, for Exchange Server 4.0 and 5.0; it was corrected in 5.5. So ask the version before naming it.',
    'version-283':
      'Event 283 comes from MSExchangeMIGDS, not MSExchangeMig, and its words are about the directory. Its two articles cover Exchange Server 4.0 and 5.0, so the version comes first again.',
    'existing-mailbox':
      'The article’s cause has two parts. This is the first: the mailbox was there before the migration.',
    'alias-differs':
      'The second part of the cause: the names differ. CARLAM in MS Mail, CMoreau in Exchange is the typical picture.',
    'migration-method': 'The fix edits the .csv file, which only a two-step migration writes.',
    'migrated-what': 'The article’s failure comes with the mail and address books, not with creating mailboxes alone.',
    'exchange-version':
      'The article covers Exchange Server 5.0 and 5.5. Other articles describe errors with existing users on 4.0, some on 5.0 too: events 147, 162 or 178, and 283.',
    'source-system': 'Last check: the article is about migrations from Microsoft Mail for PC Networks.',
    'diagnosis-q186742':
      'Pause here: nothing is broken in Exchange. The user already had a mailbox, and its alias differs from the MS Mail mailbox name; the article says no more about why. Ask the room how the mailboxes created early in their migration were named.',
    'cause-147-container': 'Same sentence, different number. This is why the first question asks for the event ID.',
    'cause-283-existing-recipient':
      'Another user who existed before the migration, but here the directory refuses the change. Rights come first, because that check deletes nothing; only if 283 comes back does the old recipient go, after a look at what the old mailbox holds.',
    'cause-7026-q255888':
      'The closest relative of Q186742: 7026 can follow a mailbox that existed before the migration too. The event ID tells them apart; the Q255888 guide takes it from here.',
    'cause-162-178-false-alarm':
      'Not every red event is a failure: on 4.0 this one is logged even though the migration worked.',
    'cause-7044-q255888': 'The sister article. Mailboxes are created but stay empty; the cause is who is logged on.',
    'not-this-other-event':
      'The event ID is the article’s signature; without 7017, the case goes on in the Q255888 guide, which asks which error it was.',
    'not-this-no-event':
      'No event, no Q186742. Send them back to Event Viewer first; if there really is none, the Q255888 guide takes the case on.',
    'not-this-147-ex55':
      'The article ends here, not the case: on 5.5 the guide does not know this 147. Look at the other errors of the run (another one goes back to the first question), or hand it over with the event text.',
    'not-this-283-ex55':
      'The articles stop at 5.0. Say so, then check their causes anyway (rights, a recipient that already exists) before handing the case over.',
    'not-this-no-mailbox': 'Worth a second look: an old mailbox under an unexpected name is easy to miss.',
    'not-this-alias-same': 'Same names, so not this article. The Directory Name is the last thing to compare.',
    'not-this-one-step': 'One-step runs are outside the article; a two-step rerun is our own suggestion.',
    'not-this-mailboxes-only': 'The article is about moving the mail, not about creating mailboxes.',
    'not-applicable-version': 'Right symptoms, wrong version: say so rather than apply a fix outside its scope.',
    'not-applicable-source': 'Same caution for the source system.',
    'fix-csv-mode':
      'Show the first line of the file, then count across to Mode. Only the lines of users who already have a mailbox change.',
    'fix-check-directory-name':
      'Read the warning aloud. Raw mode is used here as a magnifying glass only: select the mailbox, read one value, Cancel.',
    'fix-common-name':
      'The article’s second edit: Common-Name now matches the Directory Name of the mailbox that exists.',
    'fix-clear-create':
      'The mailbox exists already, so this run must not create one: it only brings the information in.',
    'fix-no-nt-account': 'Last trap: the wizard may offer an account. The user already has one mailbox; decline.',
    verify: 'Check the mailbox that already existed, not a new one.',
    resolved: 'Recap the four changes: two in the file, two in the wizard.',
    escalate: 'Hand over with the file and the events; they show what was tried.',
  },
};

export default presenter;
