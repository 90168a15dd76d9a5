/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
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
  {
    label: 'Migration Wizard (title), < Back, Next >, Cancel, Help',
    unverified: true,
    note: 'As on the other Migration Wizard pages.',
  },
  { label: 'Layout of the page', unverified: true },
];
