import { z } from 'zod';

import { defineScreen } from '../../screen-spec';
import { RAW_ATTRIBUTES } from './attributes';

/** A directory name: what Exchange 5.x allows is not in our sources; this keeps it one plain line. */
const NAME = /^[^\r\n/=]{1,64}$/;

/** Exchange Administrator's Raw Properties dialog of a mailbox (raw mode, `admin /r`). */
export const spec = defineScreen({
  title: 'Exchange Administrator (raw mode): Raw Properties of a mailbox',
  targets: {
    'directory-name-attribute': 'Directory Name under Object attributes',
    'attribute-value': 'the Attribute value box',
    'cancel-button': 'the Cancel button',
  },
  state: z.object({
    /** The mailbox's display name (the dialog's title and its Display Name value). */
    displayName: z.string().regex(NAME, 'must be 1–64 characters on one line, without / or ='),
    /** The mailbox's Directory Name, the value KB Q186742 step 2 checks. */
    directoryName: z.string().regex(NAME, 'must be 1–64 characters on one line, without / or ='),
    /** The attribute selected in Object attributes; its value shows on the right. */
    selected: z.enum(RAW_ATTRIBUTES).optional(),
  }),
});
