import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { basename, createAppRouter } from '@/app/router';
import { Reveal } from '@/boot/reveal';
import { startPageIsPristine } from '@/boot/start-page';
import { CATALOG } from '@/content/catalog';
import { caseListSlot } from '@/features/wizard/cases/load-case-list';
import { noticeTextSlot } from '@/features/wizard/components/store-notice-banner';
import { forgetFirstPageScroll } from '@/lib/first-page-scroll';
import { getWizardState, hasListedCases } from '@/store';

import './styles/index.css';

const container = document.getElementById('root')!;
// The served HTML holds the start page as it looks with nothing stored. Take
// it over in place when that is what this visit shows; otherwise render the
// right page (the prerendered one stays hidden meanwhile, see boot.css).
const trim = (path: string) => path.replace(/\/+$/, '');
// The base path typed without its slash (or an old bookmark) is the start page: the slash put back, so that the
// router, whose basename ends with it, finds the page.
if (`${location.pathname}/` === basename())
  history.replaceState(history.state, '', basename() + location.search + location.hash);
forgetFirstPageScroll();
const hydrating =
  container.hasAttribute('data-prerendered') &&
  trim(window.location.pathname) === trim(basename()) &&
  startPageIsPristine();
const router = createAppRouter({ prerendered: hydrating });

const app = (
  <StrictMode>
    <Reveal>
      <RouterProvider router={router} useTransitions={false} />
    </Reveal>
  </StrictMode>
);

/** Resolves once the router has loaded the first page's lazy route modules. */
function routerReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

if (hydrating) {
  // As a transition, hydration works in short slices: the page stays responsive while it is taken over.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // What the first frame shows beyond the page itself: the list of cases on the start page, a banner's words.
  const { cases, notice, storage } = getWizardState();
  const onStartPage = trim(window.location.pathname) === trim(basename());
  const list = onStartPage && hasListedCases(cases, CATALOG) ? caseListSlot.load() : undefined;
  const words = notice || storage !== 'ok' ? noticeTextSlot.load() : undefined;
  void Promise.all([routerReady(), list, words]).then(() => createRoot(container).render(app));
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void import('./app/register-sw').then((m) => m.registerServiceWorker(getWizardState));
  const whenIdle =
    typeof requestIdleCallback === 'function' ? () => requestIdleCallback(register, { timeout: 5000 }) : register;
  // The app starts after the first paint, often after the load event.
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle);
}
