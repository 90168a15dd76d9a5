/**
 * Build-time only (scripts/build/app-shell.ts): the start page as HTML, with
 * no stored state, exactly as main.tsx hydrates it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { RouterProvider, createMemoryRouter } from 'react-router';

import { basename, routes } from './app/router';

export function renderStartPage(): string {
  const base = basename();
  const router = createMemoryRouter(routes, { basename: base, initialEntries: [base] });
  return renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
