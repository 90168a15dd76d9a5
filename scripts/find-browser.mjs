#!/usr/bin/env node
/**
 * Finds a Chromium for the end-to-end tests, installing one when it can:
 *   1. CHROMIUM_PATH, if set and present;
 *   2. Debian's headless shell (package chromium-headless-shell): the same Blink without the browser's own windows
 *      and services, which ran the whole end-to-end suite on about 0.6 of the CPU the full browser needed
 *      (docs/testing.md);
 *   3. Debian's /usr/bin/chromium (or chromium-browser);
 *   4. Playwright's own downloaded Chromium, if present;
 *   5. as root with apt-get: `apt-get install chromium-headless-shell` (else `chromium`);
 *   6. `npx playwright install chromium`, where the network allows;
 * and otherwise says exactly what to install. Prints the path on stdout
 * (and nothing else) so callers can capture it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const log = (msg) => process.stderr.write(`[find-browser] ${msg}\n`);
// The headless shell's binary itself first (Debian's /usr/bin entry is a shell script that starts it).
const SHELL = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const SYSTEM = [...SHELL, ...FULL];

function present() {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    log(`CHROMIUM_PATH=${env} does not exist; looking elsewhere.`);
  }
  return SYSTEM.find((p) => existsSync(p));
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function tryApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  log('No Chromium found; installing Debian’s chromium-headless-shell with apt-get (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (update.status !== 0) return false;
  const install = (pkg) =>
    spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  return install('chromium-headless-shell') || install('chromium');
}

function tryPlaywrightInstall() {
  log('Trying `npx playwright install chromium`…');
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });
    return true;
  } catch {
    return false;
  }
}

let found = present() ?? (await playwrightOwn());
if (!found && tryApt()) found = present();
if (!found && tryPlaywrightInstall()) found = await playwrightOwn();
if (!found) {
  log(
    [
      'No Chromium could be found or installed, so the end-to-end tests cannot run.',
      'Install one of these, then run `npm test` again:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - anywhere with network access: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
if (!SHELL.includes(found) && !process.env.CHROMIUM_PATH)
  log(
    `Using ${found}. The end-to-end tests need about 0.6 of its CPU in Debian's headless shell: ` +
      '`apt-get install chromium-headless-shell`.',
  );
process.stdout.write(found);
