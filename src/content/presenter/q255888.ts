/**
 * Presenter data for KB Q255888 (see ../presenter-schema.ts): the article's
 * own story as a route through the flow, and the trainer's speaker notes, in
 * our own words from the article (Symptoms, Cause, Resolution) and the
 * domain notes in shared/reference/domain-facts.md. Literal strings (event
 * text, role names, labels) match those sources exactly.
 */
import type { PresenterData } from '../presenter-schema';

const presenter: PresenterData = {
  flowId: 'q255888',
  // Event 7044 → mailboxes created but empty → several users at a time → one user works → logged on with Service
  // Account Admin → versions in scope → the Q255888 diagnosis → the fix on all three objects → verified.
  articlePath: {
    entry: 'diagnose',
    answers: [
      { question: 'app-log-event', answer: 'event-7044' },
      { question: 'mailboxes-created', answer: 'created-no-mail' },
      { question: 'batch-size', answer: 'several' },
      { question: 'single-user', answer: 'works' },
      { question: 'logged-on-role', answer: 'service-account-admin' },
      { question: 'exchange-version', answer: 'ex50-55' },
      { question: 'source-version', answer: 'msmail-3x' },
      { question: 'fix-account', answer: 'existing' },
      { question: 'verify', answer: 'yes' },
    ],
  },
  notes: {
    'app-log-event':
      'Start from the evidence, not from a guess: ask what the Application log on the Exchange server shows from the source `MSExchangeMig` around the time of the run. Event 7044 with return code 80004005 is the signature of this article. The article says the event may be logged, so a missing event does not rule it out.',
    'mailboxes-created':
      'The second clue is what the run left behind. In this article the user accounts and the Exchange mailboxes are created, but the mailboxes stay empty: the accounts came across, the mail did not. If someone in the room has seen no mailboxes at all, choose that answer and show where it leads.',
    'batch-size':
      'Ask how many users were selected in the run that failed. The article’s problem appears only when more than one user is migrated in one run.',
    'single-user':
      'The quickest test an administrator can make: migrate one of the failed users on their own, logged on as before. In the article one user at a time works, and that contrast with the several-user run is what points to this article.',
    'logged-on-role':
      'This is the cause the article names: the person running the migration is logged on as a user with **Service Account Admin** permissions. Setup gives the Exchange service account that role on the Organization, Site and Configuration objects, so running the wizard while logged on as the service account is the usual way into this problem. Show where the role is seen: the object’s **Permissions** tab.',
    'exchange-version':
      'A scope check before we call it: the article covers Exchange Server 5.0 and 5.5 only. On another version its cause and fix are not known to hold.',
    'source-version':
      'The second scope check: the users must come from Microsoft Mail for PC Networks 3.2, 3.2a or 3.5, the versions the article lists.',
    'diagnosis-q255888':
      'Pause here: the cause is who is logged on, not what was typed into the wizard. Ask the room which role their migration account holds. The article does not say why this role breaks a run of several users, so we do not guess either.',
    'fix-account':
      'The article allows an existing Windows NT account or a new one. Steer the room away from the Exchange service account: Setup gives it Service Account Admin on the Organization, Site and Configuration objects by default (KB Q168753), and running the migration under that role is the cause. This walk-through takes an existing account; choose “create a new one” on this slide to add the User Manager step.',
    'create-account':
      'Only needed when no suitable account exists. The new account needs Permissions Admin on all three objects, must not hold Service Account Admin (not even through a group: the group is our own precaution), and needs the right to log on locally at the server (KB Q161495). Usernames are limited to 20 characters.',
    'grant-organization':
      'Organization level: the article’s steps 1 to 3. Point at the **Permissions** tab first, then **Add…**, then the **Roles** list. Stress that nothing already listed is removed: the service account keeps its role, we only add one account.',
    'grant-site':
      'Site level, the article’s step 4: the same clicks on the Site object. Ask someone in the room to call out each click before you make it.',
    'grant-configuration':
      'Configuration level, the last of the three: the **Configuration** container under the site. Permissions set on it flow down to everything inside it.',
    'fix-log-on':
      'The key point: the account you are logged on with is the one that counts, not one you typed somewhere. Log off, log on as the account that now holds **Permissions Admin**, and migrate several users in one run, including some that failed before.',
    verify:
      'Check the 10068 event of the run (E-Mail Messages under Import) and a couple of mailboxes that were empty before, not only new ones: in Mailbox Resources they now hold items, and a client logon shows the old MS Mail messages. Exchange Administrator itself cannot open a mailbox.',
    resolved:
      'Recap the chain on one breath: event 7044, mailboxes created but empty, several users fail while one works, the account held Service Account Admin, so we granted **Permissions Admin** on the Organization, Site and Configuration objects and ran the migration as that account.',
    escalate:
      'When the fix does not bring the mail across, the ticket needs the evidence: the `MSExchangeMig` events of the last run, which users failed, and a second look at the account’s role on all three objects.',
    'not-this-role':
      'The account holds another role, so the article’s cause does not fit. The permission steps still help when the account lacks **Permissions Admin** on one of the three objects.',
    'cause-invalid-server':
      'A different problem from Q255888: this message means the logged-on account has no Exchange permissions at all. The cure goes through the same **Permissions** tab, which is why this branch leads to the same fix.',
    'which-event':
      'Each of these errors is described in a Knowledge Base article or in the Exchange 5.5 documentation. Take the one the class suggests and follow it; choose the first answer on the first slide again to come back to Q255888’s story.',
  },
  // "Test the whole fix": the Permissions Admin grant on all three objects, as the article's steps 1 to 4.
  fixTest: ['grant-organization', 'grant-site', 'grant-configuration'],
  tipSlides: [
    {
      step: 'grant-organization',
      tip: 'No Permissions tab, or no Rights list?',
      // Right where the room would miss the tab: after File > Properties, before the Permissions tab is used.
      afterAction: 'open-permissions',
      speakerNotes:
        'A question every class asks. If an object shows no **Permissions** tab, or the Roles box without the Rights list, open **Tools** > **Options** and its **Permissions** tab, and select **Show Permissions page for all objects** and **Display rights for roles on Permissions page**. The Organization, Site and Configuration objects usually show the tab anyway; the Rights list needs the second box.',
    },
    {
      // The step's second action sends the room to this tip: it must be a slide of the deck, and its slide comes right
      // after that action (its words name the tip, so no afterAction is needed).
      step: 'fix-log-on',
      tip: 'Windows NT will not log the account on at the server?',
      speakerNotes:
        'When Windows NT refuses to log the account on at the Exchange server, the account lacks the right **Log on locally** (KB Q161495); a new account often does. It is granted in **User Manager for Domains** under **Policies** > **User Rights**; on a server that is not a domain controller (our note: a domain controller follows the domain’s own rights), first point User Manager at the server with **User** > **Select Domain** (KB Q231422). We have no picture of that dialog: its own labels are not in our sources.',
    },
  ],
};

export default presenter;
