import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { FLOWS } from '@/content';
import { q255888Flow as flow } from '@/content/flows/q255888';
import { buttonClass } from '@/components/ui/button';
import { caseActions, getWizardActionsForTests, getWizardState, resetWizardStore } from '@/store';

import { CaseList } from './case-list';

function renderList() {
  const router = createMemoryRouter([
    { path: '/', element: <CaseList flows={FLOWS} /> },
    { path: '/t/:flowId', element: <h1>case</h1> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

/** Twelve calls, one a minute, each with a ticket number in its case note; the odd ones answered once. */
function twelveCases() {
  const act = getWizardActionsForTests();
  const ids: string[] = [];
  for (let i = 1; i <= 12; i++) {
    vi.setSystemTime(Date.UTC(2026, 10, 25, 9, i));
    const id = act.startCase(flow);
    act.setNote(flow, id, null, `INC-${4700 + i} caller ${i}`);
    if (i % 2) act.answer(flow, id, 'app-log-event', 'event-7044');
    ids.push(id);
  }
  return ids;
}

describe('the start page’s list of cases', () => {
  beforeEach(() => {
    localStorage.clear();
    resetWizardStore();
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('lists open cases newest first, named by their note, with where each stands', () => {
    twelveCases();
    renderList();
    const rows = screen.getAllByTestId('case-row');
    expect(rows).toHaveLength(12);
    expect(within(rows[0]!).getByRole('heading')).toHaveTextContent('INC-4712 caller 12');
    expect(within(rows[11]!).getByRole('heading')).toHaveTextContent('INC-4701 caller 1');
    expect(rows[11]).toHaveTextContent('Step 2: What the migration left behind');
    expect(rows[0]).toHaveTextContent('Step 1: Application log event');
    expect(screen.getByRole('heading', { name: 'Your open cases (12)' })).toBeInTheDocument();
  });

  it('says a case at its result is finished, and makes Close its first action', () => {
    const act = getWizardActionsForTests();
    const id = act.startCase(flow);
    act.setNote(flow, id, null, 'INC-7017 Bruno');
    act.answer(flow, id, 'app-log-event', 'other-event');
    act.answer(flow, id, 'which-event', 'event-7017');
    act.answer(flow, id, 'version-7017', 'ex50-55');
    const other = act.startCase(flow);
    act.setNote(flow, other, null, 'INC-4711 Dana');
    renderList();
    const row = (name: string) => screen.getAllByTestId('case-row').find((r) => r.textContent?.includes(name))!;
    // Its result goes on in another guide: likely here, as its page says.
    expect(row('INC-7017')).toHaveTextContent(/Finished \(likely, not confirmed\): .+/);
    const close = (name: string) => within(row(name)).getByRole('button', { name: /^Close/ });
    expect(close('INC-7017').className).toBe(buttonClass('primary'));
    expect(close('INC-4711').className).toBe(buttonClass('secondary'));
  });

  it('says how sure a finished result is when it is short of confirmed, and nothing when it is confirmed', () => {
    const act = getWizardActionsForTests();
    const open = act.startCase(flow);
    act.setNote(flow, open, null, 'INC-20 names');
    for (const [q, o] of [
      ['app-log-event', 'no-event'],
      ['mailboxes-created', 'not-created'],
      ['creation-problem', 'nt-account-errors'],
      ['name-length', 'not-sure'],
    ])
      act.answer(flow, open, q!, o!);
    const sure = act.startCase(flow);
    act.setNote(flow, sure, null, 'INC-21 names');
    for (const [q, o] of [
      ['app-log-event', 'no-event'],
      ['mailboxes-created', 'not-created'],
      ['creation-problem', 'nt-account-errors'],
      ['name-length', 'longer'],
    ])
      act.answer(flow, sure, q!, o!);
    renderList();
    const row = (name: string) => screen.getAllByTestId('case-row').find((r) => r.textContent?.includes(name))!;
    expect(row('INC-20')).toHaveTextContent(
      'Finished (likely, not confirmed): Other known cause: MS Mail names longer',
    );
    expect(row('INC-21')).toHaveTextContent('Finished: Other known cause: MS Mail names longer');
  });

  it('finds a case among many by name, note or step', async () => {
    twelveCases();
    renderList();
    const user = userEvent.setup({ advanceTimers: () => {} });
    await user.type(screen.getByRole('searchbox', { name: 'Find a case' }), 'inc-4707');
    expect(screen.getAllByTestId('case-row')).toHaveLength(1);
    expect(screen.getByText('1 of 12 open cases match.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Find a case' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a case' }), 'migration left behind');
    expect(screen.getAllByTestId('case-row')).toHaveLength(6);
  });

  it('finds a closed case too (a call-back after closing), and opens the closed list to show it', async () => {
    twelveCases();
    renderList();
    const user = userEvent.setup({ advanceTimers: () => {} });
    const row = screen.getAllByTestId('case-row').find((r) => r.textContent?.includes('INC-4707'))!;
    await user.click(within(row).getByRole('button', { name: /^Close/ }));
    const closed = screen.getByTestId('closed-cases');
    expect(closed).not.toHaveAttribute('open');
    const search = screen.getByRole('searchbox', { name: 'Find a case' });
    await user.type(search, 'inc-4707');
    expect(screen.queryAllByTestId('case-row')).toHaveLength(0);
    expect(screen.getByText('0 of 11 open cases match, and 1 of 1 closed ones.')).toBeInTheDocument();
    expect(closed).toHaveAttribute('open');
    expect(within(closed).getByText('Closed cases (1 of 1)')).toBeInTheDocument();
    expect(within(closed).getByRole('link', { name: 'INC-4707 caller 7' })).toBeInTheDocument();
    // A filter that matches no closed case leaves them out of the count and the list.
    await user.clear(search);
    await user.type(search, 'inc-4708');
    expect(screen.getAllByTestId('case-row')).toHaveLength(1);
    expect(within(closed).getByText('Closed cases (0 of 1)')).toBeInTheDocument();
    expect(within(closed).queryByRole('link')).toBeNull();
  });

  it('offers the filter from six cases, closed ones counted, even with few open', async () => {
    const ids = twelveCases();
    for (const caseId of ids.slice(2)) caseActions.close(flow, caseId);
    renderList();
    expect(screen.getAllByTestId('case-row')).toHaveLength(2);
    expect(screen.getByRole('searchbox', { name: 'Find a case' })).toBeInTheDocument();
    expect(screen.getByText('By name, case note or step, open or closed.')).toBeInTheDocument();
  });

  it('renames from the keyboard, closes and reopens, deletes and undoes, keeping the focus in the list', async () => {
    const [first] = twelveCases().slice(-1);
    renderList();
    const user = userEvent.setup({ advanceTimers: () => {} });
    const row = () => screen.getAllByTestId('case-row')[0]!;
    await user.click(within(row()).getByRole('button', { name: /^Rename/ }));
    expect(screen.getByRole('textbox', { name: 'Name of the case' })).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}Dana, call-back{Enter}');
    expect(within(row()).getByRole('heading')).toHaveTextContent('Dana, call-back');
    expect(within(row()).getByRole('button', { name: /^Rename/ })).toHaveFocus();
    expect(getWizardState().cases[first!]?.name).toBe('Dana, call-back');

    await user.click(within(row()).getByRole('button', { name: /^Close/ }));
    expect(screen.getByTestId('list-message')).toHaveTextContent('Case “Dana, call-back” closed');
    expect(screen.getByTestId('list-message')).toHaveFocus();
    expect(screen.getAllByTestId('case-row')).toHaveLength(11);
    expect(within(screen.getByTestId('closed-cases')).getByText('Closed cases (1)')).toBeInTheDocument();
    await user.click(within(screen.getByTestId('list-message')).getByRole('button', { name: 'Undo' }));
    expect(screen.getAllByTestId('case-row')).toHaveLength(12);
    expect(screen.getByRole('link', { name: 'Dana, call-back' })).toHaveFocus();

    await user.click(within(row()).getByRole('button', { name: /^Delete/ }));
    expect(getWizardState().cases[first!]).toBeUndefined();
    await act(async () => {
      await user.click(within(screen.getByTestId('list-message')).getByRole('button', { name: 'Undo' }));
    });
    expect(getWizardState().cases[first!]?.name).toBe('Dana, call-back');
    expect(screen.queryByTestId('list-message')).toBeNull();
    // Dismissed, the message goes and the action stays done.
    await user.click(within(row()).getByRole('button', { name: /^Close/ }));
    await user.click(within(screen.getByTestId('list-message')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('list-message')).toBeNull();
    expect(getWizardState().cases[first!]?.closedAt).toEqual(expect.any(Number));
    // Its button gone with it, the focus is on the list's heading, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Your open cases/ }));
  });
});
