/**
 * Light summaries of every flow, for the start page. The start page must stay
 * small, so it reads this list instead of the flows themselves; a test keeps
 * the two in step.
 */
export type FlowSummary = {
  readonly id: string;
  readonly kb: string;
  readonly title: string;
  readonly summary: string;
  readonly appliesTo: readonly string[];
  readonly entries: readonly { id: string; label: string; description: string; start: string }[];
};

export const CATALOG: readonly FlowSummary[] = [
  {
    id: 'q255888',
    kb: 'Q255888',
    title: 'Mail is not migrated when several MS Mail users are moved to Exchange at once',
    summary:
      'Migrating more than one user from an MS Mail postoffice creates the accounts and mailboxes in Exchange Server 5.0 or 5.5, but their messages never arrive. Migrating users one at a time works.',
    appliesTo: ['Microsoft Exchange Server 5.0 and 5.5', 'Microsoft Mail for PC Networks 3.2, 3.2a and 3.5'],
    entries: [
      {
        id: 'diagnose',
        label: 'Diagnose from the symptoms',
        description: 'Answer a few questions about what you see. About two minutes.',
        start: 'app-log-event',
      },
      {
        id: 'fix',
        label: 'I know it is Q255888: go to the fix',
        description: 'Skip the questions and grant the right permissions.',
        start: 'fix-account',
      },
    ],
  },
];
