/**
 * The sample organisation every screen is drawn in (ours, not from any
 * source; the gallery says so): its names, its MS Mail postoffice's users and
 * when the failed run happened. What an article is about (its event, the
 * account a fix creates, the mailbox it works on) is not here: the content
 * gives it to the screens through their state.
 */
export const SAMPLE = {
  domain: 'ACMEDOM',
  organization: 'ACME',
  site: 'HEADOFFICE',
  server: 'EXCH01',
  serviceAccount: 'ACMEDOM\\ExchService',
  migrationAccount: 'ACMEDOM\\MigAdmin',
  postofficePath: '\\\\MAILSRV\\MAILDATA',
  postofficeAdmin: 'ADMIN',
  /** Mailboxes on the MS Mail postoffice being migrated. */
  msMailUsers: [
    { mailbox: 'ANNAB', name: 'Anna Berg' },
    { mailbox: 'BRUNOK', name: 'Bruno Keller' },
    { mailbox: 'CARLAM', name: 'Carla Moreau' },
    { mailbox: 'DAVIDW', name: 'David Wong' },
  ],
  /** Date and time the failed migration ran, as NT 4 prints them. */
  eventDate: '3/14/00',
  eventTime: '2:31:07 PM',
} as const;
