#!/usr/bin/env node
/**
 * Size budget (bytes, never time): the JavaScript a first visit to the start
 * page downloads, gzipped, must stay within FIRST_LOAD_BUDGET_KB.
 *
 *   node scripts/size-budget.mjs              builds into a temporary folder, then measures
 *   node scripts/size-budget.mjs --dir dist   measures an existing build
 *
 * "First load" is the entry script of index.html and every chunk it imports
 * statically, followed transitively (what the browser must run before the
 * page works); chunks reached only through import() are not counted. Sizes
 * are gzip at zlib's default level 6, in KB of 1,024 bytes. Exits 1 when the
 * budget is exceeded. Used by scripts/test.mjs and scripts/bench.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_KB = 110;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function gzipBytes(buffer) {
  return gzipSync(buffer).length;
}

/** Static imports of a built ES module chunk (`import … from "./x.js"`, `import "./x.js"`), not import(). */
function staticImports(code) {
  const found = new Set();
  const re = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) found.add(m[1]);
  return [...found];
}

/** Every JS file (path relative to `dir`) a first load of index.html runs, with its gzip size. */
export function firstLoadChunks(dir, base = '/') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const toFile = (url) => {
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    return posix.normalize(path);
  };
  const entries = appScripts(html).map(toFile);
  if (!entries.length) throw new Error(`no module script in ${join(dir, 'index.html')}`);
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`index.html refers to ${file}, which is not in ${dir}`);
    const code = readFileSync(path);
    seen.set(file, gzipBytes(code));
    for (const spec of staticImports(code.toString('utf8')))
      visit(posix.normalize(posix.join(posix.dirname(file), spec)));
  };
  entries.forEach(visit);
  return [...seen].map(([file, gzip]) => ({ file, gzip }));
}

/**
 * The entry module(s) of a built index.html: listed first in the boot
 * script's <meta name="kbw-app"> (scripts/build/app-shell.ts), or a plain
 * module script.
 */
function appScripts(html) {
  const meta = html.match(/<meta name="kbw-app" content="([^"]+)"/)?.[1];
  if (meta) return [meta.split(' ')[0]];
  return [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
}

/** The base path index.html was built for, read from its entry module's URL. */
export function builtBase(dir) {
  const src = appScripts(readFileSync(join(dir, 'index.html'), 'utf8'))[0] ?? '/';
  return src.replace(/assets\/[^/]+$/, '');
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function main() {
  const args = process.argv.slice(2);
  const dirArg = args.indexOf('--dir');
  let dir = dirArg >= 0 ? args[dirArg + 1] : undefined;
  let temp;
  if (!dir) {
    temp = mkdtempSync(join(tmpdir(), 'kb-wizard-budget-'));
    dir = temp;
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (r.status !== 0) {
      process.stderr.write('size budget: the build failed\n');
      process.exit(1);
    }
  }
  try {
    const chunks = firstLoadChunks(dir, builtBase(dir));
    const total = chunks.reduce((s, c) => s + c.gzip, 0);
    for (const c of chunks.sort((a, b) => b.gzip - a.gzip)) {
      process.stdout.write(
        `  ${String(kb(c.gzip).toFixed(1)).padStart(6)} KB  ${relative('.', join(dir, c.file)).replace(/^.*?assets\//, 'assets/')}\n`,
      );
    }
    const verdict = total <= FIRST_LOAD_BUDGET_KB * 1024 ? 'within' : 'OVER';
    process.stdout.write(
      `First-load JavaScript: ${kb(total)} KB gzip in ${chunks.length} files (${total} bytes); budget ${FIRST_LOAD_BUDGET_KB} KB: ${verdict}\n`,
    );
    if (verdict === 'OVER') {
      process.stderr.write(
        `size budget exceeded by ${kb(total - FIRST_LOAD_BUDGET_KB * 1024)} KB: keep new code off the start page (lazy routes, import()) or raise the budget on purpose.\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
