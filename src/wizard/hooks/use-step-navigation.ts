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
 * Until the router has caught up, the step shown is the one `go` was given;
 * after that it is the URL's again (the same one). Several quick steps are
 * pushed in order, each as its own history entry. Like a new page, the next
 * step starts at the top.
 */
export function useStepNavigation(urlNodeId: string, pathOf: (nodeId: string) => string) {
  const navigate = useNavigate();
  const [shown, setShown] = useState<string | null>(null);
  const queue = useRef<string[]>([]);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const go = useCallback(
    (nodeId: string) => {
      setShown(nodeId);
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
          if (mounted.current) setShown(null);
        })();
      });
    },
    [navigate, pathOf],
  );

  return { nodeId: shown ?? urlNodeId, go };
}
