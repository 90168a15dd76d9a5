/** A toolbar band with small raised icon buttons. */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { Icon, type IconName } from './icons';
import { type ControlProps, useControl } from './mockup-context';

export function Toolbar({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="toolbar" aria-label={label} data-slot="win-toolbar" className={className}>
      {children}
    </div>
  );
}

type ToolbarButtonProps = ControlProps & { label: string; icon: IconName; pressed?: boolean };

export function ToolbarButton({ label, icon, pressed, ...control }: ToolbarButtonProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      {...c.nativeProps}
      {...c.attrs}
      data-slot="win-toolbar-button"
      className={cn(
        // Operable: 1px apart, so each click target has room (WCAG 2.5.8 spacing).
        c.interactive && 'mr-px',
        pressed ? 'bevel-button-pressed' : 'bevel-button',
      )}
    >
      <Icon name={icon} />
    </button>
  );
}

export function ToolbarSeparator() {
  return <span aria-hidden="true" data-slot="win-toolbar-separator" />;
}
