/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  { label: 'Raw Properties (File menu, raw mode only)', source: 'KB Q186742, Workaround, step 2' },
  {
    label: 'Object attributes',
    source: 'KB Q230508, More Information; KB Q241472; KB Q264159',
    note: 'The articles print it as “Object attributes” and “Object Attributes”; the colon is our drawing.',
  },
  {
    label: 'List attributes of type:, All',
    source: 'KB Q158336 (with the colon); KB Q152442 (a drop-down at the bottom left); KB Q230508',
  },
  {
    label: 'Attribute value, Edit value, Set',
    source: 'KB Q152442; KB Q230508; KB Q264159',
    note: 'Capitalisation differs between the articles; we follow KB Q230508 (“Edit value”). The colon after Attribute value is our drawing.',
  },
  { label: 'Add, Apply, OK, Cancel', source: 'KB Q241472; KB Q264159' },
  {
    label: 'Directory Name, Display Name, Home-MDB, Obj-Dist-Name, Delivery Mechanism (attribute names)',
    source: 'KB Q264159 (Directory Name, Home-MDB, Obj-Dist-Name, Delivery Mechanism); KB Q152442 (Display Name)',
    note: 'KB Q264159 shows Directory Name in the raw dialog of a mailbox object. Only these five attributes are drawn; the real list is longer.',
  },
  {
    label: '/o=<organization>/ou=<site>/cn=… (Obj-Dist-Name and Home-MDB values)',
    source: 'KB Q264159, More Information',
    note: 'The form of a distinguished name as the article prints it; the names in it are our samples.',
  },
  { label: 'Delivery Mechanism value 0', unverified: true },
  { label: '<display name> Properties (dialog title)', unverified: true },
  {
    label: 'Layout: attributes on the left, values and buttons on the right',
    unverified: true,
    note: 'KB Q158336 places the attribute list in the left part of the window and KB Q152442 the type list at the bottom left; the rest is drawn plainly.',
  },
];
