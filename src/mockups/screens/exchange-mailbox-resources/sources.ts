/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label:
      'Private Information Store, Mailbox Resources, and the path Configuration › Servers › <server> › Private Information Store',
    source: 'KB Q188637 (read in an archive; not yet in shared/reference/kb)',
  },
  {
    label: 'The menus, toolbar and hierarchy of Exchange Administrator',
    source: 'As on its main window (see that screen)',
  },
  { label: 'Mailbox', unverified: true, note: 'A column name.' },
  { label: 'Total K', unverified: true, note: 'A column name.' },
  { label: 'Total no. Items', unverified: true, note: 'A column name.' },
  { label: 'The sizes and numbers of items', unverified: true, note: 'Our own illustration.' },
];
