import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { TableHead } from './table-head';

describe('TableHead', () => {
  it('makes one column header per column, in order, with a column’s own classes', () => {
    render(
      <table>
        <TableHead columns={['KB', 'Outcome', { label: 'Sessions', className: 'text-right' }]} />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['KB', 'Outcome', 'Sessions']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[2]?.className).toBe('py-2 text-right');
    // Space between the columns, none after the last.
    expect(headers[0]?.className).toBe('py-2 pr-3');
  });
});
