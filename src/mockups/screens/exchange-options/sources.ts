/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Options, Permissions, Show Permissions page for all objects, Display rights for roles on Permissions page',
    source: 'domain-facts §1.4 (verified labels)',
  },
  { label: 'Auto Naming', source: 'domain-facts §1.3 (KB Q258253)' },
  { label: 'Apply', unverified: true },
  {
    label: 'OK, Cancel, Help',
    unverified: true,
    note: 'The standard buttons of an NT 4 property sheet (domain-facts §1.5).',
  },
];
