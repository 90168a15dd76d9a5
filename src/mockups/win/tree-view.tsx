/**
 * Tree view with +/– boxes and dotted connector lines (the Exchange
 * Administrator hierarchy). Semantic tree markup: ul[role=tree] > li[role=treeitem].
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { Icon, type IconName } from './icons';
import { type ControlProps, useControl } from './mockup-context';

export function TreeView({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <ul role="tree" aria-label={label} data-slot="win-tree-view" className={className}>
      {children}
    </ul>
  );
}

function ExpanderBox({ expanded }: { expanded: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="9"
      height="9"
      viewBox="0 0 9 9"
      shapeRendering="crispEdges"
      data-slot="win-tree-expander"
      className="absolute top-[5px] left-0 z-[1]"
    >
      <path d="M.5.5h8v8h-8z" className="fill-win-window stroke-win-shadow" />
      <path d="M2 4h5v1H2z" className="fill-win-text" />
      {!expanded && <path d="M4 2h1v5H4z" className="fill-win-text" />}
    </svg>
  );
}

type TreeItemProps = ControlProps & {
  label: string;
  icon?: IconName;
  /** Has sub-items (draws a +/– box). */
  expandable?: boolean;
  expanded?: boolean;
  selected?: boolean;
  /** A top-level item: no connector lines to a parent. */
  root?: boolean;
  children?: ReactNode;
};

export function TreeItem({
  label,
  icon,
  expandable = false,
  expanded = false,
  selected = false,
  root = false,
  children,
  ...control
}: TreeItemProps) {
  const c = useControl(control);
  return (
    <li
      role="treeitem"
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={selected}
      data-slot="win-tree-item"
      data-root={root || undefined}
    >
      <div data-slot="win-tree-row">
        {expandable && <ExpanderBox expanded={expanded} />}
        <span
          {...c.widgetProps}
          {...c.attrs}
          data-slot="win-tree-item-label"
          className="inline-flex items-center gap-[3px]"
        >
          {icon && <Icon name={icon} />}
          <span className={cn('px-[2px] leading-[15px]', selected && 'bg-win-select text-win-select-text')}>
            {label}
          </span>
        </span>
      </div>
      {expandable && expanded && (
        <ul role="group" className="pl-[18px]">
          {children}
        </ul>
      )}
    </li>
  );
}
