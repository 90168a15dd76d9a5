/** The catalog entry of the Raw Properties screen (see ScreenSpec in ../../catalog.ts). */

export const RAW_PROPERTIES_SPEC = {
  title: 'Exchange Administrator (raw mode): Raw Properties of a mailbox',
  targets: {
    'directory-name-attribute': 'Directory Name under Object attributes',
    'attribute-value': 'the Attribute value box',
    'cancel-button': 'the Cancel button',
  },
  size: { width: 480, height: 233 },
} as const;
