/** Check box: a sunken white 13px box with a black check mark, and its label. */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { CheckGlyph } from './icons';
import { type ControlProps, useControl } from './mockup-context';

type CheckBoxProps = ControlProps & { label: ReactNode; checked?: boolean; className?: string };

export function CheckBox({ label, checked = false, className, ...control }: CheckBoxProps) {
  const c = useControl(control);
  return (
    <label
      {...c.attrs}
      data-slot="win-check-box"
      className={cn('inline-flex items-center gap-[5px] self-start pr-[2px] leading-[15px]', className)}
    >
      <span
        data-slot="win-check-box-box"
        className="relative inline-flex size-[13px] shrink-0 items-center justify-center bg-win-window bevel-field"
      >
        <input
          type="checkbox"
          checked={checked}
          readOnly={!c.interactive}
          onChange={c.activate}
          tabIndex={c.interactive ? undefined : -1}
          className="absolute inset-0 m-0 appearance-none"
        />
        {checked && <CheckGlyph />}
      </span>
      <span>{label}</span>
    </label>
  );
}
