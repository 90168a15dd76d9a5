/** List box: a sunken white box of options; the selected one is navy. */
import { Children, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { ContainerActivation, type ControlProps, useControl } from './mockup-context';

type ListBoxProps = ControlProps & {
  /** Accessible name: the id of the visible label, or a label string. */
  labelledBy?: string;
  label?: string;
  multiselect?: boolean;
  children: ReactNode;
  className?: string;
};

export function ListBox({ labelledBy, label, multiselect, children, className, ...control }: ListBoxProps) {
  const c = useControl(control);
  // An empty listbox is not a valid ARIA listbox (it needs options): draw the box only.
  const empty = Children.count(children) === 0;
  return (
    <ul
      role={empty ? undefined : 'listbox'}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-multiselectable={multiselect || undefined}
      {...c.attrs}
      data-slot="win-list-box"
      className={className}
    >
      <ContainerActivation value={control.targetId !== undefined ? c.activate : undefined}>
        {children}
      </ContainerActivation>
    </ul>
  );
}

type ListBoxOptionProps = ControlProps & { selected?: boolean; children: ReactNode; className?: string };

export function ListBoxOption({ selected = false, children, className, ...control }: ListBoxOptionProps) {
  const c = useControl(control);
  return (
    <li
      role="option"
      aria-selected={selected}
      {...c.widgetProps}
      {...c.attrs}
      data-slot="win-list-box-option"
      className={cn(selected && 'bg-win-select text-win-select-text', className)}
    >
      {children}
    </li>
  );
}
