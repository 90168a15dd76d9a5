/**
 * Menu bar with drop-down menus. An open menu-bar item is drawn pressed
 * (thin sunken edge), as in NT 4; menu items highlight in navy.
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { ArrowRightGlyph } from './icons';
import { plainLabel } from './label-text';
import { Mnemonic } from './mnemonic';
import { type ControlProps, useControl } from './mockup-context';

export function MenuBar({ label, children, className }: { label?: string; children: ReactNode; className?: string }) {
  return (
    <div
      role="menubar"
      aria-label={label}
      data-slot="win-menu-bar"
      className={cn('flex h-[19px] shrink-0 items-center', className)}
    >
      {children}
    </div>
  );
}

type MenuBarItemProps = ControlProps & {
  /** Label with an access key mark, e.g. "&File". */
  label: string;
  /** Show this menu open (its Menu is passed as children). */
  open?: boolean;
  children?: ReactNode;
};

export function MenuBarItem({ label, open = false, children, ...control }: MenuBarItemProps) {
  const c = useControl(control);
  // Operable: its access key, as Alt+letter (practice opens the menu with it).
  const key = c.interactive ? /&([^&])/.exec(label)?.[1] : undefined;
  return (
    <div className="relative">
      <button
        type="button"
        role="menuitem"
        aria-haspopup={children ? 'menu' : undefined}
        aria-expanded={children ? open : undefined}
        aria-keyshortcuts={key && `Alt+${key.toUpperCase()}`}
        {...c.nativeProps}
        {...c.attrs}
        data-slot="win-menu-bar-item"
        className={cn(open && 'translate-x-px translate-y-px bevel-sunken')}
      >
        <Mnemonic label={label} />
      </button>
      {open && children}
    </div>
  );
}

export function Menu({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="menu" aria-label={plainLabel(label)} data-slot="win-menu" className={className}>
      {children}
    </div>
  );
}

type MenuItemProps = ControlProps & {
  label: string;
  shortcut?: string;
  /** Has a cascading submenu (draws the arrow). */
  submenu?: boolean;
  /** Drawn highlighted, as under the mouse. */
  active?: boolean;
};

export function MenuItem({ label, shortcut, submenu, active, ...control }: MenuItemProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      role="menuitem"
      {...c.nativeProps}
      {...c.attrs}
      data-slot="win-menu-item"
      className={cn(active && 'bg-win-select text-win-select-text')}
    >
      <span className="flex-1">
        <Mnemonic label={label} />
      </span>
      {shortcut && <span className="pl-6">{shortcut}</span>}
      {submenu && (
        <span className="pl-4">
          <ArrowRightGlyph />
        </span>
      )}
    </button>
  );
}

export function MenuSeparator() {
  return <div role="separator" data-slot="win-menu-separator" />;
}
