/**
 * The step page of a case: a link to a step the guide does not have, and a case handed over from another guide
 * (KB Q255888's event 7017 to KB Q186742), whose carried questions are not asked again.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Outlet, RouterProvider, createMemoryRouter, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { plainText } from '@/components/ui/rich-text';
import { q186742Flow } from '@/content/flows/q186742';
import { q255888Flow as flow } from '@/content/flows/q255888';
import type { Flow } from '@/content/schema';
import { walk } from '@/engine/walk';
import { CaseProvider } from '@/features/wizard/hooks/use-case';
import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';
import {
  actions,
  answerPasted,
  caseActions,
  getWizardState,
  loadHandOver,
  rehydrateWizardStore,
  resetWizardStore,
} from '@/store';

import { StepPage } from './step-page';

/** The flow layout's part that matters here: the case the address names, when this browser has it. */
function Layout({ of }: { of: Flow }) {
  const [params] = useSearchParams();
  const caseId = params.get('case');
  const ok = !!caseId && getWizardState().cases[caseId]?.flowId === of.id;
  return (
    <CaseProvider value={ok ? { flowId: of.id, caseId } : null}>
      <Outlet />
    </CaseProvider>
  );
}

/** The step page at `url`, a page of `of` (Q255888 unless said). */
type Router = ReturnType<typeof createMemoryRouter>;

/**
 * How long a step change may take here: each is a whole step page drawn in jsdom, then the address following it
 * after the paint, which on a loaded two-core machine (a full test run beside the build) took over the one second
 * `waitFor` allows by default (a fresh clone's run failed so).
 */
const STEP = { timeout: 10_000 };

