/**
 * Labels of the Migration Wizard's choice about Windows NT accounts (where
 * each comes from: sources.ts). KB Q186742 step 4 says only "if asked to create a
 * Windows NT account, do not create one"; the page is drawn plainly with
 * the one option label a source prints.
 */
export const MIGRATION_NT_ACCOUNTS_LABELS = {
  create: 'Create Windows NT Accounts',
  dontCreate: "Don't Create Windows NT Accounts",
} as const;
