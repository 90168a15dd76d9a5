import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { announce } from '@/components/ui/announcer';
import { afterNextPaint } from '@/lib/after-next-paint';

/**
 * The history entry the document was loaded on: its router key ("default" for a page opened by its address; a reload
 * keeps the key the entry had). Read when this module loads, before any step of the visit is shown.
 */
const loadedKey = (history.state as { key?: string } | null)?.key ?? 'default';

/**
 * When the step changes: set the page title, move focus to the step heading
 * and announce the step to screen readers. The step the document was loaded
 * on (its very first location, or the entry a reload shows again) keeps focus
 * at the top of the page and the scroll position the router restores, as on
 * any fresh page load. The URL may follow a step change a frame late
 * (useStepNavigation), so "first" is the step, not just the location.
 */
export function useStepFocus(stepKey: string, title: string, announcement: string) {
  const { key } = useLocation();
  const loadedOn = useRef(stepKey);
  useEffect(() => {
    if (key === loadedKey && stepKey === loadedOn.current) {
      document.title = title;
      return;
    }
    // Once the new step is on screen: focusing now would force a layout of the
    // new step inside the click, and focusing in the frame that paints it would
    // add the focus style's work to that frame. The announcement and the title
    // (a change to the document's head, and a message to the browser's tab
    // strip) wait with it, so they name the step once it is there.
    return afterNextPaint(() => {
      document.title = title;
      // The heading, unless a part the page opens at names itself (a practice asked for in the link).
      (
        document.querySelector<HTMLElement>('[data-arrival-focus]') ??
        document.querySelector<HTMLElement>('[data-step-heading]')
      )?.focus();
      announce(announcement);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the step changes
  }, [stepKey]);
}
