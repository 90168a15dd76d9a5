/**
 * Build-time only (scripts/build/app-shell.ts): the start page as HTML, with
 * no stored state, exactly as main.tsx hydrates it. Rendered with React's
 * static prerender, which waits for every lazy part (Suspense boundaries) to
 * be complete, so the HTML holds the whole page and nothing is left for the
 * client to render from scratch.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { RouterProvider, createMemoryRouter } from 'react-router';

import { basename, routes } from '@/app/router';

export async function renderStartPage(): Promise<string> {
  const base = basename();
  const router = createMemoryRouter(routes, { basename: base, initialEntries: [base] });
  const { prelude } = await prerender(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
