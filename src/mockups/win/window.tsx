/**
 * An NT 4 window or dialog: raised border, solid navy title bar with its
 * buttons, a body and (optionally) a status bar. Compound parts are
 * separate exports: Window, WindowTitleBar, WindowBody.
 */
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

import { TITLE_BAR_LABELS } from '../labels';
import { CloseGlyph, HelpGlyph, Icon, type IconName, MaximizeGlyph, MinimizeGlyph } from './icons';
import { type ControlProps, useControl } from './mockup-context';

export function Window({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="win-window" className={className} {...props} />;
}

type TitleBarButtonProps = ControlProps & {
  kind: 'minimize' | 'maximize' | 'close' | 'help';
  className?: string;
};

export function TitleBarButton({ kind, className, ...control }: TitleBarButtonProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      data-slot="win-title-bar-button"
      aria-label={TITLE_BAR_LABELS[kind]}
      // Window chrome no step points at stays out of the way when the screen is operable.
      inert={control.targetId === undefined}
      {...c.nativeProps}
      {...c.attrs}
      className={className}
    >
      {kind === 'close' && <CloseGlyph />}
      {kind === 'minimize' && <MinimizeGlyph />}
      {kind === 'maximize' && <MaximizeGlyph />}
      {kind === 'help' && <HelpGlyph />}
    </button>
  );
}

type WindowTitleBarProps = {
  title: string;
  icon?: IconName;
  /** window: minimize, maximize, close; dialog: help, close; close: close only. */
  controls?: 'window' | 'dialog' | 'close' | 'none';
  className?: string;
};

export function WindowTitleBar({ title, icon, controls = 'window', className }: WindowTitleBarProps) {
  return (
    <div data-slot="win-title-bar" className={className}>
      {icon && <Icon name={icon} />}
      <span data-slot="win-title">{title}</span>
      {controls === 'window' && (
        <span className="flex items-center">
          <TitleBarButton kind="minimize" />
          <TitleBarButton kind="maximize" />
          <TitleBarButton kind="close" className="ml-[2px]" />
        </span>
      )}
      {controls === 'dialog' && (
        <span className="flex items-center gap-[2px]">
          <TitleBarButton kind="help" />
          <TitleBarButton kind="close" />
        </span>
      )}
      {controls === 'close' && <TitleBarButton kind="close" />}
    </div>
  );
}

export function WindowBody({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="win-window-body" className={cn('min-h-0 flex-1', className)} {...props} />;
}
