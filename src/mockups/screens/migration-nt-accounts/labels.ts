/**
 * Labels of the Migration Wizard's choice about Windows NT accounts, and
 * where each comes from. KB Q186742 step 4 says only "if asked to create a
 * Windows NT account, do not create one"; the page is drawn plainly with
 * the one option label a source prints.
 */
import type { LabelSource } from '../../label-sources';

export const MIGRATION_NT_ACCOUNTS_LABELS = {
  create: 'Create Windows NT Accounts',
  dontCreate: "Don't Create Windows NT Accounts",
} as const;

export const MIGRATION_NT_ACCOUNTS_LABEL_SOURCES: readonly LabelSource[] = [
  { label: 'If asked to create a Windows NT account, do not', source: 'KB Q186742, Workaround, step 4' },
  {
    label: "Don't Create Windows NT Accounts",
    source: 'Exchange Server 5.5 documentation, Migration (xmg06011), via domain-facts §3.1',
  },
  {
    label: 'Create Windows NT Accounts',
    unverified: true,
    note: 'That the wizard can create Windows NT accounts is documented (xmg06010; KB Q150438 “Create NT Account”); this wording of the option is ours, by analogy.',
  },
  {
    label: 'Layout of the page (two option buttons), title and buttons',
    unverified: true,
    note: 'The exact screen (container, template, passwords, domain) is unverified (domain-facts §3.1).',
  },
];
