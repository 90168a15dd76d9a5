/** Group box: an etched frame with a caption (fieldset / legend). */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

export function GroupBox({ label, children, className }: { label: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset data-slot="win-group-box" className={cn('m-0 min-w-0 px-[8px] pt-[2px] pb-[8px] bevel-etched', className)}>
      <legend className="ml-[2px] bg-win-surface px-[2px]">{label}</legend>
      {children}
    </fieldset>
  );
}
