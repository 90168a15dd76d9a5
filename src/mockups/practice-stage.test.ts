import { describe, expect, it } from 'vitest';

import { editedText } from './practice-stage';

describe('editedText: a box’s text after an edit, from what it showed before and shows now', () => {
  it('in a plain box, what it shows', () => {
    expect(editedText('Bo', 'Bo', 'Bob')).toBe('Bob');
    expect(editedText('Bob', 'Bob', 'Bb')).toBe('Bb');
    expect(editedText('', '', 'x')).toBe('x');
  });

  it('in a password box, the characters typed among the asterisks, wherever the caret was', () => {
    expect(editedText('abc', '***', '***d')).toBe('abcd');
    expect(editedText('abc', '***', '**')).toBe('ab');
    expect(editedText('abcd', '****', '**X**')).toBe('abXcd');
    expect(editedText('abcd', '****', '*Z')).toBe('aZ');
  });
});
