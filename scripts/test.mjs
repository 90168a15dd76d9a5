#!/usr/bin/env node
/**
 * `npm test`: every check. On two cores:
 *   - first the production build (scripts/e2e-build.mjs says where), once, for the size budget and the end-to-end
 *     tests; beside it, typecheck and lint at a lower priority;
 *   - then the first-load size budget (scripts/size-budget.mjs) and the end-to-end tests in real Chromium (found or
 *     installed by scripts/find-browser.mjs) against that build, while the unit tests (vitest: pure tests in Node,
 *     component tests in jsdom) run beside them.
 * Typecheck and lint run at a lower CPU priority and the unit tests on one worker: the end-to-end tests spend much
 * of their time waiting on pages, and the other stages fill those gaps (docs/testing.md has the measurements).
 * Ends with "N passed, N failed", each stage's time and the wall time. A test run that ends without a report (killed,
 * crashed) counts as a failure and says so.
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
function run(label, cmd, args, { env = {}, quiet = false, stage = true } = {}) {
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
      // A stage that reports test counts (stage: false) is counted by its report instead.
      if (code !== 0 && stage) failures.push(label);
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

// The build first: the size budget and the end-to-end tests need it, and the end-to-end tests are the long pole
// (much of their time is spent waiting on the page, not computing). Typecheck and lint run beside them at a lower
// CPU priority (`nice`), so they fill the cores the browser leaves idle without slowing the pages the end-to-end
// tests wait for; the unit tests at normal priority on one worker.
const NICE = process.platform === 'win32' ? [] : ['nice', '-n', '10'];
const niced = (cmd, args) => (NICE.length ? [NICE[0], [...NICE.slice(1), cmd, ...args]] : [cmd, args]);

const needsBuild = wants('budget') || wants('e2e');
const built = needsBuild
  ? run(BUILD, 'node_modules/.bin/vite', buildArgs(port), { env: buildEnv(), quiet: true })
  : Promise.resolve(false);

const jobs = [built];
if (wants('static')) {
  // TypeScript 7 (the native compiler, installed beside 6 as `typescript-7`): the same checks on about a fifth of
  // the CPU. TypeScript 6 stays the `typescript` package, which typescript-eslint needs (it does not support 7).
  jobs.push(
    run('Typecheck (tsc -b, TypeScript 7)', ...niced('node', ['node_modules/typescript-7/bin/tsc', '-b']), {
      quiet: true,
    }),
  );
  jobs.push(run('Lint (eslint)', ...niced('node_modules/.bin/eslint', ['.', '--max-warnings=0']), { quiet: true }));
}

/** A stage whose command failed but whose report counts no failed test still counts as one failure. */
function countReport(label, ok, counts) {
  if (!counts) {
    failures.push(`${label}: no report (the run ended before it wrote one)`);
    process.stdout.write(`\n${label} did not report: their results are unknown, counted as 1 failure.\n`);
    return 1;
  }
  passed += counts.passed;
  skipped += counts.skipped;
  failed += counts.failed;
  if (!ok && counts.failed === 0) {
    failures.push(`${label}: the run failed with no failed test (see its output)`);
    return 1;
  }
  if (!ok) failures.push(label);
  return 0;
}
let stageFailures = 0;

if (wants('unit')) {
  jobs.push(
    (async () => {
      // After the build: the end-to-end tests wait for it, and the unit tests beside it at normal priority made it
      // take about twice as long (docs/testing.md). They are not the long pole; it is.
      await built;
      const file = join(OUT, 'vitest.json');
      const label = 'Unit tests (vitest)';
      const ok = await run(
        label,
        // At normal priority (its tests have time limits; niced on a busy shared machine they timed out), on one
        // worker, so that the end-to-end tests keep the other core.
        'node_modules/.bin/vitest',
        ['run', '--maxWorkers=1', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`],
        { quiet: true, stage: false },
      );
      const v = readJson(file);
      stageFailures += countReport(
        label,
        ok,
        v && {
          passed: v.numPassedTests ?? 0,
          failed: v.numFailedTests ?? 0,
          skipped: (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0),
        },
      );
      for (const t of v?.testResults ?? []) {
        for (const a of t.assertionResults ?? []) {
          if (a.status === 'failed')
            process.stdout.write(`  ✘ ${t.name.replace(`${process.cwd()}/`, '')} › ${a.fullName}\n`);
        }
      }
    })(),
  );
}

if (await built) {
  // Bytes, not time: first-load JavaScript of the start page (scripts/size-budget.mjs).
  if (wants('budget'))
    await run('Size budget (first-load JavaScript)', 'node', ['scripts/size-budget.mjs', '--dir', dist], {
      quiet: true,
    });

  if (wants('e2e')) {
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
      const label = 'End-to-end tests (playwright, production build)';
      const ok = await run(label, 'node_modules/.bin/playwright', ['test'], {
        stage: false,
        env: {
          CHROMIUM_PATH: browser.stdout,
          E2E_BUILT: '1',
          PLAYWRIGHT_JSON_OUTPUT_NAME: file,
          PW_REPORTER: JSON.stringify([['list'], ['json']]),
        },
      });
      const p = readJson(file);
      stageFailures += countReport(
        label,
        ok,
        p?.stats && {
          passed: (p.stats.expected ?? 0) + (p.stats.flaky ?? 0),
          failed: p.stats.unexpected ?? 0,
          skipped: p.stats.skipped ?? 0,
        },
      );
    }
  }
}
await Promise.all(jobs);

process.stdout.write('\n');
if (failures.length) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
// Failed stages that are not test counts (typecheck, lint, build, size budget, browser) count as one failure each,
// and so does a test run that failed without a failed test or ended without a report (countReport).
stageFailures += failures.filter((f) => !/^(Unit tests \(vitest\)|End-to-end tests \(playwright)/.test(f)).length;
process.stdout.write(`${passed} passed, ${failed + stageFailures} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.stdout.write(`Times: ${timings.join(' · ')}\n`);
const total = Math.round((Date.now() - started) / 1000);
process.stdout.write(`npm test took ${total} s wall time (${Math.floor(total / 60)} min ${total % 60} s)\n`);
process.exit(failures.length ? 1 : 0);
