import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MOCKING_TESTS } from './test-projects.ts';

const ROOT = join(import.meta.dirname, '..');
const testFiles = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => relative(ROOT, join(ROOT, dir, f)).replaceAll('\\', '/'));

describe('test projects', () => {
  it('every test file that replaces a module (vi.mock) runs isolated, and the list names only such files', () => {
    const mocking = [...testFiles('src'), ...testFiles('scripts')].filter((f) =>
      /\bvi\.(do)?mock\(/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(mocking.length).toBeGreaterThan(0);
    expect([...MOCKING_TESTS].sort()).toEqual(mocking.sort());
  });
});
