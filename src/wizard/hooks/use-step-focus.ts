import { useEffect } from 'react';
import { useLocation } from 'react-router';

import { announce } from '@/components/ui/announcer';

/**
 * When the step changes: set the page title, move focus to the step heading
 * and announce the step to screen readers. On the document's very first
 * location (key "default") focus stays at the top of the page, as on any
 * fresh page load.
 */
export function useStepFocus(stepKey: string, title: string, announcement: string) {
  const { key } = useLocation();
  useEffect(() => {
    document.title = title;
    if (key === 'default') return;
    document.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    announce(announcement);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the step changes
  }, [stepKey]);
}
