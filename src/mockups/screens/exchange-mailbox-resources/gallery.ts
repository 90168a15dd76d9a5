/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'After the fix: the migrated mailboxes hold their messages',
    state: { run: 'after-fix' },
    target: 'migrated-mailbox',
    description: `Exchange Administrator with Mailbox Resources selected under ${SAMPLE.server}’s Private Information Store: each mailbox with its size in K and number of items. The tree path and “Mailbox Resources” are from KB Q188637; the column names and the numbers are our own illustration, not checked against a source, and the server’s other objects are left out.`,
  },
  {
    name: 'After the failed run: the mailboxes hold almost nothing',
    state: { run: 'before-fix' },
    target: 'contents-pane',
    description:
      'The same view after a run that hit Q255888: the migrated users’ mailboxes exist but hold almost nothing. Our own illustration: the sources do not show this view for that case.',
  },
]);
