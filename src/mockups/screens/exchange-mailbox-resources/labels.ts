/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// Exchange Administrator, Private Information Store › Mailbox Resources
// The path (Configuration › Servers › <server> › Private Information Store ›
// Mailbox Resources), "Mailbox Resources", "Private Information Store" and the
// View › Columns are from KB Q188637 (Exchange Server 5.5 SP1/SP2, read in
// jeffpar/kbarchive; not yet in shared/reference/kb), which also names a
// "Deleted Items K" column that is not shown by default. The columns drawn
// are from memory (unverified); the server's other objects are not drawn.
export const MAILBOX_RESOURCES_LABELS = {
  privateStore: 'Private Information Store',
  mailboxResources: 'Mailbox Resources',
  columns: {
    mailbox: 'Mailbox', // unverified
    totalK: 'Total K', // unverified
    totalItems: 'Total no. Items', // unverified
  },
} as const;
