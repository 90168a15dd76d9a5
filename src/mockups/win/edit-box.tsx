/** Edit box: a sunken white text field, single- or multi-line. Passwords show asterisks. */
import { cn } from '@/lib/cn';

import { type ControlProps, useControl } from './mockup-context';

type EditBoxProps = ControlProps & {
  id?: string;
  value?: string;
  /** Draw the value as asterisks, one per character, as NT 4 does. */
  password?: boolean;
  /** A multi-line box (textarea). Set its height with className. */
  multiline?: boolean;
  /** Accessible name when there is no <label htmlFor>. */
  label?: string;
  className?: string;
};

export function EditBox({
  id,
  value = '',
  password = false,
  multiline = false,
  label,
  className,
  ...control
}: EditBoxProps) {
  const c = useControl(control);
  const field = {
    id,
    'aria-label': label,
    value: password ? '*'.repeat(value.length) : value,
    readOnly: !c.interactive,
    onChange: c.activate,
    tabIndex: c.interactive ? undefined : -1,
    spellCheck: false,
    autoComplete: 'off',
  };
  return (
    <span
      {...c.attrs}
      data-slot="win-edit-box"
      className={cn(multiline ? 'flex py-[3px]' : 'inline-flex h-[21px] items-center', className)}
    >
      {multiline ? <textarea {...field} className="h-full resize-none" /> : <input type="text" {...field} />}
    </span>
  );
}
