/**
 * Drop-down list: a sunken white box with the current value and a raised
 * arrow button; when `open`, the list hangs below it with the current value
 * highlighted (in a popup that spans field and list, for the spotlight ring).
 */
import { useId } from 'react';

import { cn } from '@/lib/cn';

import { ArrowDownGlyph } from './icons';
import { ListBoxOption } from './list-box';
import { ContainerActivation, type ControlProps, useControl } from './mockup-context';

type DropDownProps = ControlProps & {
  value: string;
  options?: readonly string[];
  open?: boolean;
  /** Id of the visible label. */
  labelledBy?: string;
  className?: string;
  /** Activation of an option in the open list (interactive mode). */
  onSelect?: (option: string) => void;
  /** Target ids of options in the open list a step can point at, by option. */
  optionTargets?: Readonly<Record<string, string>>;
};

export function DropDown({
  value,
  options = [],
  open = false,
  labelledBy,
  className,
  onSelect,
  optionTargets,
  ...control
}: DropDownProps) {
  const c = useControl(control);
  const listId = useId();
  return (
    <div {...c.attrs} data-slot="win-drop-down" className={cn('relative', className)}>
      <button
        type="button"
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-haspopup="listbox"
        aria-labelledby={labelledBy}
        {...c.nativeProps}
        data-slot="win-drop-down-field"
      >
        <span className="min-w-0 flex-1 truncate px-[2px]">{value}</span>
        <span aria-hidden="true" data-slot="win-drop-down-arrow">
          <ArrowDownGlyph />
        </span>
      </button>
      {open && (
        // The popup spans the field and the list hanging below it, so the spotlight ring goes round both.
        <div data-slot="win-drop-down-popup">
          <ul id={listId} role="listbox" aria-labelledby={labelledBy} data-slot="win-drop-down-list">
            <ContainerActivation value={undefined}>
              {options.map((o) => (
                <ListBoxOption
                  key={o}
                  selected={o === value}
                  targetId={optionTargets && Object.hasOwn(optionTargets, o) ? optionTargets[o] : undefined}
                  itemKey={`option:${o}`}
                  onActivate={onSelect ? () => onSelect(o) : undefined}
                >
                  {o}
                </ListBoxOption>
              ))}
            </ContainerActivation>
          </ul>
        </div>
      )}
    </div>
  );
}
