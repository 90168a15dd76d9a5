import { describe, expect, it } from 'vitest';

import { formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a YYYY-MM-DD day as the app writes dates, on that very day', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(2026, 11, 3));
    expect(formatDay('2026-12-03')).toBe(expected);
    expect(formatDay('2026-12-03')).toMatch(/3/);
    expect(formatDay('2026-12-03')).toMatch(/2026/);
  });

  it('leaves anything else as it is', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});
