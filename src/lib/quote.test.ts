import { describe, expect, it } from 'vitest';

import { plural, quoted } from './quote';

describe('quoted', () => {
  it('wraps text in curly quotes', () => {
    expect(quoted('Service Account Admin')).toBe('“Service Account Admin”');
  });

  it('turns quotes inside into single quotes, so nesting reads right', () => {
    expect(quoted('Event ID 7044: “Internal failure…”')).toBe('“Event ID 7044: ‘Internal failure…’”');
    expect(quoted('The wizard said "Invalid server specified"')).toBe('“The wizard said ‘Invalid server specified’”');
  });
});

describe('plural', () => {
  it('writes a count with its noun, never "(s)"', () => {
    expect(plural(1, 'answer')).toBe('1 answer');
    expect(plural(0, 'answer')).toBe('0 answers');
    expect(plural(2, 'answer or tick', 'answers or ticks')).toBe('2 answers or ticks');
  });
});
