/**
 * Push button: raised; the default button has an extra black frame; a
 * pressed button is flat with its caption moved 1px right and down.
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { type ControlProps, useControl } from './mockup-context';

type PushButtonProps = ControlProps & {
  children: ReactNode;
  variant?: 'normal' | 'default';
  pressed?: boolean;
  /** Greyed out. Uses the native disabled state, so contrast rules do not apply (WCAG 1.4.3). */
  disabled?: boolean;
  className?: string;
};

export function PushButton({
  children,
  variant = 'normal',
  pressed = false,
  disabled = false,
  className,
  ...control
}: PushButtonProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      disabled={disabled}
      {...c.nativeProps}
      {...c.attrs}
      data-slot="win-push-button"
      data-variant={variant}
      className={cn(
        pressed ? 'bevel-button-pressed' : variant === 'default' ? 'bevel-button-default' : 'bevel-button',
        disabled ? 'text-win-shadow [text-shadow:1px_1px_0_var(--color-win-highlight)]' : 'text-win-text',
        className,
      )}
    >
      <span className={cn(pressed && 'translate-x-px translate-y-px')}>{children}</span>
    </button>
  );
}
