import { useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';

/**
 * From the end of Let me try straight into Test me on the same step: the
 * mode lives in the address (`?mode=test`) on the step page and in presenter
 * mode alike, so this only changes that, keeping the rest of the address.
 */
export function TakeTestButton() {
  const [, setParams] = useSearchParams();
  return (
    <Button
      onClick={() =>
        setParams(
          (prev) => {
            const next = new URLSearchParams(prev);
            next.set('mode', 'test');
            return next;
          },
          { replace: true, preventScrollReset: true },
        )
      }
    >
      Take the test
    </Button>
  );
}
