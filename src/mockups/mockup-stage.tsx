/**
 * The teal "desktop" a mockup is drawn on, inside a frame that scrolls
 * sideways on its own when the drawing is wider than the space available, so
 * the page never scrolls sideways (WCAG 1.4.10). While it scrolls, the frame
 * is focusable, so keyboard users can scroll it too (WCAG 2.1.1).
 */
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';

import { cn } from '@/lib/cn';

/**
 * Whether the element's content is wider than its box. Measured by a
 * ResizeObserver, which reports after the browser's own layout: reading
 * scrollWidth inside React's commit would force the new step to be laid out
 * there, in the middle of the click's work.
 */
function useOverflowsX(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    if (typeof ResizeObserver === 'undefined') {
      check();
      return;
    }
    // Observing reports the current size once, after the next layout.
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, [ref]);
  return overflows;
}

type MockupStageProps = {
  /** Id of the element naming the picture (the figure's title). */
  labelledBy: string;
  /** Height reserved for the drawing, so nothing moves when it loads. */
  minHeight?: number;
  /** The positioned stage element, for the spotlight callout to measure. */
  stageRef?: RefObject<HTMLDivElement | null>;
  children: ReactNode;
  className?: string;
};

export function MockupStage({ labelledBy, minHeight, stageRef, children, className }: MockupStageProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsX(scrollRef);
  return (
    <div
      ref={scrollRef}
      data-slot="mockup-scroll"
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'group' : undefined}
      aria-labelledby={overflows ? labelledBy : undefined}
      className={cn('max-w-full overflow-x-auto overflow-y-hidden rounded-md border border-slate-300', className)}
    >
      <div
        ref={stageRef}
        data-slot="mockup-stage"
        className="relative inline-block min-w-full bg-win-desktop px-4 py-12 text-center align-top sm:px-8"
        style={minHeight ? { minHeight } : undefined}
      >
        {children}
      </div>
    </div>
  );
}
