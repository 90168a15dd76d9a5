/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Microsoft Exchange Administrator, the menus File, View, Tools, Window',
    source: 'Exchange Server 5.5 documentation and KBs, via domain-facts §1.1 and §1.3',
  },
  {
    label: 'Edit, Help (menus)',
    unverified: true,
    note: 'Standard menus; that they exist is not confirmed (domain-facts §1.3).',
  },
  { label: 'The toolbar’s buttons', unverified: true },
  {
    label:
      'Connect to Server…, New Mailbox…, New Other, Properties (File menu); Directory Import…, Extract Windows NT Account List…, Move Mailbox…, Options… (Tools menu)',
    source: 'domain-facts §1.3',
    note: 'The sources name these items without the “…”; the ellipsis after an item that opens a dialog is the Windows convention, and unverified here.',
  },
  {
    label:
      'Address Book Views, Folders, Public Folders, Global Address List, Configuration, Add-Ins, Addressing, Connections, Servers, Recipients',
    source: 'domain-facts §1.2 (the hierarchy)',
  },
  {
    label:
      'DS Site Configuration, Information Store Site Configuration, Details Templates, E-mail Address Generators, One-Off Address Templates',
    source: 'domain-facts §1.2',
  },
  { label: 'Raw Properties (File menu, raw mode only)', source: 'KB Q186742, Workaround, step 2' },
  { label: 'Shift+Enter (beside Raw Properties)', source: 'KB Q241472' },
  {
    label: 'ACME, HEADOFFICE, EXCH01, the mailboxes’ names',
    unverified: true,
    note: 'Our sample organisation, not from any source.',
  },
  { label: 'Close', unverified: true },
  { label: 'Exit', unverified: true },
  { label: 'Alt+Enter', unverified: true, note: 'The shortcut beside Properties.' },
  { label: 'Directory Export…', unverified: true },
  { label: 'Up One Level', unverified: true },
  { label: 'System Folders', unverified: true },
  { label: 'Directory Replication', unverified: true },
  { label: 'Monitors', unverified: true },
  { label: 'Protocols', unverified: true },
  { label: 'MTA Site Configuration', unverified: true },
  { label: 'Site Addressing', unverified: true },
  { label: 'Display Name', unverified: true, note: 'The heading of the contents pane’s column.' },
  { label: 'Ready', unverified: true },
  { label: '… objects', unverified: true, note: 'The status bar’s count of objects.' },
];
