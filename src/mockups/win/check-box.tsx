/** Check box: a sunken white 13px box with a black check mark, and its label. */
import type { ReactNode } from 'react';

import { CheckGlyph } from './icons';
import { type ControlProps, useControl } from './mockup-context';

type CheckBoxProps = ControlProps & { label: ReactNode; checked?: boolean; className?: string };

export function CheckBox({ label, checked = false, className, ...control }: CheckBoxProps) {
  const c = useControl(control);
  return (
    <label {...c.attrs} data-slot="win-check-box" className={className}>
      <span data-slot="win-check-box-box">
        <input
          type="checkbox"
          checked={checked}
          readOnly={!c.interactive}
          onChange={c.activate}
          tabIndex={c.interactive ? undefined : -1}
        />
        {checked && <CheckGlyph />}
      </span>
      <span>{label}</span>
    </label>
  );
}
