/** Radio button: a sunken white circle with a black dot, and its label. */
import type { ReactNode } from 'react';

import { type ControlProps, useControl } from './mockup-context';

/** Arc of radius r around (6,6) from the lower-left to the upper-right, through `via`. */
function arc(r: number, via: 'top-left' | 'bottom-right'): string {
  const a = r * Math.SQRT1_2;
  const [from, to] =
    via === 'top-left'
      ? [
          [6 - a, 6 + a],
          [6 + a, 6 - a],
        ]
      : [
          [6 + a, 6 - a],
          [6 - a, 6 + a],
        ];
  return `M${from[0]} ${from[1]}A${r} ${r} 0 0 1 ${to[0]} ${to[1]}`;
}

/** The round, two-tone sunken edge of an NT radio button, drawn in SVG so it stays crisp at any zoom. */
function RadioGlyph({ checked }: { checked: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12" className="absolute inset-0">
      <circle cx="6" cy="6" r="5" className="fill-win-window" />
      <path d={arc(5.5, 'top-left')} className="fill-none stroke-win-shadow" />
      <path d={arc(5.5, 'bottom-right')} className="fill-none stroke-win-highlight" />
      <path d={arc(4.5, 'top-left')} className="fill-none stroke-win-frame" />
      <path d={arc(4.5, 'bottom-right')} className="fill-none stroke-win-light" />
      {checked && <circle cx="6" cy="6" r="2" className="fill-win-text" />}
    </svg>
  );
}

type RadioButtonProps = ControlProps & { label: ReactNode; name: string; checked?: boolean; className?: string };

export function RadioButton({ label, name, checked = false, className, ...control }: RadioButtonProps) {
  const c = useControl(control);
  return (
    <label {...c.attrs} data-slot="win-radio-button" className={className}>
      <span>
        <RadioGlyph checked={checked} />
        <input
          type="radio"
          name={name}
          checked={checked}
          readOnly={!c.interactive}
          onChange={c.activate}
          tabIndex={c.interactive ? undefined : -1}
        />
      </span>
      <span>{label}</span>
    </label>
  );
}
