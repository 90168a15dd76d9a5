/** Status bar: a row of thin sunken panes at the bottom of a window. */
import type { ComponentProps } from 'react';

export function StatusBar({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="win-status-bar" className={className} {...props} />;
}

export function StatusBarField({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="win-status-bar-field" className={className} {...props} />;
}
