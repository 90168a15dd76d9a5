/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Add Users and Groups, List Names From:, Names:, Add, Show Users, Members…, Add Names:, OK',
    source: 'domain-facts §2',
  },
  {
    label: 'The domain’s groups and users (ACMEDOM, MigAdmin, …)',
    unverified: true,
    note: 'Our sample domain, not from any source.',
  },
  { label: 'Search…', unverified: true },
  { label: 'Cancel', unverified: true },
  { label: 'Help', unverified: true },
];
