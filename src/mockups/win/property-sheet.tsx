/**
 * Property-sheet tabs: a row of tabs with slightly rounded top corners over a
 * raised panel. The selected tab is taller, overlaps its neighbours and
 * merges with the panel (no line between them), as in NT 4.
 */
import type { ReactNode } from 'react';

import { type ControlProps, useControl } from './mockup-context';

export function TabList({ label, children, className }: { label?: string; children: ReactNode; className?: string }) {
  return (
    <div role="tablist" aria-label={label} data-slot="win-tab-list" className={className}>
      {children}
    </div>
  );
}

type TabProps = ControlProps & { selected?: boolean; children: ReactNode; controls?: string };

export function Tab({ selected = false, children, controls, ...control }: TabProps) {
  const c = useControl(control);
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={controls}
      {...c.nativeProps}
      {...c.attrs}
      data-slot="win-tab"
    >
      {children}
    </button>
  );
}

export function TabPanel({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} role="tabpanel" data-slot="win-tab-panel" className={className}>
      {children}
    </div>
  );
}
