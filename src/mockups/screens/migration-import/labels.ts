/**
 * Labels of the Migration Wizard page that comes up after the .csv file is
 * chosen in the second step of a two-step migration, and where each comes
 * from. KB Q186742 names only its Information to Create Mailboxes check
 * box; the other check boxes are those the Exchange 5.5 documentation lists
 * for the wizard's Migration Information page.
 */
export const MIGRATION_IMPORT_LABELS = {
  createMailboxes: 'Information to Create Mailboxes',
  messages: 'Personal E-mail Messages',
  sharedFolders: 'Shared Folders',
  pabs: 'Personal Address Books',
  schedule: 'Schedule Information',
} as const;
