import { type RouteObject, createBrowserRouter } from 'react-router';

import { FLOW_ROUTE_ID } from '@/features/wizard/hooks/flow-route-id';

import { RootErrorBoundary } from './root-error-boundary';
import { RootLayout } from './root-layout';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        // A pathless layer so errors inside a page keep the header and footer.
        ErrorBoundary: RootErrorBoundary,
        children: [
          { index: true, Component: HomeRoute },
          {
            id: FLOW_ROUTE_ID,
            path: 't/:flowId',
            lazy: () => import('./routes/wizard-routes').then((m) => m.flowLayout),
            children: [
              { index: true, lazy: () => import('./routes/wizard-routes').then((m) => m.flowIndex) },
              // Static segments outrank ':nodeId'.
              { path: 'handover', lazy: () => import('./routes/handover-route') },
              { path: 'shared', lazy: () => import('./routes/shared-route') },
              { path: 'map', lazy: () => import('./routes/map-route') },
              { path: 'runbook', lazy: () => import('./routes/runbook-route') },
              // The class: quiz, whole-fix test, practice (src/features/trainer/class).
              { path: 'class/:page', lazy: () => import('@/features/trainer/class/flow-class-route') },
              { path: ':nodeId', lazy: () => import('./routes/wizard-routes').then((m) => m.step) },
            ],
          },
          { path: 'mockups', lazy: () => import('./routes/mockups-route') },
          { path: 'stats', lazy: () => import('./routes/stats-route') },
          { path: 'class', lazy: () => import('@/features/trainer/class/classroom-route') },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
  // Presenter mode and its audience window: full-window pages without the app's header.
  { path: '/present/:flowId', lazy: () => import('./routes/present-route'), ErrorBoundary: RootErrorBoundary },
];

/**
 * The app's base path (set at build time with BASE_PATH), with its trailing slash: the start page's address is then
 * `/kb-wizard/`, inside the path the server answers with the app and the service worker serves offline (React Router
 * gives a link to the root its basename as it is). Without the slash, a reload of the start page reached neither.
 */
export function basename(): string {
  return import.meta.env.BASE_URL;
}

/**
 * `prerendered`: the page on screen is the served (prerendered) HTML that
 * React is about to hydrate. The router is then told so, the way it is after
 * server rendering: it does not reset the scroll position on its first
 * render, where a reader may already have scrolled (and be about to click).
 */
export function createAppRouter({ prerendered = false }: { prerendered?: boolean } = {}) {
  return createBrowserRouter(routes, {
    basename: basename(),
    hydrationData: prerendered ? { loaderData: {} } : undefined,
  });
}
