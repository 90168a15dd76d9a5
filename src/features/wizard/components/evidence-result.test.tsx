import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow as flow } from '@/content/flows/q255888';
import type { Flow } from '@/content/schema';
import { CaseProvider } from '@/features/wizard/hooks/use-case';
import { getWizardActionsForTests, getWizardState, resetWizardStore } from '@/store';

import { readPaste } from './evidence-read';
import { PasteResult } from './evidence-result';

const MIXED = [
  'Event ID: 7044',
  'Source: MSExchangeMig',
  'Description: Internal failure communicating with MAPI Spooler. Account ANNAB. Return code 80004005.',
  '',
  'Event ID: 7026',
  'Source: MSExchangeMig',
  'Description: Migration Aborted due to Mapi logon failure.',
].join('\n');

function Where() {
  const { pathname } = useLocation();
  return <p data-testid="where">{pathname}</p>;
}

/** The result of reading `text` on the first question of a fresh case of `of` (Q255888 unless said). */
function show(text: string, of: Flow = flow) {
  const caseId = getWizardActionsForTests().startCase(of);
  const router = createMemoryRouter(
    [
      {
        path: '/t/:flowId/:nodeId',
        element: (
          <CaseProvider value={{ flowId: flow.id, caseId }}>
            <Where />
            <PasteResult flow={of} reading={readPaste(of, text)} />
          </CaseProvider>
        ),
      },
    ],
    { initialEntries: [`/t/${of.id}/app-log-event?case=${caseId}`] },
  );
  render(<RouterProvider router={router} />);
  return {
    answers: () => getWizardState().cases[caseId]!.answers,
    pastes: () => getWizardState().cases[caseId]!.log.filter((e) => e.type === 'paste'),
  };
}

