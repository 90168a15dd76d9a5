/**
 * A case handed over from KB Q255888 (event 7017) to KB Q186742, walked on
 * the step page: the questions whose answers came with it are not asked
 * again, the trail says where those answers came from, and each can still be
 * reached and changed.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Outlet, RouterProvider, createMemoryRouter, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { q186742Flow as flow } from '@/content/flows/q186742';
import { q255888Flow } from '@/content/flows/q255888';
import { CaseProvider } from '@/features/wizard/hooks/use-case';
import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';
import { actions, answerPasted, getWizardState, loadHandOver, rehydrateWizardStore, resetWizardStore } from '@/store';

import { StepPage } from './step-page';

function Layout() {
  const [params] = useSearchParams();
  const caseId = params.get('case');
  const ok = !!caseId && getWizardState().cases[caseId]?.flowId === flow.id;
  return (
    <CaseProvider value={ok ? { flowId: flow.id, caseId } : null}>
      <Outlet />
    </CaseProvider>
  );
}

function open(url: string) {
  const router = createMemoryRouter(
    [
      {
        id: FLOW_ROUTE_ID,
        path: '/t/:flowId',
        loader: () => ({ flow }),
        HydrateFallback: () => null,
        Component: Layout,
        children: [{ path: ':nodeId', Component: StepPage }],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** A Q255888 case at event 7017 (Exchange 5.5), handed over to Q186742: the address it goes to there. */
async function handedOver(): Promise<{ caseId: string; to: string }> {
  const caseId = actions.startCase(q255888Flow);
  answerPasted(q255888Flow, caseId, {
    'app-log-event': 'other-event',
    'which-event': 'event-7017',
    'version-7017': 'ex50-55',
  });
  const { handOverCase } = await loadHandOver();
  const to = handOverCase(q255888Flow, caseId, 'cause-7017-alias', flow)!;
  return { caseId, to };
}

const heading = () => screen.getByRole('heading', { level: 1 });
/** This guide's part of the trail (the earlier guide's part is above it). */
const trail = () => screen.getByTestId('answer-trail');

async function choose(label: string | RegExp) {
  fireEvent.click(await screen.findByRole('radio', { name: label }));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

beforeEach(async () => {
  vi.stubGlobal('scrollTo', vi.fn());
  localStorage.clear();
  resetWizardStore();
  await rehydrateWizardStore();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('StepPage: a case handed over from another guide', () => {
  it('goes past the questions whose answers came with the case, marks them in the trail, and lets each be changed', async () => {
    const { caseId, to } = await handedOver();
    expect(to).toBe(`/t/q186742/existing-mailbox?case=${caseId}`);
    const router = open(to);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Before this migration, did the MS Mail user already have a mailbox in Exchange?',
    );
    // The first carried answer is behind the case already, in the trail, said to come from the guide before.
    const event = within(trail()).getByText('Application log event').closest('li')!;
    expect(event).toHaveTextContent('(carried over from the guide before)');

    await choose(/^Yes: a mailbox had been created/);
    await choose('Yes, they differ');
    await choose(/^Yes: a two-step migration/);
    await choose(/^Yes: mail and address book/);
    // Not asked again: the Exchange version came with the case, so the next question is the one after it.
    await waitFor(() => expect(heading()).toHaveTextContent('Which mail system are the users coming from?'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/source-system'));
    const version = within(trail()).getByText('Exchange Server version').closest('li')!;
    expect(version).toHaveTextContent('Exchange Server 5.0 or 5.5');
    expect(version).toHaveTextContent('(carried over from the guide before)');

    // Back reaches it, with the carried answer chosen; changed by hand, it is the user's own answer, not carried.
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/exchange-version'));
    expect(screen.getByRole('radio', { name: /Exchange Server 5\.0 or 5\.5/ })).toBeChecked();
    await choose('Not sure');
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/source-system'));
    expect(getWizardState().cases[caseId]!.answers['exchange-version']).toBe('not-sure');
    const changed = within(trail()).getByText('Exchange Server version').closest('li')!;
    expect(changed).toHaveTextContent('Not sure');
    expect(changed).not.toHaveTextContent('carried over');
    // Nothing else lost: the other carried answer and the hand-given ones stand.
    expect(getWizardState().cases[caseId]!.answers).toMatchObject({
      'app-log-event': 'event-7017',
      'existing-mailbox': 'yes',
      'migrated-what': 'mail-and-pab',
    });
    expect(within(trail()).getByText('Application log event').closest('li')).toHaveTextContent(
      '(carried over from the guide before)',
    );
  });

  it('asks the question as usual in a case whose answers were given here (only carried answers are skipped)', async () => {
    const caseId = actions.startCase(flow);
    for (const [q, o] of [
      ['app-log-event', 'event-7017'],
      ['existing-mailbox', 'yes'],
      ['alias-differs', 'different'],
      ['migration-method', 'two-step'],
      ['migrated-what', 'mail-and-pab'],
      ['exchange-version', 'ex50-55'],
    ])
      expect(actions.answer(flow, caseId, q!, o!)).toBeUndefined();
    // Back at "What was migrated", answered again: the next question is shown with its earlier answer to confirm.
    const router = open(`/t/q186742/migrated-what?case=${caseId}`);
    await choose(/^Yes: mail and address book/);
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/exchange-version'));
    expect(screen.getByText('Your earlier answer')).toBeInTheDocument();
  });
});
