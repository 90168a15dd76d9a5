#!/usr/bin/env node
/**
 * `npm test`: every check, in order of speed: typecheck, lint, unit tests,
 * the first-load size budget (scripts/size-budget.mjs), then the end-to-end tests in real Chromium (found or installed by
 * scripts/find-browser.mjs). Ends with one line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(process.cwd(), 'test-results', 'counts');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const failures = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n━━ ${label} ━━\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(label);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const only = process.argv[2]; // optional: "static", "unit", "budget" or "e2e"

if (!only || only === 'static') {
  run('Typecheck (tsc -b)', 'npx', ['tsc', '-b']);
  run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']);
}

if (!only || only === 'unit') {
  const file = join(OUT, 'vitest.json');
  run('Unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const v = readJson(file);
  if (v) {
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  } else if (!failures.includes('Unit tests (vitest)')) failures.push('Unit tests (no report)');
}

if (!only || only === 'budget') {
  // Bytes, not time: first-load JavaScript of the start page (scripts/size-budget.mjs).
  run('Size budget (first-load JavaScript)', 'node', ['scripts/size-budget.mjs']);
}

if (!only || only === 'e2e') {
  process.stdout.write('\n━━ Browser ━━\n');
  const browser = spawnSync('node', ['scripts/find-browser.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (browser.status !== 0 || !browser.stdout) {
    failures.push('Browser for end-to-end tests');
  } else {
    process.stdout.write(`Using ${browser.stdout}\n`);
    const file = join(OUT, 'playwright.json');
    run('End-to-end tests (playwright, production build)', 'npx', ['playwright', 'test'], {
      CHROMIUM_PATH: browser.stdout,
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      PW_REPORTER: JSON.stringify([['list'], ['json']]),
    });
    const p = readJson(file);
    if (p?.stats) {
      passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
      failed += p.stats.unexpected ?? 0;
      skipped += p.stats.skipped ?? 0;
    } else if (!failures.some((f) => f.startsWith('End-to-end'))) failures.push('End-to-end tests (no report)');
  }
}

process.stdout.write('\n');
if (failures.length) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
// Failed stages that are not test counts (typecheck, lint, browser) count as one failure each.
const stageFailures = failures.filter((f) => !/^(Unit tests \(vitest\)|End-to-end tests \(playwright)/.test(f)).length;
process.stdout.write(`${passed} passed, ${failed + stageFailures} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failures.length ? 1 : 0);
