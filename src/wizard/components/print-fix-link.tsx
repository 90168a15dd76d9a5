/**
 * The ways to print a fix: this step (its pictures drawn first, even those
 * not scrolled to yet) and the whole fix as a runbook page. Shown on every
 * fix step and on a diagnosis that leads into a fix; the case in the address
 * (`?case=`) goes along.
 */
import { Link, useParams, useSearchParams } from 'react-router';

import { paths } from '@/app/paths';
import { printWithScreens } from '@/mockups/print-screens';

export function PrintFixLinks({ step = false, className }: { step?: boolean; className?: string }) {
  const { flowId = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <p data-slot="print-fix" className={className}>
      {step && (
        <button type="button" onClick={() => void printWithScreens()}>
          Print this step
        </button>
      )}
      <Link to={paths.runbook(flowId, params.get('case') ?? undefined)}>
        Print the fix
      </Link>
    </p>
  );
}
