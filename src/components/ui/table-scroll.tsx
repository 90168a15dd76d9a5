import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

/**
 * A wide table's box: on a screen too narrow for it, the table scrolls sideways in here (the page never does), and
 * then, only then, the box says so and can take the focus, so that a keyboard can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    // No wider than its column (a grid or flex item is otherwise as wide as the table in it).
    <div className={cn('min-w-0', className)}>
      {scrolls && (
        <p className="mb-1 text-sm text-slate-700" data-testid="table-scrolls">
          The table is wider than the screen: scroll it sideways to see every column.
        </p>
      )}
      <div
        ref={ref}
        // Focusable only while it scrolls: a tab stop with nothing to scroll would be noise.
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? label : undefined}
        className={cn(
          'overflow-x-auto',
          scrolls && 'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
        )}
      >
        {children}
      </div>
    </div>
  );
}
