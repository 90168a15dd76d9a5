/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label:
      'SFS_UserName, SFS_FullName, MigrateUser, Obj-Class, Mode, Common-Name, Display-Name, Given-Name, Surname, Home-Server, Comment, Assoc-NT-Account',
    source: 'KB Q150438, More Information',
    note: 'The columns in the order the article lists them. That the file starts with them as a header line is our drawing.',
  },
  {
    label: 'Y, Mailbox, Create, ~SERVER',
    source: 'KB Q150438, More Information',
    note: 'Default values of MigrateUser, Obj-Class, Mode and Home-Server. SFS_UserName and Common-Name hold the MS Mail mailbox name, SFS_FullName and Display-Name the full name.',
  },
  {
    label: 'Secondary-Proxy-Addresses, migrate:MS:NET/PO/USER',
    source: 'KB Q182665, Cause',
    note: 'The Exchange 5.5 wizard writes this address into the file. The column’s place at the end of the line is our drawing.',
  },
  { label: 'Mode left blank updates an existing mailbox', source: 'KB Q186742, Workaround, step 1' },
  {
    label: 'Sample rows (ANNAB, BRUNOK, CARLAM, DAVIDW), file name users.csv, network ACMENET, postoffice HEADPO',
    unverified: true,
    note: 'Our sample data, not from any source.',
  },
  { label: '<file name> - Notepad (title bar)', unverified: true },
  { label: 'Menus File, Edit, Search, Help and their commands (Save, Delete, …)', unverified: true },
  {
    label: 'Word wrap, commas and fixed-width type',
    unverified: true,
    note: 'Lines are drawn wrapped (as with Word Wrap on) so whole records fit; the plain comma layout without quotes is our drawing.',
  },
];
