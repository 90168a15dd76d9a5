import { describe, expect, it } from 'vitest';

import { OURS } from './gallery';
import dialogLabels from './labels-dialogs.ts?raw';
import labelsSource from './labels.ts?raw';

/**
 * The gallery says which labels are ours (not confirmed by a source): every
 * label labels.ts or labels-dialogs.ts marks `// unverified` must be in that list, so the page
 * never claims more than the sources give.
 */
describe('what the gallery says is ours', () => {
  const marked = `${labelsSource}\n${dialogLabels}`
    .split('\n')
    .filter((line) => /\/\/ unverified/.test(line))
    .flatMap((line) => {
      const except = /apart from (\w+)/.exec(line)?.[1];
      const literals = [...line.matchAll(/(?<=^\s*|[:,([]\s*)'([^']+)'(?!\s*:)|`\$\{\w+\} ([^`]+)`/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/&(.)/g, '$1') : `… ${m[2]}`,
      );
      // Keys like `help:` are not labels; only the quoted values are.
      return literals.filter((l) => l !== except);
    });

  it('finds the marked labels', () => {
    expect(marked.length).toBeGreaterThan(25);
  });

  it('lists every label marked unverified', () => {
    const listed = new Set(OURS.unverified.flatMap((s) => s.labels));
    expect(marked.filter((l) => !listed.has(l))).toEqual([]);
  });
});