function open(url: string, of: Flow = flow): Router {
  const router = createMemoryRouter(
    [
      {
        id: FLOW_ROUTE_ID,
        path: '/t/:flowId',
        loader: () => ({ flow: of }),
        HydrateFallback: () => null,
        Component: () => <Layout of={of} />,
        children: [{ path: ':nodeId', Component: StepPage }],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** A case that has answered its first question, so that it stands past its first step. */
function caseAtSecondStep(): { caseId: string; current: string } {
  const caseId = actions.startCase(flow, { entry: 'diagnose' });
  actions.answer(flow, caseId, 'app-log-event', 'event-7044');
  const current = walk(flow, getWizardState().cases[caseId]!).current.id;
  expect(current).not.toBe(flow.entries[0]!.start);
  return { caseId, current };
}

/** A Q255888 case at event 7017 (Exchange 5.5), handed over to Q186742: the address it goes to there. */
async function handedOver(): Promise<{ caseId: string; to: string }> {
  const caseId = actions.startCase(flow);
  answerPasted(flow, caseId, {
    'app-log-event': 'other-event',
    'which-event': 'event-7017',
    'version-7017': 'ex50-55',
  });
  const { handOverCase } = await loadHandOver();
  const to = handOverCase(flow, caseId, 'cause-7017-alias', q186742Flow)!;
  return { caseId, to };
}

const heading = () => screen.getByRole('heading', { level: 1 });
/** This guide's part of the trail (the earlier guide's part is above it). */
const trail = () => screen.getByTestId('answer-trail');

/**
 * Answer the question on screen with `label` and continue, then wait for the address to follow (it does so after
 * the new step is painted): a click before that, quicker than any person, would be overtaken by the address of the
 * step before it (as e2e/support.ts's `choose` waits too).
 */
async function choose(router: Router, label: string | RegExp) {
  fireEvent.click(await screen.findByRole('radio', { name: label }, STEP));
  const from = router.state.location.pathname;
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await waitFor(() => expect(router.state.location.pathname).not.toBe(from), STEP);
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
    // The way back comes with its own code, loaded now: the first test of the file pays its cold import, which on a
    // loaded two-core run (a fresh clone's) took over findBy's default second.
    const back = await screen.findByRole('link', { name: 'Back to the case “INC-4711”' }, STEP);
    expect(back).toHaveAttribute('href', `/t/${flow.id}/${current}?case=${caseId}`);
    const node = flow.nodes.find((n) => n.id === current)!;
    expect(screen.getByTestId('case-way-back')).toHaveTextContent(
      `Where the case stands now: “${plainText(node.kind === 'question' ? node.prompt : node.title)}”`,
    );
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });

  it('a case started at a later step marks what came before as assumed in its trail, and never calls such a step done', async () => {
    const caseId = actions.startCase(flow, {
      entry: 'fix',
      answers: { 'fix-account': 'existing', 'grant-organization': 'done' },
      at: 'grant-site',
    });
    open(`/t/${flow.id}/grant-site?case=${caseId}`);
    const account = (await screen.findByText('Choose the account', {}, STEP)).closest('li')!;
    expect(account).toHaveTextContent('(assumed)');
    const organization = within(trail()).getByText('Grant Permissions Admin on the Organization object').closest('li')!;
    expect(organization).toHaveTextContent('Assumed done');
    expect(organization.textContent).not.toMatch(/\bDone\b/);
  });

  it('calls a case without a name “this case”', async () => {
    const { caseId, current } = caseAtSecondStep();
    open(`/t/${flow.id}/no-such-step?case=${caseId}`);
    const back = await screen.findByRole('link', { name: 'Back to this case' });
    expect(back).toHaveAttribute('href', `/t/${flow.id}/${current}?case=${caseId}`);
  });

  it('offers the way to a case handed over to another guide since (a link from before), as the guide’s own steps do', async () => {
    const { caseId } = await handedOver();
    // A step this guide has, with that case: the case is in KB Q186742 now.
    open(`/t/${flow.id}/cause-7017-alias?case=${caseId}`);
    const valid = await screen.findByRole('link', { name: 'Go to the case in KB Q186742' });
    const there = valid.getAttribute('href');
    cleanup();

    // A step it does not have (mistyped), with the same case: the same way to it, under the not-found heading.
    open(`/t/${flow.id}/nope?case=${caseId}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('We couldn’t find that step');
    const go = await screen.findByRole('link', { name: 'Go to the case in KB Q186742' });
    expect(go).toHaveAttribute('href', there!);
    expect(go.getAttribute('href')).toContain(`case=${caseId}`);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('This case continued in KB Q186742');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
    // And, as there, the way to take it back here.
    expect(screen.getByRole('button', { name: 'Take the case back to KB Q255888' })).toBeInTheDocument();
  });

  it('offers nothing more for a case of another guide that never was in this one', async () => {
    const caseId = actions.startCase(q186742Flow);
    actions.answer(q186742Flow, caseId, 'app-log-event', 'event-7017');
    open(`/t/${flow.id}/nope?case=${caseId}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('We couldn’t find that step');
    // The way back's code has loaded, and found nothing to offer.
    await import('./case-way-back');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Go to the start page']);
  });

  it('offers only the start page when the link names no case this browser has', async () => {
    open(`/t/${flow.id}/no-such-step?case=nope`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('We couldn’t find that step');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Go to the start page']);
  });
});

describe('StepPage: a link to a case this guide does not have', () => {
  it('a case deleted here just now: said so, and Undo while the start page still offers it', async () => {
    const { caseId } = caseAtSecondStep();
    caseActions.remove(flow, caseId);
    open(`/t/${flow.id}/batch-size?case=${caseId}`);
    expect(await screen.findByTestId('case-offer-why', {}, STEP)).toHaveTextContent(
      'This link names a case that was deleted in this browser.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo the deletion' }));
    // The list's actions load with the press.
    await waitFor(
      () => expect(getWizardState().cases[caseId]?.answers).toEqual({ 'app-log-event': 'event-7044' }),
      STEP,
    );
  });

  it('a case deleted here before: said so, with no Undo once the start page’s message is gone', async () => {
    const { caseId } = caseAtSecondStep();
    caseActions.remove(flow, caseId);
    caseActions.dismissListAction();
    open(`/t/${flow.id}/batch-size?case=${caseId}`);
    expect(await screen.findByTestId('case-offer-why', {}, STEP)).toHaveTextContent('was deleted in this browser');
    expect(screen.queryByRole('button', { name: 'Undo the deletion' })).toBeNull();
  });

  it('a case of the other guide: named as such, with the way to it there', async () => {
    const caseId = actions.startCase(q186742Flow);
    actions.answer(q186742Flow, caseId, 'app-log-event', 'event-7017');
    open(`/t/${flow.id}/batch-size?case=${caseId}`);
    expect(await screen.findByTestId('case-offer-why', {}, STEP)).toHaveTextContent(
      'This link names a case of KB Q186742, not of KB Q255888.',
    );
    expect(screen.getByRole('link', { name: 'Open the case in its guide' })).toHaveAttribute(
      'href',
      `/t/q186742?case=${caseId}`,
    );
  });
});

// A dozen step changes each: well over the five seconds a test has by default when the machine is loaded (STEP).
describe('StepPage: a case handed over from another guide', { timeout: 60_000 }, () => {
  it('goes past the questions whose answers came with the case, marks them in the trail, and lets each be changed', async () => {
    const { caseId, to } = await handedOver();
    expect(to).toBe(`/t/q186742/existing-mailbox?case=${caseId}`);
    const router = open(to, q186742Flow);
    expect(await screen.findByRole('heading', { level: 1 }, STEP)).toHaveTextContent(
      'Before this migration, did the MS Mail user already have a mailbox in Exchange?',
    );
    // The first carried answer is behind the case already, in the trail, said to come from the guide before.
    const event = within(trail()).getByText('Application log event').closest('li')!;
    expect(event).toHaveTextContent('(carried over)');

    await choose(router, /^Yes: a mailbox had been created/);
    await choose(router, 'Yes, they differ');
    await choose(router, /^Yes: a two-step migration/);
    await choose(router, /^Yes: mail and address book/);
    // Not asked again: the Exchange version came with the case, so the next question is the one after it.
    await waitFor(() => expect(heading()).toHaveTextContent('Which mail system are the users coming from?'), STEP);
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/source-system'), STEP);
    const version = within(trail()).getByText('Exchange Server version').closest('li')!;
    expect(version).toHaveTextContent('Exchange Server 5.0 or 5.5');
    expect(version).toHaveTextContent('(carried over)');

    // Back reaches it, with the carried answer chosen; changed by hand, it is the user's own answer, not carried.
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/exchange-version'), STEP);
    // (Waited for: under load, the step's options can be drawn after its address changes.)
    expect(await screen.findByRole('radio', { name: /Exchange Server 5\.0 or 5\.5/ })).toBeChecked();
    await choose(router, 'Not sure');
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/source-system'), STEP);
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
    expect(within(trail()).getByText('Application log event').closest('li')).toHaveTextContent('(carried over)');
  });

  it('a “probably not this” outcome that another guide goes on from says so, and the case goes on at that guide’s next question', async () => {
    // KB Q186742 with a different migration error: the Q255888 guide asks which one, with "a different error" carried.
    const caseId = actions.startCase(q186742Flow);
    expect(actions.answer(q186742Flow, caseId, 'app-log-event', 'other-event')).toBeUndefined();
    open(`/t/q186742/not-this-other-event?case=${caseId}`, q186742Flow);
    const panel = await screen.findByTestId('hand-over', {}, STEP);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'The guide for KB Q255888 goes on from here',
    );
    expect(panel).toHaveTextContent('takes the case further from your answers');
    expect(panel).not.toHaveTextContent('diagnoses and fixes this');
    expect(within(panel).getByRole('button', { name: 'Continue in KB Q255888' })).toBeInTheDocument();
    const { handOverCase } = await loadHandOver();
    expect(handOverCase(q186742Flow, caseId, 'not-this-other-event', flow)).toBe(
      `/t/q255888/which-event?case=${caseId}`,
    );
  });

  /** A Q186742 case with the article's answers given here, by hand, up to `last` (the source system when said). */
  function answeredHere(last: 'exchange-version' | 'source-system'): string {
    const caseId = actions.startCase(q186742Flow);
    for (const [q, o] of [
      ['app-log-event', 'event-7017'],
      ['existing-mailbox', 'yes'],
      ['alias-differs', 'different'],
      ['migration-method', 'two-step'],
      ['migrated-what', 'mail-and-pab'],
      ['exchange-version', 'ex50-55'],
      ...(last === 'source-system' ? [['source-system', 'msmail-pc']] : []),
    ])
      expect(actions.answer(q186742Flow, caseId, q!, o!)).toBeUndefined();
    return caseId;
  }

  it('asks the question as usual in a case whose answers were given here (only carried answers are skipped)', async () => {
    const caseId = answeredHere('exchange-version');
    // Back at "What was migrated", answered again: the next question is shown with its earlier answer to confirm.
    const router = open(`/t/q186742/migrated-what?case=${caseId}`, q186742Flow);
    await choose(router, /^Yes: mail and address book/);
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/exchange-version'), STEP);
    expect(screen.getByText('Your earlier answer')).toBeInTheDocument();
  });

  it('from a result’s “Answer it now” (settle in the address), the answer leads past every question answered', async () => {
    const caseId = answeredHere('source-system');
    const end = walk(q186742Flow, getWizardState().cases[caseId]!).current.id;
    const router = open(`/t/q186742/migrated-what?case=${caseId}&settle`, q186742Flow);
    await choose(router, /^Yes: mail and address book/);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/t/q186742/${end}`), STEP);
  });
});
