/**
 * List view in report mode: a sunken white box with raised column headers.
 * Semantic table markup (th scope=col). Selection highlights the first
 * column's label, or the whole row with `fullRow`.
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { Icon, type IconName } from './icons';
import { ContainerActivation, type ControlProps, useControl } from './mockup-context';

export type ListViewColumn = { key: string; label: string; className?: string };

type ListViewProps = ControlProps & {
  label: string;
  columns: readonly ListViewColumn[];
  children: ReactNode;
  className?: string;
};

export function ListView({ label, columns, children, className, ...control }: ListViewProps) {
  const c = useControl(control);
  return (
    <div {...c.attrs} data-slot="win-list-view" className={className}>
      <table aria-label={label}>
        <thead>
          <tr>
            {columns.map((col) => (
              <th key={col.key} scope="col" className={col.className}>
                {col.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <ContainerActivation value={control.targetId !== undefined ? c.activate : undefined}>
            {children}
          </ContainerActivation>
        </tbody>
      </table>
    </div>
  );
}

type ListViewRowProps = ControlProps & {
  cells: readonly ReactNode[];
  icon?: IconName;
  selected?: boolean;
  /** Highlight the whole row (Event Viewer) instead of the first label only. */
  fullRow?: boolean;
};

export function ListViewRow({ cells, icon, selected = false, fullRow = false, ...control }: ListViewRowProps) {
  const c = useControl(control);
  const [first, ...rest] = cells;
  const rowSelected = selected && fullRow;
  return (
    <tr
      aria-selected={selected}
      {...c.widgetProps}
      {...c.attrs}
      data-slot="win-list-view-row"
      className={cn('h-[17px]', rowSelected && 'bg-win-select text-win-select-text')}
    >
      <td>
        <span>
          {icon && <Icon name={icon} />}
          <span className={cn('px-[2px]', selected && !fullRow && 'bg-win-select text-win-select-text')}>{first}</span>
        </span>
      </td>
      {rest.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
}
