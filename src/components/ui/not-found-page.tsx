import { type ReactNode, useEffect } from 'react';

import { ButtonLink } from './button';

import { paths } from '@/lib/paths';

/** `children`: what else the page offers, before the way to the start page (a case's way back, on a case's link). */
export function NotFoundPage({ what = 'page', children }: { what?: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = 'Not found – KB Wizard';
  }, []);
  return (
    <section aria-labelledby="nf-title" className="mt-6 max-w-2xl">
      <h1 id="nf-title" className="text-3xl font-bold">
        We couldn’t find that {what}
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        The link may be mistyped, or it points to a step that no longer exists. Your saved progress is untouched.
      </p>
      {children}
      {/* Beside a way back to a case, that one is the main way on. */}
      <ButtonLink to={paths.home()} variant={children ? 'secondary' : 'primary'} className="mt-6">
        Go to the start page
      </ButtonLink>
    </section>
  );
}
