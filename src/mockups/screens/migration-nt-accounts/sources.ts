/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

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
