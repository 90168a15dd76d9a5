import { describe, expect, it } from 'vitest';

import { formatWhen } from '@/lib/format-when';

import { caseName } from './case-name';

const T = Date.UTC(2026, 10, 25, 14, 5);

describe('caseName', () => {
  it('uses the name the user gave', () => {
    expect(caseName({ name: '  Dana, call-back  ', sessionNote: { text: 'INC-1' }, startedAt: T }, 'Q255888')).toBe(
      'Dana, call-back',
    );
  });

  it('else the first non-empty line of the case note, shortened when long', () => {
    expect(caseName({ sessionNote: { text: '\n  INC-4711 Dana  \nsecond line' }, startedAt: T }, 'Q255888')).toBe(
      'INC-4711 Dana',
    );
    const long = caseName({ sessionNote: { text: 'x'.repeat(500) }, startedAt: T }, 'Q255888');
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });

  it('else the article and when the case was started', () => {
    expect(caseName({ name: ' ', sessionNote: { text: ' \n ' }, startedAt: T }, 'Q255888')).toBe(
      `KB Q255888, started ${formatWhen(T, 'date-time-seconds')}`,
    );
    // Two cases started within the same minute have different names.
    expect(caseName({ startedAt: T + 20_000 }, 'Q255888')).not.toBe(caseName({ startedAt: T + 40_000 }, 'Q255888'));
    expect(caseName({ startedAt: -1e300 }, 'Q255888')).toBe('KB Q255888');
  });
});
