/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// Migration Wizard (§3.1)
export const MIGRATION_WIZARD_LABELS = {
  title: 'Migration Wizard', // unverified
  sources: {
    msMailPc: 'Migrate from MS Mail for PC Networks',
    msMailAppleTalk: 'Migrate from MS Mail for AppleTalk Networks', // unverified
    ccMail: 'Migrate from Lotus cc:Mail', // unverified
    notes: 'Migrate from Lotus Notes', // unverified
    groupWise: 'Migrate from Novell GroupWise', // unverified
  },
  postofficePath: 'Path to MS Mail Postoffice',
  browse: 'Browse…',
  accountName: 'Account Name',
  password: 'Password',
  migrate: {
    createMailboxes: 'Information to create mailboxes',
    messages: 'Personal E-mail Messages',
    sharedFolders: 'Shared Folders',
    pabs: 'Personal Address Books',
    schedule: 'Schedule Information',
  },
  accountsHeading: 'Select Which Accounts You Would Like To Migrate',
  selectAll: 'Select All',
  back: '< Back',
  next: 'Next >',
  cancel: 'Cancel',
  help: 'Help',
} as const;
