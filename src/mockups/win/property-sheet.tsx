/**
 * Property-sheet tabs: a row of tabs with slightly rounded top corners over a
 * raised panel. The selected tab is taller, overlaps its neighbours and
 * merges with the panel (no line between them), as in NT 4.
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { type ControlProps, useControl } from './mockup-context';

export function TabList({ label, children, className }: { label?: string; children: ReactNode; className?: string }) {
  return (
    <div
      role="tablist"
      aria-label={label}
      data-slot="win-tab-list"
      className={cn('relative z-[1] flex h-[20px] items-end pl-[2px]', className)}
    >
      {children}
    </div>
  );
}

type TabProps = ControlProps & { selected?: boolean; children: ReactNode; controls?: string };

export function Tab({ selected = false, children, controls, ...control }: TabProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={controls}
      {...c.nativeProps}
      {...c.attrs}
      data-slot="win-tab"
      className={cn(
        'relative rounded-t-[3px] border-t border-l border-win-highlight bg-win-surface px-[6px] leading-[15px] whitespace-nowrap',
        'shadow-[inset_-1px_0_var(--color-win-frame),inset_-2px_0_var(--color-win-shadow)]',
        selected ? 'z-[2] -mx-[2px] -mb-px h-[21px] px-[8px] pb-[3px]' : 'h-[18px] pb-px',
      )}
    >
      {children}
    </button>
  );
}

export function TabPanel({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  return (
    <div
      id={id}
      role="tabpanel"
      data-slot="win-tab-panel"
      className={cn(
        'border-t border-l border-win-highlight bg-win-surface p-[8px]',
        'shadow-[inset_-1px_-1px_var(--color-win-frame),inset_-2px_-2px_var(--color-win-shadow)]',
        className,
      )}
    >
      {children}
    </div>
  );
}
