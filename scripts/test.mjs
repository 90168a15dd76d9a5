#!/usr/bin/env node
/**
 * `npm test`: every check. On two cores it runs in three phases:
 *   1. at once: typecheck, lint and the production build (each mostly uses one core);
 *   2. the unit tests (vitest: pure tests in Node, component tests in jsdom), from when the typecheck and the build
 *      are done, beside the lint;
 *   3. the first-load size budget (scripts/size-budget.mjs) on that build, then the end-to-end tests in real
 *      Chromium (found or installed by scripts/find-browser.mjs) against that same build.
 * The app is built once (scripts/e2e-build.mjs says where). Ends with "N passed, N failed" and the wall time.
 *
 *   node scripts/test.mjs [static|unit|budget|e2e]   one part only (budget and e2e build first)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { buildArgs, buildEnv, e2eDist, e2ePort } from './e2e-build.mjs';

const started = Date.now();
const OUT = join(process.cwd(), 'test-results', 'counts');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const failures = [];
const timings = [];
let passed = 0;
let failed = 0;
let skipped = 0;

const seconds = (ms) => `${Math.round(ms / 1000)} s`;

/**
 * Runs a command. With `quiet`, its output is kept and printed in one piece once it ends (so that commands
 * running at the same time do not mix their lines); otherwise it goes straight to the terminal.
 */
function run(label, cmd, args, { env = {}, quiet = false } = {}) {
  const t = Date.now();
  if (!quiet) process.stdout.write(`\n━━ ${label} ━━\n`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    let out = '';
    if (quiet) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('close', (code) => {
      const ms = Date.now() - t;
      timings.push(`${label} ${seconds(ms)}`);
      if (quiet)
        process.stdout.write(`\n━━ ${label} (${seconds(ms)}) ━━\n${out.trimEnd() ? `${out.trimEnd()}\n` : ''}`);
      if (code !== 0) failures.push(label);
      resolve(code === 0);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const only = process.argv[2]; // optional: "static", "unit", "budget" or "e2e"
const wants = (part) => !only || only === part;
const port = e2ePort();
const dist = e2eDist(port);
const BUILD = 'Production build (once, for the size budget and the end-to-end tests)';

// Phase 1: typecheck, lint and the build, side by side; the unit tests start as soon as the typecheck and the build
// are done (lint, on one core, takes longest).
const phase1 = [];
const first = [];
if (wants('static')) {
  first.push(run('Typecheck (tsc -b)', 'npx', ['tsc', '-b'], { quiet: true }));
  phase1.push(run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0'], { quiet: true }));
}
const needsBuild = wants('budget') || wants('e2e');
if (needsBuild) first.push(run(BUILD, 'node_modules/.bin/vite', buildArgs(port), { env: buildEnv(), quiet: true }));
const built = Promise.all(first).then(() => needsBuild && !failures.includes(BUILD));

// Phase 2: unit tests.
if (wants('unit')) {
  phase1.push(
    built.then(async () => {
      const file = join(OUT, 'vitest.json');
      await run('Unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`], {
        quiet: true,
      });
      const v = readJson(file);
      if (v) {
        passed += v.numPassedTests ?? 0;
        failed += v.numFailedTests ?? 0;
        skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
        for (const t of v.testResults ?? []) {
          for (const a of t.assertionResults ?? []) {
            if (a.status === 'failed') process.stdout.write(`  ✘ ${t.name.replace(`${process.cwd()}/`, '')} › ${a.fullName}\n`);
          }
        }
      } else if (!failures.includes('Unit tests (vitest)')) failures.push('Unit tests (no report)');
    }),
  );
}
await Promise.all([...first, ...phase1]);

// Phase 3: what the build is checked for.
if (wants('budget') && (await built)) {
  // Bytes, not time: first-load JavaScript of the start page (scripts/size-budget.mjs).
  await run('Size budget (first-load JavaScript)', 'node', ['scripts/size-budget.mjs', '--dir', dist]);
}

if (wants('e2e') && (await built)) {
  process.stdout.write('\n━━ Browser ━━\n');
  const browser = spawnSync('node', ['scripts/find-browser.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (browser.status !== 0 || !browser.stdout) {
    failures.push('Browser for end-to-end tests');
  } else {
    process.stdout.write(`Using ${browser.stdout}\n`);
    const file = join(OUT, 'playwright.json');
    await run('End-to-end tests (playwright, production build)', 'npx', ['playwright', 'test'], {
      env: {
        CHROMIUM_PATH: browser.stdout,
        E2E_BUILT: '1',
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
        PW_REPORTER: JSON.stringify([['list'], ['json']]),
      },
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
// Failed stages that are not test counts (typecheck, lint, build, browser) count as one failure each.
const stageFailures = failures.filter((f) => !/^(Unit tests \(vitest\)|End-to-end tests \(playwright)/.test(f)).length;
process.stdout.write(`${passed} passed, ${failed + stageFailures} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.stdout.write(`Times: ${timings.join(' · ')}\n`);
const total = Math.round((Date.now() - started) / 1000);
process.stdout.write(`npm test took ${total} s wall time (${Math.floor(total / 60)} min ${total % 60} s)\n`);
process.exit(failures.length ? 1 : 0);
