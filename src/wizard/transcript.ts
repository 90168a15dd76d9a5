/**
 * Words for outcome kinds, shared by the outcome page, the statistics and the
 * session report. The session as text (for a ticket, Markdown, print) is
 * built in src/wizard/export/session-report.ts.
 */
const OUTCOME_KIND: Record<string, string> = {
  diagnosis: 'Diagnosis',
  'not-this': 'Probably not this article',
  'other-cause': 'Other known cause',
  'not-applicable': 'Article does not apply',
  resolved: 'Resolved',
  escalate: 'Escalation',
};

export function outcomeKindLabel(type: string): string {
  return OUTCOME_KIND[type] ?? type;
}
