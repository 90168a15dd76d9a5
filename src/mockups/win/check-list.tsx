/** A check list: a sunken white box of check boxes under a visible label (the Rights list). */
import { useId } from 'react';

import { cn } from '@/lib/cn';

import { CheckBox } from './check-box';
import { ContainerActivation, type ControlProps, useControl } from './mockup-context';

type CheckListProps = ControlProps & {
  label: string;
  items: readonly { label: string; checked: boolean }[];
  className?: string;
};

export function CheckList({ label, items, className, ...control }: CheckListProps) {
  const c = useControl(control);
  const id = useId();
  return (
    <div data-slot="win-check-list" className={cn('flex min-w-0 flex-col', className)}>
      <span id={id} className="mb-[2px]">
        {label}
      </span>
      <div role="group" aria-labelledby={id} {...c.attrs} data-slot="win-check-list-box">
        <ContainerActivation value={control.targetId !== undefined ? c.activate : undefined}>
          {items.map((item) => (
            <CheckBox key={item.label} label={item.label} checked={item.checked} />
          ))}
        </ContainerActivation>
      </div>
    </div>
  );
}
