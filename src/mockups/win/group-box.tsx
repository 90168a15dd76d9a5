/** Group box: an etched frame with a caption (fieldset / legend). */
import type { ReactNode } from 'react';

export function GroupBox({
  label,
  children,
  className,
}: {
  label: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset data-slot="win-group-box" className={className}>
      <legend className="ml-[2px] bg-win-surface px-[2px]">{label}</legend>
      {children}
    </fieldset>
  );
}
