/**
 * The ESLint rule behind docs/architecture.md: which part of src/ may import
 * which. Every import counts: `import`, `import type`, `export … from`,
 * `import()` and `import('…').Type`, by alias (`@/…`) or by relative path.
 *
 * Options (one config block per part, in eslint.config.js):
 *   { may: ['content', 'lib', …] }  parts this part may import besides itself
 *   { testsMay: [...] }              more parts its tests may import
 *   { entryOnly: true }              another feature only through its entry
 *                                    (src/features/<x>/index.ts)
 * The store is imported only through its entry (src/store/index.ts) by every
 * other part.
 * A part is a top-level folder of src/ (`content`, `engine`, …), each feature
 * (`features/wizard`, …), or `root` for the files directly in src/.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

import { findCycles } from './cycles.mjs';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** The src-relative path an import names, or null for a package. */
function target(fromFile, spec) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (!spec.startsWith('.')) return null;
  const rel = relative(SRC, join(dirname(fromFile), spec))
    .split(sep)
    .join('/');
  return rel.startsWith('..') ? `../${rel}` : rel;
}

const isFolder = (path) => existsSync(join(SRC, path)) && statSync(join(SRC, path)).isDirectory();

/** The part a src-relative path lies in. */
export function partOf(path) {
  const segments = path.split('/');
  if (segments.length === 1) return isFolder(path) ? path : 'root';
  if (segments[0] === 'features') return `features/${segments[1]}`;
  return segments[0];
}

const isEntry = (path, part) => path === part || path === `${part}/index` || path === `${part}/index.ts`;

export const partsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the arrows of docs/architecture.md' },
    schema: [
      {
        type: 'object',
        properties: {
          may: { type: 'array', items: { type: 'string' } },
          testsMay: { type: 'array', items: { type: 'string' } },
          entryOnly: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const file = context.filename;
    const own = relative(SRC, file).split(sep).join('/');
    if (own.startsWith('..')) return {};
    const from = partOf(own);
    const isTest = /\.test\.tsx?$/.test(own);
    const options = context.options[0] ?? {};
    const may = [...(options.may ?? []), ...(isTest ? (options.testsMay ?? []) : [])];
    const entryOnly = options.entryOnly ?? false;

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const path = target(file, source.value);
      if (path === null) return;
      if (path.startsWith('../')) {
        context.report({ node: source, message: `'${source.value}' leaves src/: import through a part instead` });
        return;
      }
      const to = partOf(path);
      if (to === from) return;
      if (to === 'testing') {
        if (!isTest) context.report({ node: source, message: `only tests import src/testing (from ${from})` });
        return;
      }
      const feature = to.startsWith('features/');
      const allowed = may.includes(to) || (feature && may.includes('features/*'));
      if (!allowed) {
        context.report({
          node: source,
          message: `${from} must not import ${to} ('${source.value}'; see docs/architecture.md)`,
        });
        return;
      }
      const throughEntry = to === 'store' || (feature && entryOnly && from.startsWith('features/'));
      if (throughEntry && !isEntry(path, to)) {
        context.report({ node: source, message: `import ${to} through its entry '@/${to}' (not '${source.value}')` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportType: (node) =>
        check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};

/** Files in an import cycle, found once per lint run (scripts/lint/cycles.mjs). */
let inCycle;

export const noCyclesRule = {
  meta: { type: 'problem', docs: { description: 'No import cycles in src/, type-only imports included' }, schema: [] },
  create(context) {
    inCycle ??= new Map(findCycles().flatMap((files) => files.map((f) => [f, files])));
    const cycle = inCycle.get(context.filename);
    if (!cycle) return {};
    return {
      Program(node) {
        const others = cycle.filter((f) => f !== context.filename).map((f) => relative(SRC, f).split(sep).join('/'));
        context.report({
          node,
          message: `import cycle with ${others.join(', ')} (move the shared part to where it belongs)`,
        });
      },
    };
  },
};

export default { rules: { parts: partsRule, 'no-cycles': noCyclesRule } };
