import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { afterNextPaint } from '@/lib/after-next-paint';

/**
 * Moving from one step to the next: the next step is painted first, and the
 * address bar follows right after that paint. Changing the URL through the
 * router costs more than drawing most steps (history entry, route matching,
 * scroll bookkeeping, re-rendering the layout), and none of it is needed to
 * show the answer's result, so it runs once the user can already see it.
 *
 * While steps wait for the router, the last one `go` was given is shown; each
 * leaves the waiting list once the router shows it too, so the page never
 * flickers back to an older step, whether or not the router's own updates are
 * transitions. Several quick steps are pushed in order, each as its own
 * history entry. Like a new page, the next step starts at the top.
 */
export function useStepNavigation(urlNodeId: string, pathOf: (nodeId: string) => string) {
  const navigate = useNavigate();
  const [waiting, setWaiting] = useState<readonly string[]>([]);
  const queue = useRef<string[]>([]);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The router shows a waiting step: it and the ones pushed before it no
  // longer wait (the router may never render those: its updates are
  // transitions, so two quick pushes can render as one). Adjusted while
  // rendering, so no frame shows anything in between.
  const shownAt = waiting.indexOf(urlNodeId);
  if (shownAt >= 0) setWaiting(waiting.slice(shownAt + 1));
  // What the router has drawn, and the steps still waiting for it (for the settling check in `go`).
  const urlNow = useRef(urlNodeId);
  const seen = useRef(waiting);
  useEffect(() => {
    urlNow.current = urlNodeId;
    seen.current = waiting;
  });

  const go = useCallback(
    (nodeId: string) => {
      setWaiting((w) => [...w, nodeId]);
      requestAnimationFrame(() => window.scrollTo(0, 0));
      queue.current.push(pathOf(nodeId));
      if (queue.current.length > 1) return; // already waiting for the paint
      afterNextPaint(() => {
        void (async () => {
          // Left for another page meanwhile: do not pull the user back.
          while (queue.current.length > 0 && mounted.current) {
            await navigate(queue.current[0]!);
            queue.current.shift();
          }
          queue.current = [];
          // Whatever happened meanwhile (the router went elsewhere), the URL leads again: once the router has drawn
          // one of the waiting steps (on a busy machine it draws well after this, and emptying the list before
          // showed the step before again for a moment), or, if it never does (Back in the browser), after 2 s.
          const settle = (tries: number): void =>
            void afterNextPaint(() => {
              if (!mounted.current || queue.current.length) return;
              if (tries && seen.current.length && !seen.current.includes(urlNow.current)) settle(tries - 1);
              else setWaiting([]);
            }, 500);
          settle(3);
        })();
      });
    },
    [navigate, pathOf],
  );

  // `ahead`: the step shown was reached by `go` and the URL has not caught up yet.
  return { nodeId: waiting.at(-1) ?? urlNodeId, go, ahead: waiting.length > 0 };
}
