import { type ReactNode, useEffect, useLayoutEffect } from 'react';

import { EARLY_CLICK, PENDING_CLASS, READY_FLAG } from './boot-script';

type BootGlobals = { [READY_FLAG]?: boolean; [EARLY_CLICK]?: HTMLElement };

/**
 * Shows the main column again once the right page is on screen (see
 * boot.css) and tells the boot script (boot-script.ts) that
 * React now handles clicks itself; then presses again a button the user
 * pressed on the prerendered page before that (the boot script held it back,
 * so it happens once). After hydration it is the very same element.
 */
export function Reveal({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.classList.remove(PENDING_CLASS);
    (window as Window & BootGlobals)[READY_FLAG] = true;
  }, []);
  useEffect(() => {
    const boot = window as Window & BootGlobals;
    const early = boot[EARLY_CLICK];
    delete boot[EARLY_CLICK];
    if (early?.isConnected) setTimeout(() => early.click(), 0);
  }, []);
  return children;
}
