/**
 * A share link of a case handed over from KB Q255888 to KB Q186742, made on the hand-over page (the share panel)
 * and opened in a browser that has never seen the case: it opens as the case it was made from, its carried
 * questions not asked again and marked as carried in its ticket text.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { q186742Flow as flow } from '@/content/flows/q186742';
import { q255888Flow } from '@/content/flows/q255888';
import { stepForward } from '@/engine/walk';
import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';
import { buildCaseReport, caseTicketText } from '@/features/wizard/export/case-report';
import { carriedQuestions } from '@/features/wizard/provenance';
import { SharePanel } from '@/features/wizard/share/share-panel';
import { actions, answerPasted, getWizardState, loadHandOver, rehydrateWizardStore, resetWizardStore } from '@/store';

import { SharedPage } from './shared-page';

/** A Q255888 case at event 7017 (Exchange 5.5), handed over to Q186742 and answered there up to the Exchange version. */
async function handedOver(): Promise<string> {
  const caseId = actions.startCase(q255888Flow);
  answerPasted(q255888Flow, caseId, {
    'app-log-event': 'other-event',
    'which-event': 'event-7017',
    'version-7017': 'ex50-55',
  });
  const { handOverCase } = await loadHandOver();
  expect(handOverCase(q255888Flow, caseId, 'cause-7017-alias', flow)).toBeDefined();
  for (const [q, o] of Object.entries({
    'existing-mailbox': 'yes',
    'alias-differs': 'different',
    'migration-method': 'two-step',
    'migrated-what': 'mail-and-pab',
  }))
    expect(actions.answer(flow, caseId, q, o)).toBeUndefined();
  return caseId;
}

/** `element` at `url`, a page of Q186742 (a step's address renders nothing: only where it goes matters here). */
function open(url: string, element: ReactNode) {
  const router = createMemoryRouter(
    [
      {
        id: FLOW_ROUTE_ID,
        path: '/t/:flowId',
        loader: () => ({ flow }),
        HydrateFallback: () => null,
        children: [
          { path: 'shared', element },
          { path: 'here', element },
          { path: ':nodeId', element: null },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** The share link's fragment, made the way the hand-over page makes it. */
async function shareLinkOf(caseId: string): Promise<string> {
  open('/t/q186742/here', <SharePanel flow={flow} session={getWizardState().cases[caseId]!} />);
  const copy = await screen.findByRole('button', { name: 'Copy share link' });
  // What a link leaves out is said before it is made (the times and the pasted events: the hand-over file has them).
  expect(screen.getByTestId('share-leaves-out')).toHaveTextContent(
    'it leaves out when each answer was given and the events pasted from Event Viewer',
  );
  await waitFor(() => expect(copy).toBeEnabled());
  fireEvent.click(copy);
  const link = (await screen.findByTestId('share-link')) as HTMLInputElement;
  cleanup();
  return new URL(link.value).hash;
}

/**
 * The share link `hash` opened in another browser (none of this browser's cases): the case it makes there, once the
 * page has gone on to the step after the carried version question.
 */
async function openedElsewhere(hash: string) {
  localStorage.clear();
  resetWizardStore();
  await rehydrateWizardStore();
  const router = open(`/t/q186742/shared${hash}`, <SharedPage />);
  await waitFor(() => expect(router.state.location.pathname).toBe('/t/q186742/source-system'));
  return getWizardState().cases[new URLSearchParams(router.state.location.search).get('case')!]!;
}

beforeEach(async () => {
  localStorage.clear();
  resetWizardStore();
  await rehydrateWizardStore();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SharedPage: a handed-over case’s share link', () => {
  it('opens the case as it was made: the carried questions not asked again, marked in its ticket text', async () => {
    const caseId = await handedOver();
    const original = getWizardState().cases[caseId]!;
    expect(carriedQuestions(original.answers, original.log)).toEqual(['app-log-event', 'exchange-version']);
    const hash = await shareLinkOf(caseId);

    const opened = await openedElsewhere(hash);
    expect(opened.answers).toEqual(original.answers);
    expect(opened.earlier?.map((p) => [p.flowId, p.outcome])).toEqual([['q255888', 'cause-7017-alias']]);
    // The same answers carried as in the case it was made from, so a step forward goes past the Exchange version …
    expect(carriedQuestions(opened.answers, opened.log)).toEqual(['app-log-event', 'exchange-version']);
    expect(stepForward(flow, opened, 'exchange-version', carriedQuestions(opened.answers, opened.log))).toBe(
      'source-system',
    );
    // … and its ticket text says where they came from, as the original's does.
    const text = caseTicketText(buildCaseReport(flow, opened, new Map([['q255888', q255888Flow]])));
    expect(text).toMatch(/^- Application log event: .* \(carried over from KB Q255888\)$/m);
    expect(text).toMatch(/^- Exchange Server version: Exchange Server 5\.0 or 5\.5 \(carried over from KB Q255888\)$/m);
    expect(text).not.toMatch(/Existing Exchange mailbox: .*carried/);
    // Its log says it was opened from a link, after the hand-over it began with.
    expect(opened.log.map((e) => e.type)).toEqual(['handover', 'share']);
  });

  it('carries only the answers still carried: one given again by hand is the case’s own there too', async () => {
    const caseId = await handedOver();
    actions.answer(flow, caseId, 'exchange-version', 'ex50-55');
    const hash = await shareLinkOf(caseId);
    const opened = await openedElsewhere(hash);
    expect(carriedQuestions(opened.answers, opened.log)).toEqual(['app-log-event']);
  });
});
