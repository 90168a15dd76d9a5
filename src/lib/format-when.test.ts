import { describe, expect, it } from 'vitest';

import { formatWhen } from './format-when';

const T = Date.UTC(2026, 10, 25, 14, 5);

describe('formatWhen', () => {
  it('writes the day, month, year, time and zone the reader’s way', () => {
    const text = formatWhen(T);
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/Nov/);
    expect(text).toBe(
      new Intl.DateTimeFormat(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(T),
    );
  });

  it('has a time-only and a date-only form from the same rules', () => {
    expect(formatWhen(T)).toContain(formatWhen(T, 'time').replace(/\s[A-Z+0-9:-]+$/, ''));
    expect(formatWhen(T, 'date')).toMatch(/2026/);
    expect(formatWhen(T, 'date')).not.toMatch(/:/);
  });

  it('is empty for what no clock can show', () => {
    expect(formatWhen(undefined)).toBe('');
    expect(formatWhen(Number.NaN)).toBe('');
    expect(formatWhen(1e300)).toBe('');
  });
});
