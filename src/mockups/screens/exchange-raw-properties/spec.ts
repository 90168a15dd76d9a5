/** The catalog entry of the Raw Properties screen (see ScreenSpec in ../../catalog.ts). */
import { RAW_ATTRIBUTES } from './labels';

export const RAW_PROPERTIES_SPEC = {
  title: 'Exchange Administrator (raw mode): Raw Properties of a mailbox',
  targets: {
    'object-attributes': 'the Object attributes list',
    'directory-name-attribute': 'Directory Name in the Object attributes list',
    'attribute-value': 'the Attribute value box',
    'edit-value': 'the Edit value box',
    'set-button': 'the Set button',
    'attribute-type': 'the “List attributes of type” box',
    'ok-button': 'the OK button',
    'cancel-button': 'the Cancel button',
    'apply-button': 'the Apply button',
  },
  choices: { selected: RAW_ATTRIBUTES },
  size: { width: 480, height: 300 },
} as const;
