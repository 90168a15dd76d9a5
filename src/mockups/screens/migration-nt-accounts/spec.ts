/** The catalog entry of the Migration Wizard's Windows NT account choice (see ScreenSpec in ../../catalog.ts). */
export const MIGRATION_NT_ACCOUNTS_SPEC = {
  title: 'Migration Wizard: whether to create Windows NT accounts',
  targets: {
    'dont-create-accounts': "the “Don't Create Windows NT Accounts” option",
    'back-button': 'the < Back button',
    'next-button': 'the Next > button',
    'cancel-button': 'the Cancel button',
  },
  choices: { choice: ['create', 'dont-create'] },
  size: { width: 520, height: 359 },
} as const;