describe('PasteResult', () => {
  beforeEach(() => {
    localStorage.clear();
    resetWizardStore();
  });

  it('lists the questions in the order the guide asks them', () => {
    show(MIXED);
    const names = screen.getAllByRole('combobox').map((s) => (s as HTMLSelectElement).labels[0]?.textContent);
    expect(names).toEqual(['Application log event', 'Which migration error']);
  });

  it('with the first question left open, fills in nothing, says which question comes first and focuses it', () => {
    const { answers } = show(MIXED);
    const first = screen.getByRole('combobox', { name: 'Application log event' });
    expect(first).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Which migration error' })).toHaveValue('event-7026');
    // Nothing else filled in: Fill in says what to do, not each list.
    expect(screen.queryByTestId('paste-off-path')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fill in this answer' }));
    expect(answers()).toEqual({});
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was filled in: the guide asks “Application log event” first. Choose an answer for it here',
    );
    expect(first).toHaveFocus();
    expect(screen.getByTestId('where')).toHaveTextContent('/t/q255888/app-log-event');
  });

  it('fills in only the answers on the way the chosen ones lead, and moves on to the next question', async () => {
    const { answers } = show(MIXED);
    // The 7044 chosen: its way never asks which other event it was, so the 7026 is not stored.
    fireEvent.change(screen.getByRole('combobox', { name: 'Application log event' }), {
      target: { value: 'event-7044' },
    });
    // Said before it happens, under the answer that will not be filled in (and under no other).
    expect(screen.getAllByTestId('paste-off-path')).toHaveLength(1);
    expect(screen.getByTestId('paste-off-path').closest('div')).toHaveTextContent('Which migration error');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Fill in these answers' })));
    expect(answers()).toEqual({ 'app-log-event': 'event-7044' });
    expect(screen.getByTestId('where')).toHaveTextContent('/t/q255888/mailboxes-created');
  });

  it('shows the chosen answer in full under its list (a closed list cuts a long one short), and follows a change', () => {
    show(MIXED);
    const chosen = () => screen.getAllByTestId('paste-chosen').map((p) => p.textContent);
    expect(chosen()).toEqual(['Chosen: Event ID 7026: “Migration Aborted due to Mapi logon failure.”']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Application log event' }), {
      target: { value: 'event-7044' },
    });
    expect(chosen()).toEqual([
      'Chosen: Event ID 7044 from MSExchangeMig: “Internal failure communicating with MAPI Spooler”, return code 80004005',
      'Chosen: Event ID 7026: “Migration Aborted due to Mapi logon failure.”',
    ]);
  });

  it('an information event (the 10068 summary of a run) is explained as such, not as an unknown event', () => {
    show(
      'Event ID: 10068\nSource: MSExchangeMig\nType: Information\nDescription: Import: E-Mail Messages: 0 imported, 3 errors',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('It is an information event');
    expect(alert).toHaveTextContent('look for the events of type Error from MSExchangeMig logged just before');
    expect(alert).not.toHaveTextContent('return code is not 80004005');
  });

  it('rows of the event list without a description: no answer claimed, and the missing return code said', () => {
    show(
      [
        '3/14/00\t2:31:07 PM\tMSExchangeMig\tError\tNone\t7044\tN/A\tEXCH01',
        '3/14/00\t2:31:09 PM\tMSExchangeMig\tError\tNone\t7044\tN/A\tEXCH01',
        '3/14/00\t2:32:00 PM\tMSExchangeMig\tInformation\tNone\t10068\tN/A\tEXCH01',
      ].join('\n'),
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByText(/^From: /)).toBeNull();
    const note = screen.getByTestId('paste-no-code');
    expect(note).toHaveTextContent(
      'Event 7044 from MSExchangeMig: no return code in what was pasted, so it settles nothing. This guide knows it only as “Event 7044 from MSExchangeMig with return code 80004005”.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('information event');
    // The example of an event that settles nothing is not given: why these settle nothing is said above.
    expect(screen.getByRole('alert')).not.toHaveTextContent('return code is not 80004005');
  });

  it('one event that settles nothing is spoken of as one, and kept with the case for the ticket', () => {
    const c = show(
      'Event ID: 7044\nSource: MSExchangeMig\nDescription: Internal failure communicating with MAPI Spooler. Return code 80040111.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^It does not settle a question in this guide/);
    expect(screen.getByRole('alert')).toHaveTextContent(/The pasted event is kept with the case, for the ticket\.$/);
    expect(c.answers()).toEqual({});
    expect(c.pastes()).toEqual([
      {
        type: 'paste',
        events: [expect.stringMatching(/^Event ID 7044, MSExchangeMig.*80040111/)],
        at: expect.any(Number),
      },
    ]);
    // Another guide's example is not given either.
    expect(screen.getByRole('alert')).not.toHaveTextContent('for example');
  });

  it('names the other guide that knows an event this one does not, with the way to open a new case of it there', async () => {
    // Event 162 (KB Q152321, Exchange 4.0): only the Q186742 guide knows it.
    show(
      "Event ID: 162\nSource: MSExchangeMig\nDescription: Invalid Home-Server definition in user list file for the user 'Home-Server'.",
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^It does not settle a question in this guide\./);
    const other = await screen.findByTestId('paste-other-guides', {}, { timeout: 5000 });
    expect(within(other).getByRole('heading', { level: 3 })).toHaveTextContent('Another guide knows it');
    const card = within(other).getByTestId('paste-match');
    expect(card).toHaveAttribute('data-flow', 'q186742');
    expect(card).toHaveTextContent('Application log event: “Event ID 162 or 178');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a new case of KB Q186742' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/t/q186742/cause-162-178-false-alarm');
    const opened = Object.values(getWizardState().cases).find((c) => c.flowId === 'q186742');
    expect(opened?.answers).toEqual({ 'app-log-event': 'event-162-178' });
  });

  it('names the guide that knows event 283 (MSExchangeMIGDS), whose new case asks the version that logged it', async () => {
    show(
      'Event ID: 283\nSource: MSExchangeMIGDS\nDescription: Could not remove object MARIAS because the directory service reported the following error: Changes cannot be written to this directory object. Try connecting to a Microsoft Exchange Server computer in the same site as this object.',
    );
    const other = await screen.findByTestId('paste-other-guides', {}, { timeout: 5000 });
    const card = within(other).getByTestId('paste-match');
    expect(card).toHaveAttribute('data-flow', 'q186742');
    expect(card).toHaveTextContent('Application log event: “Event ID 283 from MSExchangeMIGDS');
    fireEvent.click(within(card).getByRole('button', { name: 'Open a new case of KB Q186742' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/t/q186742/version-283');
    // The case keeps the event with its words for the ticket: the user it names, and the hint about the site.
    const opened = Object.values(getWizardState().cases).find((c) => c.flowId === 'q186742');
    expect(opened?.log.find((e) => e.type === 'paste')?.events).toEqual([
      'Event ID 283, MSExchangeMIGDS, account MARIAS: Could not remove object MARIAS because the directory service reported the following error: Changes cannot be written to this directory object. Try connecting to a Microsoft Exchange Server computer in the same site as this object.',
    ]);
  });

  it('fills in event 147 here: the guide’s own answer for it, which carries the case on to KB Q186742', () => {
    const c = show(
      'Event ID: 147\nSource: MSExchangeMig\nDescription: Could not log onto the Message Store for Account: DAVIDW',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Fill in/ }));
    expect(c.answers()).toEqual({ 'app-log-event': 'other-event', 'which-event': 'event-147' });
    expect(screen.getByTestId('where')).toHaveTextContent('/t/q255888/cause-147-q186742');
  });

  it('names the other guide that knows a message this one cannot read as an event', async () => {
    show('The wizard said: Invalid server specified', q186742Flow);
    expect(screen.getByRole('alert')).toHaveTextContent('This guide could not read an event in that text.');
    const other = await screen.findByTestId('paste-other-guides', {}, { timeout: 5000 });
    expect(within(other).getByTestId('paste-match')).toHaveAttribute('data-flow', 'q255888');
  });
});
