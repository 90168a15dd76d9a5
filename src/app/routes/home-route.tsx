import { useEffect, useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { CATALOG, type FlowSummary } from '@/content/catalog';
import { Library } from '@/features/library/library';
import { TrainerEntry } from '@/features/trainer/class/trainer-entry';
import { useModuleSlot } from '@/lib/module-slot';
import { SessionFileImport } from '@/features/wizard/export/session-file-import';
import { useCases, hasListedCases, useListAction } from '@/store';
import { formatDay } from '@/lib/format-day';

import { caseListSlot } from '@/features/wizard/cases/load-case-list';
import { paths } from '@/lib/paths';
import type { StartState } from './flow-index-route';

/**
 * Pointing at or focusing a start button starts loading the wizard's pages
 * (the flow layout, the flow's entry and the step page) and that card's flow,
 * so the click that follows finds them loaded or on their way.
 * Never at idle: a visitor who only reads this page loads nothing more.
 */
const prefetchSteps = (flowId: string) =>
  void import('./wizard-routes').then((m) => m.flowLayout.loadFlow(flowId)).catch(() => undefined);
const prefetchOnIntent = (flowId: string) => ({
  onPointerEnter: () => prefetchSteps(flowId),
  onFocus: () => prefetchSteps(flowId),
});

function CasesSlot() {
  const cases = useCases();
  const message = useListAction();
  // Listed, or its last case just deleted: the list's message (and its Undo) stays until dismissed.
  const listed = !!message || hasListedCases(cases, CATALOG);
  const caseList = useModuleSlot(caseListSlot);
  useEffect(() => {
    if (listed) void caseListSlot.load();
  }, [listed]);
  if (!listed) return null;
  if (!caseList) {
    return (
      <p className="min-h-24 text-slate-600" aria-busy="true">
        Loading your cases…
      </p>
    );
  }
  return <caseList.CaseList flows={caseList.flows} />;
}

/** Nothing to subscribe to: `Day` only tells the served page being taken over from the app running. */
const still = () => () => {};

/**
 * A guide's date as this browser writes it. The served page has the build's way ("Dec 3, 2026"): a browser in
 * another language takes the page over keeping that (src/boot/start-page.ts: drawing the whole page afresh lost
 * what was done on it before the app ran), then draws the date anew, its own way.
 */
function Day({ date }: { date: string }) {
  // 0 while the served page is taken over, 1 once the app runs (and on any page it draws itself).
  const live = useSyncExternalStore(
    still,
    () => 1,
    () => 0,
  );
  return (
    <time key={live} dateTime={date} suppressHydrationWarning>
      {formatDay(date)}
    </time>
  );
}

function FlowCard({ flow }: { flow: FlowSummary }) {
  const navigate = useNavigate();
  const begin = (entry: string) => navigate(paths.flow(flow.id), { state: { start: entry } satisfies StartState });

  return (
    <article
      aria-labelledby={`flow-${flow.id}`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7"
    >
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Knowledge Base {flow.kb}</p>
      <h3 id={`flow-${flow.id}`} className="mt-1 text-2xl font-bold text-balance">
        {flow.title}
      </h3>
      <p className="mt-3 text-lg text-slate-700">{flow.summary}</p>
      <p className="mt-2 text-sm text-slate-600" data-testid="guide-revision-line">
        Guide revision {flow.revision}, <Day date={flow.revisionDate} />
      </p>
      <h4 className="mt-4 text-sm font-semibold text-slate-700">Applies to</h4>
      <ul className="mt-1 list-inside list-disc text-slate-700">
        {flow.appliesTo.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h4 className="mt-6 font-semibold text-slate-800">Start a new case</h4>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {flow.entries.map((e, i) => (
          <li key={e.id} className="flex min-w-0 flex-col gap-2">
            <Button
              variant={i === 0 ? 'primary' : 'secondary'}
              onClick={() => begin(e.id)}
              {...prefetchOnIntent(flow.id)}
            >
              {e.label}
            </Button>
            <p className="text-sm text-slate-600">{e.description}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600">A new case never touches your other cases.</p>
    </article>
  );
}

export function HomeRoute() {
  useEffect(() => {
    document.title = 'KB Wizard – guided fixes for Exchange and MS Mail migration problems';
  }, []);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-3xl font-bold text-balance sm:text-4xl">
          Guided troubleshooting for MS Mail to Exchange migrations
        </h1>
        <p className="mt-4 text-lg text-slate-700">
          Answer a few questions about what you see, find out whether a known Knowledge Base problem explains it, and
          follow the fix step by step, with pictures of each admin screen.
        </p>
        <p className="mt-2 text-slate-700">
          Made for helpdesk staff on a call, administrators working on their own servers, and trainers teaching the fix.
          Each call is a case of its own; your cases stay in this browser, so you can close the tab and resume later.
        </p>
      </section>
      <CasesSlot />
      <Library renderFlow={(flow) => <FlowCard flow={flow} />} />
      <PickUpCase />
      <TrainerEntry flows={CATALOG} />
    </div>
  );
}

/** Open a hand-over file from a colleague, and the helpdesk lead's statistics. */
function PickUpCase() {
  const navigate = useNavigate();
  return (
    <section
      aria-labelledby="pick-up-title"
      className="grid max-w-3xl min-w-0 gap-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-7"
    >
      <h2 id="pick-up-title" className="text-xl font-bold">
        Pick up a case
      </h2>
      <p className="text-slate-700">
        Got a share link from a colleague? Just open it. Got a hand-over file? Open it here and carry on where they
        stopped: either becomes a new case of yours.
      </p>
      <SessionFileImport onOpened={(to) => navigate(to)} />
      <p className="text-sm text-slate-700">
        Helpdesk leads:{' '}
        <Link to={paths.stats()} className="font-semibold text-brand-700 underline underline-offset-2">
          outcome statistics for this browser
        </Link>
        .
      </p>
    </section>
  );
}
