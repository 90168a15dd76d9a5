import { describe, expect, it } from 'vitest';

import { GALLERY, OURS } from './gallery';
import { screenIdOf } from './screen-spec';

const LABEL_FILES = import.meta.glob<string>('./screens/*/labels.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The literal strings on the lines a labels.ts marks `// unverified` (`apart from X` leaves X out). */
function markedUnverified(source: string): string[] {
  return source
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
}

/**
 * The gallery says which labels are ours (not confirmed by a source): every
 * label a screen's labels.ts marks `// unverified` must be among the labels
 * its sources.ts marks unverified (which the gallery lists), so the page never
 * claims more than the sources give.
 */
describe('what the gallery says is ours', () => {
  const marked = Object.entries(LABEL_FILES).map(([path, source]) => ({
    screen: screenIdOf(path),
    labels: markedUnverified(source),
  }));

  it('finds the marked labels', () => {
    expect(marked.flatMap((m) => m.labels).length).toBeGreaterThan(25);
  });

  it('lists every label marked unverified, under its own screen', () => {
    for (const { screen, labels } of marked) {
      const listed = GALLERY.find((s) => s.screen === screen)!
        .labels.filter((l) => l.unverified)
        .map((l) => l.label);
      // A listed entry may name several labels ("OK, Cancel, Help").
      const missing = labels.filter((l) => !listed.some((entry) => entry === l || entry.split(/, | and /).includes(l)));
      expect(missing, screen).toEqual([]);
    }
  });

  it('says so on the page: the list of ours holds every unverified label of every screen', () => {
    const all = GALLERY.flatMap((s) => s.labels.filter((l) => l.unverified).map((l) => `${s.screen}: ${l.label}`));
    expect(OURS.unverified.flatMap((s) => s.labels.map((l) => `${s.screen}: ${l}`))).toEqual(all);
  });
});
