/** The catalog entry of the Migration Wizard's import page (see ScreenSpec in ../../catalog.ts). */
export const MIGRATION_IMPORT_SPEC = {
  title: 'Migration Wizard, second step: what to import from the .csv file',
  targets: {
    'create-mailboxes': 'the “Information to Create Mailboxes” check box',
    'personal-messages': 'the “Personal E-mail Messages” check box',
    'back-button': 'the < Back button',
    'next-button': 'the Next > button',
    'cancel-button': 'the Cancel button',
  },
  size: { width: 520, height: 359 },
} as const;
