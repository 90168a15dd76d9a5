import { type ReactNode, createContext, use, useEffect, useState } from 'react';

import { afterNextPaint } from '@/lib/after-next-paint';

/**
 * True where a step has just been reached by a click inside the wizard (the
 * page then starts at the top): its parts below the first screen may wait
 * for the first frame. False everywhere else, so a reload, a deep link or
 * Back and Forward (where the browser puts the reader back where they were,
 * perhaps far down the page) draw the whole step at once.
 */
export const DeferBelowTheFold = createContext(false);

/**
 * A part of a step below its first screen (or, like a fix step's first
 * picture, one that fills in after the words anyway). Where DeferBelowTheFold
 * allows, it is drawn right after the frame that shows the top of the step
 * has been painted: the click is answered by the new heading and its first
 * lines as soon as the browser can draw them, and the rest follows one frame
 * later, before anyone could scroll to it. Until then an empty template marks
 * the place (the benchmark waits for none to be left to time the whole step).
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(!use(DeferBelowTheFold));
  useEffect(() => {
    if (!ready) return afterNextPaint(() => setReady(true));
  }, [ready]);
  return ready ? children : <template data-pending-paint="" />;
}
