import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { announce } from '@/components/ui/announcer';

/**
 * When the step changes: set the page title, move focus to the step heading
 * and announce the step to screen readers. The step the document was loaded
 * on (its very first location, key "default") keeps focus at the top of the
 * page, as on any fresh page load. The URL may follow a step change a frame
 * late (useStepNavigation), so "first" is the step, not just the location.
 */
export function useStepFocus(stepKey: string, title: string, announcement: string) {
  const { key } = useLocation();
  const loadedOn = useRef(stepKey);
  useEffect(() => {
    document.title = title;
    if (key === 'default' && stepKey === loadedOn.current) return;
    // Focus in the next frame, just before the browser lays the page out anyway:
    // focusing now would force an extra layout of the new step inside the click.
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-step-heading]')?.focus());
    announce(announcement);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the step changes
  }, [stepKey]);
}
