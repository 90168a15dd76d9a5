import type { ReactNode } from 'react';

/** A column of `TableHead`: its header, or its header and classes of its own (e.g. `text-right` for numbers). */
export type Column = string | { label: ReactNode; className: string };

/**
 * The header row of the app's data tables (statistics, classroom, test results): one `th scope="col"` per column,
 * spaced as the table's cells are, the last without space on its right.
 */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-slate-300">
        {columns.map((c, i) => {
          const { label, className } = typeof c === 'string' ? { label: c, className: '' } : c;
          const pad = i < columns.length - 1 ? 'py-2 pr-3' : 'py-2';
          return (
            <th key={i} scope="col" className={className ? `${pad} ${className}` : pad}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
