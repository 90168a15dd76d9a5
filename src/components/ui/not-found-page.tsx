import { useEffect } from 'react';

import { ButtonLink } from './button';

import { paths } from '@/lib/paths';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useEffect(() => {
    document.title = 'Not found – KB Wizard';
  }, []);
  return (
    <section aria-labelledby="nf-title" className="max-w-2xl">
      <h1 id="nf-title" className="text-3xl font-bold">
        We couldn’t find that {what}
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        The link may be mistyped, or it points to a step that no longer exists. Your saved progress is untouched.
      </p>
      <ButtonLink to={paths.home()} className="mt-6">
        Go to the start page
      </ButtonLink>
    </section>
  );
}
