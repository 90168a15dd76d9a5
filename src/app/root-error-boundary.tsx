import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { ButtonLink } from '@/components/ui/button';

import { paths } from '@/lib/paths';
import { NotFoundPage } from '@/components/ui/not-found-page';

export function RootErrorBoundary() {
  const error = useRouteError();
  useEffect(() => {
    if (!isRouteErrorResponse(error)) console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    const what = typeof error.data === 'string' && error.data ? error.data : 'page';
    return (
      <div className="mx-auto max-w-6xl px-4 py-8">
        <NotFoundPage what={what} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-8" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg text-slate-700">
        The wizard hit an unexpected problem. Your saved answers are kept in this browser; going back to the start page
        lets you resume.
      </p>
      <ButtonLink to={paths.home()} reloadDocument className="mt-6">
        Back to the start page
      </ButtonLink>
    </div>
  );
}
