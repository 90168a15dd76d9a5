import { StrictMode, type ReactNode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import './lib/zod-no-eval';
import { startPageIsPristine } from './app/home-state';
import { basename, createAppRouter } from './app/router';
import './styles/index.css';

const router = createAppRouter();
const container = document.getElementById('root')!;

/** Shows the main column again once the right page is on screen (see styles/boot.css). */
function Reveal({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.classList.remove('kbw-pending');
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <Reveal>
      <RouterProvider router={router} />
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

// The served HTML holds the start page as it looks with nothing stored. Take
// it over in place when that is what this visit shows; otherwise render the
// right page (the prerendered one stays hidden meanwhile, see boot.css).
const trim = (path: string) => path.replace(/\/+$/, '');
const atStartPage = trim(router.state.location.pathname) === trim(basename());
if (container.hasAttribute('data-prerendered') && atStartPage && startPageIsPristine()) {
  hydrateRoot(container, app);
} else {
  void routerReady().then(() => createRoot(container).render(app));
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void import('./app/register-sw').then((m) => m.registerServiceWorker());
  const whenIdle = typeof requestIdleCallback === 'function' ? () => requestIdleCallback(register, { timeout: 5000 }) : register;
  window.addEventListener('load', whenIdle);
}
