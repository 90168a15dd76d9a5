import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { q255888Flow as flow } from '@/content/flows/q255888';
import type { StoredCase } from '@/store';
import {
  Q255888_NEW_ACCOUNT_CHECKS,
  Q255888_NEW_ACCOUNT_FIX,
  Q255888_SYMPTOMS,
} from '@/testing/fixtures/q255888-answers';

import { markdown } from './session-markdown';
import { buildReport, ticketText } from './session-report';
import { SessionReportView } from './session-report-view';

const T0 = Date.UTC(2026, 10, 25, 14, 5);

/** A whole Q255888 case, with a note on its diagnosis and one on the result it ends at. */
const CASE: StoredCase = {
  id: 's1',
  flowId: flow.id,
  revision: flow.revision,
  entry: 'diagnose',
  answers: { ...Q255888_SYMPTOMS, ...Q255888_NEW_ACCOUNT_FIX },
  checks: { ...Q255888_NEW_ACCOUNT_CHECKS },
  startedAt: T0,
  updatedAt: T0,
  log: [],
  notes: {
    'diagnosis-q255888': { text: 'Caller agrees: MigAdmin held only Service Account Admin.', at: T0 },
    resolved: { text: 'Mail arrived for all 12 users.', at: T0 },
  },
};

describe('notes on results in the hand-over', () => {
  const report = buildReport(flow, CASE);

  it('on the page and in print: the diagnosis’s note under Diagnosis, named; the result’s note under Result', () => {
    expect(report.status.finished).toBe(true);
    render(<SessionReportView report={report} />);
    const diagnosis = screen.getByRole('region', { name: 'Diagnosis' });
    const result = screen.getByRole('region', { name: 'Result' });
    expect(diagnosis).toHaveTextContent(/Note on “.+”: Caller agrees/);
    expect(diagnosis).not.toHaveTextContent('Mail arrived');
    expect(within(result).getByText('Mail arrived for all 12 users.')).toBeInTheDocument();
  });

  it('in the ticket text: the same split', () => {
    const [diagnosis, result] = ticketText(report).split(/^Result: /m);
    expect(diagnosis).toMatch(/Note on “.+”: Caller agrees/);
    expect(diagnosis).not.toContain('Mail arrived');
    expect(result).toMatch(/^.+\n {4}Note: Mail arrived for all 12 users\.$/m);
  });

  it('in Markdown: the same split', () => {
    const text = markdown(report);
    const [, , diagnosis, , result] = text.split(/^## (Diagnosis|Result)$/m);
    expect(diagnosis).toContain('Caller agrees');
    expect(diagnosis).not.toContain('Mail arrived');
    expect(result).toContain('> Mail arrived for all 12 users.');
  });
});
