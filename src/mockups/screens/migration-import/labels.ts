/**
 * Labels of the Migration Wizard page that comes up after the .csv file is
 * chosen in the second step of a two-step migration, and where each comes
 * from. KB Q186742 names only its Information to Create Mailboxes check
 * box; the other check boxes are those the Exchange 5.5 documentation lists
 * for the wizard's Migration Information page.
 */
import type { LabelSource } from '../../label-sources';

export const MIGRATION_IMPORT_LABELS = {
  createMailboxes: 'Information to Create Mailboxes',
  messages: 'Personal E-mail Messages',
  sharedFolders: 'Shared Folders',
  pabs: 'Personal Address Books',
  schedule: 'Schedule Information',
} as const;

export const MIGRATION_IMPORT_LABEL_SOURCES: readonly LabelSource[] = [
  {
    label: 'Information to Create Mailboxes',
    source: 'KB Q186742, Workaround, step 3',
    note: 'The Exchange 5.5 documentation (xmg04023) writes the same check box “Information to create mailboxes” on the one-step page; we follow KB Q186742, which is about this page.',
  },
  {
    label: 'Personal E-mail Messages, Shared Folders, Personal Address Books, Schedule Information',
    source: 'Exchange Server 5.5 documentation, Migration (xmg04023), via domain-facts §3.1',
    note: 'Listed there for the one-step Migration Information page; that this page of the second step shows the same boxes is unverified.',
  },
  { label: 'Migration Wizard (title), < Back, Next >, Cancel, Help', unverified: true, note: 'As on the other Migration Wizard pages.' },
  { label: 'Layout of the page', unverified: true },
];
