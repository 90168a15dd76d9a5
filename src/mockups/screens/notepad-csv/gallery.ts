/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

/** The MS Mail user whose line KB Q186742's steps edit (ours, as the content gives it to its steps). */
const USER = 'CARLAM';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'As the first step wrote it',
    state: { user: USER },
    target: 'mode-value',
    description:
      'Notepad with users.csv, the user list file of a two-step migration: a first line naming the columns, then one line per MS Mail user. In the line of CARLAM, Mode reads Create and Common-Name reads CARLAM.',
  },
  {
    name: 'The Mode column',
    state: { user: USER, selection: 'mode' },
    target: 'mode-column',
    description: 'The first line names the columns; Mode is the fifth. In the line of CARLAM, Create is selected.',
  },
  {
    name: 'Edit menu open on Delete',
    state: { user: USER, selection: 'mode', menu: 'edit' },
    target: 'delete-command',
    description: 'With Create selected in the Mode field, the Edit menu is open on Delete.',
  },
  {
    name: 'Mode emptied, Common-Name selected',
    state: { user: USER, mode: 'blank', selection: 'common-name' },
    target: 'common-name-value',
    description:
      'The Mode field of CARLAM is now empty (two commas side by side), and CARLAM is selected in its Common-Name field, ready to be typed over.',
  },
  {
    name: 'Both fields edited, File menu open on Save',
    state: { user: USER, mode: 'blank', commonName: 'CMoreau', menu: 'file' },
    target: 'save-command',
    description:
      'The line of CARLAM with Mode empty and Common-Name CMoreau, the Directory Name of the existing mailbox; the File menu is open on Save.',
  },
]);
