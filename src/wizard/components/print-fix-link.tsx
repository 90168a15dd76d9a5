/**
 * The ways to print a fix: this step (its pictures drawn first, even those
 * not scrolled to yet) and the whole fix as a runbook page. Shown on every
 * fix step and on a diagnosis that leads into a fix; the case in the address
 * (`?case=`) goes along.
 */
import { Link, useParams, useSearchParams } from 'react-router';

import { paths } from '@/app/paths';
import { cn } from '@/lib/cn';
import { printWithScreens } from '@/mockups/print-screens';

const link = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2';

export function PrintFixLinks({ step = false, className }: { step?: boolean; className?: string }) {
  const { flowId = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <p className={cn('flex flex-wrap items-center gap-x-5 print:hidden', className)}>
      {step && (
        <button type="button" className={link} onClick={() => void printWithScreens()}>
          Print this step
        </button>
      )}
      <Link className={link} to={paths.runbook(flowId, params.get('case') ?? undefined)}>
        Print the fix
      </Link>
    </p>
  );
}
