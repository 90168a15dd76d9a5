/** Status bar: a row of thin sunken panes at the bottom of a window. */
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

export function StatusBar({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div data-slot="win-status-bar" className={cn('flex h-[20px] shrink-0 gap-[2px] pt-[2px]', className)} {...props} />
  );
}

export function StatusBarField({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="win-status-bar-field"
      className={cn('truncate px-[3px] leading-[18px] bevel-sunken', className)}
      {...props}
    />
  );
}
