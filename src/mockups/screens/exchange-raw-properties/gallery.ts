/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import type { spec } from './spec';

/** The mailbox KB Q186742's steps work on (ours, as the content gives it to its steps). */
const MAILBOX = { displayName: 'Carla Moreau', directoryName: 'CMoreau' } as const;

export const gallery = galleryStates<typeof spec>([
  {
    name: 'As it opens',
    state: { ...MAILBOX },
    target: 'directory-name-attribute',
    description:
      'The Raw Properties dialog of the mailbox of Carla Moreau: the Object attributes list on the left with List attributes of type set to All below it, the Attribute value and Edit value boxes on the right.',
  },
  {
    name: 'Directory Name selected',
    state: { ...MAILBOX, selected: 'directory-name' },
    target: 'attribute-value',
    description:
      'Directory Name is selected under Object attributes; its value, CMoreau, shows under Attribute value and in Edit value.',
  },
  {
    name: 'Closing without a change',
    state: { ...MAILBOX, selected: 'directory-name' },
    target: 'cancel-button',
    description: 'The value has been read; Cancel closes the dialog without changing anything.',
  },
  {
    name: 'Obj-Dist-Name selected',
    state: { ...MAILBOX, selected: 'obj-dist-name' },
    target: 'attribute-value',
    description:
      'Obj-Dist-Name is selected: the mailbox’s distinguished name, which ends with its Directory Name (cn=CMoreau).',
  },
]);
