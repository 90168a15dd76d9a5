/**
 * A practice part-way through (Let me try, Test me, the whole-fix test) is lost by leaving its page: a reload or a
 * closed tab (the browser asks, through beforeunload), or a link or mode within the app (this asks, through the
 * router's blocker). Presenter mode has its own guard on its keys and is not asked here.
 */
import { useContext, useEffect, useId, useRef } from 'react';
import { type BlockerFunction, UNSAFE_DataRouterContext, UNSAFE_DataRouterStateContext } from 'react-router';

import { Button } from '@/components/ui/button';

/**
 * Rendered only while a practice is part-way through. `inApp`: links and modes within the app ask too (not in
 * presenter mode, whose keys ask on their own).
 */
export function LeaveGuard({ what, inApp }: { what: string; inApp: boolean }) {
  useEffect(() => {
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);
  return inApp ? <InAppGuard what={what} /> : null;
}

/** Another page, or this one in another mode; not the address's fragment or the same address again. */
const leaves: BlockerFunction = ({ currentLocation: a, nextLocation: b }) =>
  a.pathname !== b.pathname || a.search !== b.search;

/**
 * React Router's `useBlocker`, on the router it hands its own hooks: the hook itself would join the router's code,
 * which every page loads (the start file), for this one use off the walk (214 bytes gzip on a walk at its budget,
 * docs/performance.md). The blocker API it calls (`getBlocker`, `deleteBlocker`, `state.blockers`) is the data
 * router's own; react-router's version is pinned. Outside a data router (a component test) it blocks nothing.
 */
function usePracticeBlocker() {
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const blockers = useContext(UNSAFE_DataRouterStateContext)?.blockers;
  const key = `practice${useId()}`;
  useEffect(() => {
    if (!router) return;
    router.getBlocker(key, leaves);
    return () => router.deleteBlocker(key);
  }, [router, key]);
  return blockers?.get(key);
}

function InAppGuard({ what }: { what: string }) {
  const blocker = usePracticeBlocker();
  const stayRef = useRef<HTMLButtonElement>(null);
  /** The control that tried to leave: focus goes back to it when the learner stays. */
  const opener = useRef<Element | null>(null);
  const blocked = blocker?.state === 'blocked';
  // Each try to leave (a second press of the same link too, while the question is open) brings the question into
  // view with focus on staying, the safe answer; it is said again (its role).
  const attempt = blocked ? blocker.location.key : undefined;
  useEffect(() => {
    if (!attempt) return;
    const active = document.activeElement;
    if (active && !stayRef.current?.closest('[role="alertdialog"]')?.contains(active)) opener.current = active;
    stayRef.current?.focus();
  }, [attempt]);
  if (!blocked) return null;
  const stay = () => {
    blocker.reset?.();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes a dialog (WAI-ARIA APG); focus is always on one of its buttons
    <div
      role="alertdialog"
      aria-labelledby="leave-practice-title"
      onKeyDown={(e) => e.key === 'Escape' && stay()}
      className="mb-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
      data-testid="leave-practice"
    >
      <p id="leave-practice-title" className="font-semibold">
        {`Leave ${what}? What you have done in it so far is not kept.`}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" ref={stayRef} onClick={stay}>
          Stay and go on
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Leave
        </Button>
      </div>
    </div>
  );
}
