/**
 * The ways to print a fix: this step (its pictures drawn first, even those
 * not scrolled to yet) and the whole fix as a runbook page. Shown on every
 * fix step and on a diagnosis that leads into a fix; the page's case goes
 * along.
 */
import { Link } from 'react-router';

import { paths } from '@/lib/paths';
import { printWithScreens } from '@/mockups/print-screens';
import { useOptionalCaseRef } from '@/features/wizard/hooks/use-case';
import { useFlow } from '@/features/wizard/hooks/use-flow';

export function PrintFixLinks({ step = false, className }: { step?: boolean; className?: string }) {
  const flow = useFlow();
  const caseRef = useOptionalCaseRef();
  return (
    <p data-slot="print-fix" className={className}>
      {step && (
        <button type="button" onClick={() => void printWithScreens()}>
          Print this step
        </button>
      )}
      <Link to={paths.runbook(flow.id, caseRef?.caseId)}>Print the fix</Link>
    </p>
  );
}
