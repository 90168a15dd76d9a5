#!/usr/bin/env node
/**
 * No import cycles in src/, type-only imports and import() included: a cycle
 * means two files that cannot be read (or moved) apart. Prints each cycle
 * found and exits 1. ESLint runs the same check (the `kbw/no-cycles` rule in
 * scripts/lint/parts.js), so `npx eslint .` in `npm test` fails on a cycle too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every cycle in src/ (each as a list of absolute file names), found afresh. */
export function findCycles() {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(SRC, f));

  /** The file an import names, or undefined for a package or a virtual module. */
  function resolveImport(from, spec) {
    let base;
    if (spec.startsWith('@/')) base = join(SRC, spec.slice(2));
    else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
    else return undefined;
    for (const ext of EXTENSIONS) {
      const candidate = base + ext;
      if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
    }
    return undefined;
  }

  /** Every file each file imports (static, type-only, re-exports and import()). */
  const graph = new Map(
    files.map((file) => {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = info.importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t) => t !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );

  /** Strongly connected components (Tarjan): every component of more than one file is a cycle. */
  function cycles() {
    let counter = 0;
    const index = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const found = [];
    function visit(v) {
      index.set(v, counter);
      low.set(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
      }
      if (low.get(v) === index.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component);
      }
    }
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    return found;
  }

  return cycles();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const found = findCycles();
  for (const component of found) {
    const names = component.map((f) => relative(ROOT, f)).sort();
    console.error(`Import cycle among ${names.length} files:\n  ${names.join('\n  ')}`);
  }
  if (found.length) {
    console.error(`\n${found.length} import cycle(s) in src/ (type-only imports count too): see docs/architecture.md.`);
    process.exit(1);
  }
  console.log('No import cycles in src/.');
}
