/**
 * Labels of Exchange Administrator's Raw Properties dialog (raw mode) (where
 * each comes from: sources.ts). KB Q186742 names the command but not the dialog's
 * contents; the labels below are printed in other Exchange articles that
 * work in raw mode (read in the jeffpar/kbarchive mirror). The dialog's
 * title and layout are not given anywhere and are drawn plainly.
 */
import type { RawAttribute } from './attributes';

export const RAW_PROPERTIES_LABELS = {
  /** Dialog title: "<display name> Properties" (unverified). */
  title: (displayName: string) => `${displayName} Properties`,
  objectAttributes: 'Object attributes:',
  attributeValue: 'Attribute value:',
  editValue: 'Edit value:',
  set: 'Set',
  add: 'Add',
  listAttributesOfType: 'List attributes of type:',
  all: 'All',
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  /** Attribute names a mailbox's list shows (in the order of RAW_ATTRIBUTES). */
  attributes: {
    'delivery-mechanism': 'Delivery Mechanism',
    'directory-name': 'Directory Name',
    'display-name': 'Display Name',
    'home-mdb': 'Home-MDB',
    'obj-dist-name': 'Obj-Dist-Name',
  } satisfies Record<RawAttribute, string>,
} as const;
