import { useEffect, useLayoutEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';

import { LiveAnnouncer } from '@/components/ui/announcer';
import { StorageBanner, StoreNoticeBanner } from '@/features/wizard/components/store-notice-banner';
import { notePageView } from '@/store';
import { afterNextPaint } from '@/lib/after-next-paint';

import { paths } from '@/lib/paths';

export function RootLayout() {
  const { key, pathname } = useLocation();
  // Before the pages' effects, which may give a notice about the page they lead to.
  useLayoutEffect(notePageView, [key]);
  // A link to another page leaves focus where it was (a header or footer link) or nowhere: once the new page is
  // drawn, unless the page put focus in it itself (a step page does), focus its heading, else the main area.
  const landed = useRef<string | null>(pathname);
  useEffect(() => {
    // The page the document was loaded on keeps focus at the top, as on any page load.
    if (pathname === landed.current) return;
    landed.current = null;
    return afterNextPaint(() => {
      const main = document.getElementById('main');
      if (!main || main.contains(document.activeElement)) return;
      const h1 = main.querySelector('h1');
      if (h1) h1.tabIndex = -1;
      (h1 ?? main).focus();
    });
  }, [pathname]);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-700 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to={paths.home()} className="flex items-center gap-2 rounded text-lg font-bold text-slate-900">
            <span aria-hidden="true" className="grid size-7 place-items-center rounded bg-brand-700 text-sm text-white">
              KB
            </span>
            KB Wizard
          </Link>
          <nav aria-label="Site">
            <ul className="flex gap-4 text-sm">
              <li>
                <Link className="rounded text-brand-700 underline-offset-4 hover:underline" to={paths.home()}>
                  Start page
                </Link>
              </li>
              <li>
                <Link className="rounded text-brand-700 underline-offset-4 hover:underline" to={paths.mockups()}>
                  Screen gallery
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <StorageBanner />
      <StoreNoticeBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8 print:max-w-none print:p-0"
      >
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white print:hidden">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">
          Guidance written from Microsoft Knowledge Base articles. Runs entirely in your browser: nothing you enter
          leaves this device.{' '}
          <Link className="text-brand-700 underline underline-offset-2" to={paths.stats()}>
            Outcome statistics
          </Link>
        </p>
      </footer>
      <LiveAnnouncer />
      <ScrollRestoration />
    </div>
  );
}
