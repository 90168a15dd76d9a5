/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Migrate from MS Mail for PC Networks, Path to MS Mail Postoffice, Browse…, Account Name, Password',
    source: 'Exchange Server 5.5 documentation, Migration, via domain-facts §3.1',
    note: 'The sources name “a Browse button”; the “…” of a button that opens a dialog is the Windows convention, and unverified here.',
  },
  {
    label:
      'Information to create mailboxes, Personal E-mail Messages, Shared Folders, Personal Address Books, Schedule Information',
    source: 'domain-facts §3.1 (xmg04023)',
  },
  { label: 'Select Which Accounts You Would Like To Migrate, Select All', source: 'domain-facts §3.1 (xmg04023)' },
  {
    label: '< Back, Next >, Cancel, Help',
    unverified: true,
    note: 'The wizard’s standard buttons; the exact set is not confirmed (domain-facts §3.1).',
  },
  { label: 'Migration Wizard', unverified: true, note: 'The window title.' },
  { label: 'Migrate from MS Mail for AppleTalk Networks', unverified: true },
  { label: 'Migrate from Lotus cc:Mail', unverified: true },
  { label: 'Migrate from Lotus Notes', unverified: true },
  { label: 'Migrate from Novell GroupWise', unverified: true },
  { label: 'The picture on the left', unverified: true, note: 'Our own drawing in the Windows NT 4 style.' },
];
