import { cleanup, render, screen } from '@testing-library/react';
import { Outlet, RouterProvider, createMemoryRouter, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { plainText } from '@/components/ui/rich-text';
import { q255888Flow as flow } from '@/content/flows/q255888';
import { walk } from '@/engine/walk';
import { CaseProvider } from '@/features/wizard/hooks/use-case';
import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';
import { actions, caseActions, getWizardState, rehydrateWizardStore, resetWizardStore } from '@/store';

import { StepPage } from './step-page';

/** The flow layout's part that matters here: the case the address names, when this browser has it. */
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
}

/** A case that has answered its first question, so that it stands past its first step. */
function caseAtSecondStep(): { caseId: string; current: string } {
  const caseId = actions.startCase(flow, { entry: 'diagnose' });
  actions.answer(flow, caseId, 'app-log-event', 'event-7044');
  const current = walk(flow, getWizardState().cases[caseId]!).current.id;
  expect(current).not.toBe(flow.entries[0]!.start);
  return { caseId, current };
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

describe('StepPage: a case’s link to a step the guide does not have', () => {
  it('offers the way back to where the case stands, named by the case’s name, beside the start page', async () => {
    const { caseId, current } = caseAtSecondStep();
    caseActions.rename(caseId, 'INC-4711');
    open(`/t/${flow.id}/no-such-step?case=${caseId}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('We couldn’t find that step');
    const back = await screen.findByRole('link', { name: 'Back to the case “INC-4711”' });
    expect(back).toHaveAttribute('href', `/t/${flow.id}/${current}?case=${caseId}`);
    const node = flow.nodes.find((n) => n.id === current)!;
    expect(screen.getByTestId('case-way-back')).toHaveTextContent(
      `Where the case stands now: “${plainText(node.kind === 'question' ? node.prompt : node.title)}”`,
    );
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });

  it('calls a case without a name “this case”', async () => {
    const { caseId, current } = caseAtSecondStep();
    open(`/t/${flow.id}/no-such-step?case=${caseId}`);
    const back = await screen.findByRole('link', { name: 'Back to this case' });
    expect(back).toHaveAttribute('href', `/t/${flow.id}/${current}?case=${caseId}`);
  });

  it('offers only the start page when the link names no case this browser has', async () => {
    open(`/t/${flow.id}/no-such-step?case=nope`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('We couldn’t find that step');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Go to the start page']);
  });
});
