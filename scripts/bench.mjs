#!/usr/bin/env node
/**
 * `npm run bench`: the wizard against its floor — a static, JavaScript-free
 * page with the same Q255888 words, generated from the content data
 * (src/testing/static-floor.tsx) — measured the same way every time, in one
 * run, in headless Chromium:
 *
 *   1. builds the app (served from /kb-wizard/, as in the end-to-end tests)
 *      and writes the static page next to it, styled by the same stylesheet;
 *   2. serves both with `vite preview` (the same CSP headers as always);
 *   3. JavaScript, gzip bytes of the built files: on first load (every script
 *      the start page requests on its own, up to network idle) and over a
 *      full walk of the matching path (every script requested on the way);
 *   4. click → next step painted, p95 over the step changes of 3 full walks
 *      (BENCH_WALKS; every click from one step to the next; each walk in a
 *      fresh browser), with the CPU slowed down 4× (CDP
 *      Emulation.setCPUThrottlingRate): from the click event's timestamp to
 *      the first frame after the new step's heading is in the page, measured
 *      inside the page. Each click is made as a person makes one: the pointer
 *      rests on the control, the button is pressed and released 100 ms later
 *      (PRESS_MS; the click is stamped at the release). The walk's first
 *      click, from the start page to the first question, loads the wizard's
 *      code (none of it is on the start page, by the first-load budget): it
 *      is measured the same way and reported on its own line, not in the
 *      p95. Beside it, its floor: the same step changes (from each page as it
 *      stood when clicked, drawn whole, to the next page as the app painted
 *      it), each made by the least DOM change with plain DOM calls in the
 *      app's document, measured the same way (measureFloor), once after each
 *      walk: what the browser itself needs to show them; and beside that,
 *      the React floor: the same changes drawn by React alone
 *      (src/testing/react-floor.ts, plain elements, no app), measured the same
 *      way: what React itself adds;
 *   5. Lighthouse (mobile, simulated throttling, the package's defaults) on
 *      the start page and on the static page, 5 runs each (interleaved), medians: LCP of
 *      each and their ratio, and the start page's four category scores.
 *
 * Prints a table, then as its LAST line one JSON object. Chromium is
 * CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium. Port: BENCH_PORT
 * (default 4317; not a port browsers refuse, such as 4190). Results also go
 * to bench-results/latest.json (with the step paint of each step change of
 * each walk, app and floor). For a quick look without Lighthouse:
 * BENCH_LIGHTHOUSE_RUNS=0 (bytes and step paint only, each step change in
 * bench-results/quick.json).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build as viteBuild, createServer } from 'vite';

import { loadFlowPlans } from '../e2e/flow-plan.mjs';
import { gzipBytes, kb } from './size-budget.mjs';

const FLOW_PLANS = await loadFlowPlans();

/** Q255888's symptom questions and the matching answers, read from its content: [question heading, answer label]. */
const MATCHING_ANSWERS = (() => {
  const pages = FLOW_PLANS.find((p) => p.id === 'q255888').matching.pages;
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return pages
    .slice(
      0,
      pages.findIndex((p) => p.kind === 'outcome'),
    )
    .map((p) => [p.heading, new RegExp(`^${escape(p.optionLabel)}`)]);
})();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-results');
const DIST = join(OUT, 'dist');
const BASE = '/kb-wizard/';
const PORT = Number(process.env.BENCH_PORT ?? 4317);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const APP_URL = `${ORIGIN}${BASE}`;
const FLOOR_PATH = 'floor/q255888.html';
const FLOOR_URL = `${APP_URL}${FLOOR_PATH}`;
const REACT_FLOOR_FILE = 'floor/react-floor.js';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const WALKS = Math.max(1, Math.floor(Number(process.env.BENCH_WALKS ?? 3)) || 3);
const CHROME = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);

const TARGETS = {
  firstLoadJsGzipKB: (v) => v <= 110,
  walkJsGzipKB: (v) => v <= 160,
  lcpRatio: (v) => v <= 1.3,
  stepPaintP95Ms: (v) => v <= 50,
  stepPaintMedianRatio: (v) => v <= 1.3,
  performance: (v) => v >= 98,
  accessibility: (v) => v === 100,
  bestPractices: (v) => v === 100,
  seo: (v) => v === 100,
};

const log = (line) => process.stderr.write(`${line}\n`);

function step(label) {
  log(`\n▸ ${label}`);
}

/* ── 1. build + static page ─────────────────────────────────────────── */

function build() {
  step('Building the production app into bench-results/dist');
  rmSync(DIST, { recursive: true, force: true });
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, BASE_PATH: BASE },
    },
  );
  if (r.status !== 0) throw new Error('the build failed');
}

async function writeFloor() {
  step('Generating the static floor page from the content data');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const css = html.match(/<link rel="stylesheet"[^>]*href="([^"]+)"/)?.[1];
  if (!css) throw new Error('no stylesheet in the built index.html');
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    plugins: [react()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderStaticFloor } = await server.ssrLoadModule('/src/testing/static-floor.tsx');
    const { getFlow } = await server.ssrLoadModule('/src/content/index.ts');
    const page = renderStaticFloor(getFlow('q255888'), { cssHref: css });
    mkdirSync(join(DIST, 'floor'), { recursive: true });
    writeFileSync(join(DIST, FLOOR_PATH), page);
  } finally {
    await server.close();
  }
}

/** The React floor's script (src/testing/react-floor.ts) built beside the app, React in its production build. */
async function writeReactFloor() {
  step('Building the React floor (the same pages drawn by React alone)');
  await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(DIST, 'floor'),
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: join(ROOT, 'src/testing/react-floor.ts'),
        formats: ['iife'],
        name: 'KbReactFloor',
        fileName: () => 'react-floor.js',
      },
    },
  });
}

/* ── 2. serve ───────────────────────────────────────────────────────── */

async function serve() {
  step(`Serving it with vite preview on ${ORIGIN}`);
  const child = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, env: { ...process.env, BASE_PATH: BASE }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(APP_URL);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}); is port ${PORT} free?`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`vite preview did not answer on ${APP_URL} (BENCH_PORT must be a port browsers accept)`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

/* ── 3 + 4. bytes and step paint, in Playwright ─────────────────────── */

/** Installed in the page: click on a button or link → first frame after the h1 changed. */
function installStepTimer() {
  // The step's content as it stands, without the marks of parts still to come (the floor's pages are complete as they are).
  const mainPage = () =>
    (document.querySelector('main')?.innerHTML ?? '').replaceAll('<template data-pending-paint=""></template>', '');
  const times = [];
  window.__kbBench = times;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button, a') : null;
      if (!target) return;
      const t0 = event.timeStamp;
      const before = document.querySelector('h1')?.textContent ?? '';
      // For the floor (measureFloor): the page as it stands when clicked, drawn whole (parts drawn after an
      // earlier paint included), which is what this click takes down.
      const pageBefore = window.__kbBenchPages ? mainPage() : '';
      const check = () => {
        const h1 = document.querySelector('h1');
        if (h1 && h1.textContent !== before) {
          // This frame paints the new step; a message posted now is handled after that paint.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const record = { ms: performance.now() - t0, from: before, to: h1.textContent };
            times.push(record);
            // The parts of a step drawn a frame later (AfterPaint in the app): the whole step is in
            // place in the first frame after none is left to draw, or in this one if it had none.
            const pending = () => document.querySelector('template[data-pending-paint]') !== null;
            const whole = () => {
              if (!pending()) {
                const done = new MessageChannel();
                done.port1.onmessage = () => (record.wholeMs = performance.now() - t0);
                done.port2.postMessage(0);
              } else if (performance.now() - t0 < 10_000) requestAnimationFrame(whole);
            };
            if (pending()) requestAnimationFrame(whole);
            else record.wholeMs = record.ms;
            if (window.__kbBenchVerbose)
              console.log(`step ${Math.round(performance.now() - t0)} ms → ${h1.textContent}`);
            // For the floor (measureFloor): this change, from the page as it was clicked to the page exactly
            // as this frame painted it.
            if (window.__kbBenchPages) window.__kbBenchPages.push({ before: pageBefore, after: mainPage() });
          };
          channel.port2.postMessage(0);
          return;
        }
        if (performance.now() - t0 < 10_000) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    true,
  );
}

/**
 * How long a timed click holds the mouse button down. A person's click is a
 * press and a release about a tenth of a second apart, with the pointer
 * already resting on the control. Playwright's own click() moves, presses and
 * releases in the same instant: the release is then stamped before the browser
 * has even handled the press (the focus moving to the button, its pressed
 * look, Playwright's own hit-target checks), and all of that was counted in
 * the click → paint of the step change. The step changes of the app and of
 * the floor are both clicked this way.
 */
const PRESS_MS = 100;

/** Clicks `control` as a person does: pointer on it, press, release PRESS_MS later. */
async function press(page, control) {
  await control.hover();
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
}

/** The start page's card of the walked article (every card offers the same entries). */
const articleCard = (page) => page.getByRole('article').filter({ hasText: 'Knowledge Base Q255888' });

async function walk(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  const next = (name, exact = false) => press(page, page.getByRole('button', { name, exact }));
  const choose = async (label) => {
    await page.getByRole('radio', { name: label }).check();
    await next('Continue', true);
  };
  await press(page, articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }));
  for (const [question, answer] of MATCHING_ANSWERS) {
    await h1.filter({ hasText: question }).waitFor();
    await choose(answer);
  }
  await h1
    .filter({ hasText: 'Confirmed: The migration ran under an account with Service Account Admin permissions' })
    .waitFor();
  await next('Start the fix');
  await h1.filter({ hasText: 'Which Windows NT account will run the migration?' }).waitFor();
  await choose(/create a new one/);
  await page.getByRole('checkbox', { name: /new account exists/ }).check();
  await next('Account created: grant permissions');
  for (const level of ['Organization', 'Site', 'Configuration']) {
    await h1.filter({ hasText: `Grant Permissions Admin on the ${level} object` }).waitFor();
    await page.getByRole('checkbox', { name: `The account holds Permissions Admin on the ${level} object` }).check();
    await next(/^Next: |All three levels are done/);
  }
  await h1.filter({ hasText: 'Log on as that account and migrate several users again' }).waitFor();
  await page.getByRole('checkbox', { name: /Logged on as the account/ }).check();
  await page.getByRole('checkbox', { name: /Migrated several users/ }).check();
  await next('Check the result');
  await choose(/Yes, the mail arrived/);
  await h1.filter({ hasText: 'Resolved: the messages were migrated' }).waitFor();
}

function jsGzip(urls) {
  let total = 0;
  for (const url of urls) {
    const path = new URL(url).pathname;
    if (!path.startsWith(BASE)) continue;
    total += gzipBytes(readFileSync(join(DIST, path.slice(BASE.length))));
  }
  return total;
}

const round1 = (v) => Math.round(v * 10) / 10;

/** Writes bench-results/`file`: the date, the machine, `figures`, and each step change of each walk, app and floors. */
function saveResults(file, figures, walks, floors, reactFloors) {
  const perStep = {
    app: walks.map((w) => w.stepTimes.map(round1)),
    appWhole: walks.map((w) => w.wholeTimes.map(round1)),
    floor: floors.map((f) => f.map(round1)),
    reactFloor: reactFloors.map((f) => f.map(round1)),
  };
  writeFileSync(
    join(OUT, file),
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...figures, perStep }, null, 2)}\n`,
  );
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A fresh headless Chromium with one page, as every measurement here uses it:
 * no service worker (it would precache every file in the background and blur
 * what a walk needs), 1280×900, the step timer installed. Closed after `use`.
 */
async function withTimedPage(use) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(installStepTimer);
    return await use(page, context);
  } finally {
    await browser.close();
  }
}

/** Slows the page's CPU down CPU_SLOWDOWN times; the returned function restores full speed. */
async function slowDown(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

async function measureInBrowser(n) {
  step(`Full walk ${n} of ${WALKS} in Chromium with ${CPU_SLOWDOWN}× CPU slowdown`);
  return withTimedPage(async (page) => {
    const scripts = [];
    let loaded = false;
    const firstLoad = new Set();
    page.on('request', (r) => {
      if (r.resourceType() !== 'script') return;
      scripts.push(r.url());
      if (!loaded) firstLoad.add(r.url());
    });
    if (process.env.BENCH_VERBOSE) {
      await page.addInitScript(() => (window.__kbBenchVerbose = true));
      page.on('console', (m) => m.text().startsWith('step ') && log(`  ${m.text()}`));
    }
    // First load: everything the start page fetches on its own, up to network idle (so including
    // the scripts started after the first paint and the service-worker registration at idle).
    await page.goto(APP_URL, { waitUntil: 'networkidle' });
    await articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }).waitFor();
    await page.waitForTimeout(1_000);
    loaded = true;
    const fullSpeed = await slowDown(page);
    await walk(page);
    await page.waitForTimeout(500);
    const all = await page.evaluate(() => window.__kbBench);
    // The first click leaves the start page: it loads the wizard's code (nothing of it is on the
    // start page, by the first-load budget), so it is reported on its own. Every later click moves
    // from one step of the walk to the next: those are the step paint figures.
    const [start, ...steps] = all;
    if (!start || !/Guided troubleshooting/.test(start.from))
      throw new Error('the walk did not begin on the start page');
    const times = steps.map((t) => t.ms);
    if (steps.some((t) => t.wholeMs === undefined))
      throw new Error('a step was never drawn whole (a part below its first screen never came)');
    const wholeTimes = steps.map((t) => t.wholeMs);
    await fullSpeed();
    const walkScripts = new Set(scripts);
    if (process.env.BENCH_VERBOSE) {
      for (const url of walkScripts)
        log(
          `  ${firstLoad.has(url) ? 'first' : 'walk '} ${(jsGzip([url]) / 1024).toFixed(1).padStart(6)} KB ${new URL(url).pathname}`,
        );
    }
    return {
      firstLoadBytes: jsGzip(firstLoad),
      firstLoadFiles: firstLoad.size,
      walkBytes: jsGzip(walkScripts),
      walkFiles: walkScripts.size,
      stepTimes: times,
      wholeTimes,
      startMs: start.ms,
    };
  });
}

/* ── 4b. the floor for step paint ─────────────────────────────────────── */

/**
 * The step changes of the walk, from an unthrottled walk that is not
 * measured: for each click after the start page's, the page as it stood when
 * clicked (drawn whole) and the page as the frame that first showed the next
 * step painted it.
 */
async function captureWalkChanges() {
  return withTimedPage(async (page) => {
    await page.addInitScript(() => (window.__kbBenchPages = []));
    await page.goto(APP_URL, { waitUntil: 'networkidle' });
    await walk(page);
    await page.waitForTimeout(500);
    const [, ...changes] = await page.evaluate(() => window.__kbBenchPages);
    return changes;
  });
}

/**
 * The same step changes with no app at all, in the app's own document (same
 * stylesheet, header and footer). Before each click, outside the measurement,
 * the page is put as the app's stood when it was clicked (whole, with the
 * parts a step draws after its first paint), then the next page's content is
 * built and compared with it; the click then makes only the differences
 * (changed text, changed attributes, subtrees that differ put in place
 * whole), measured exactly like a step change: click → first frame after the
 * heading changed, 4× CPU. What is left is the browser's own work to show
 * each page (style, layout, paint, and taking down what goes away), which no
 * app can avoid: the floor for the step paint figure.
 *
 * With `kind` 'react', the React floor instead: the same pages drawn by React
 * alone (src/testing/react-floor.ts, each page as plain elements, one state
 * per page), each click a state update, measured the same way. Its distance
 * from the floor is React's own part of a step change; the app's distance
 * from it is the app's own.
 */
async function measureFloor(changes, kind = 'dom') {
  // Page 2i is the page as the app's stood at click i, page 2i + 1 the page that click painted.
  const pages = changes.flatMap((c) => [c.before, c.after]);
  return withTimedPage(async (page) => {
    await page.goto(APP_URL, { waitUntil: 'networkidle' });
    await articleCard(page).getByRole('button', { name: 'Diagnose from the symptoms' }).waitFor();
    if (kind === 'react') await page.addScriptTag({ url: `${APP_URL}${REACT_FLOOR_FILE}` });
    await page.evaluate(
      ([htmls, kind]) => {
        const main = document.querySelector('main');
        const next = document.createElement('button');
        next.id = 'kb-bench-floor-next';
        next.textContent = 'Next page';
        next.style.cssText = 'position:fixed;right:0;bottom:0;z-index:2147483647';
        document.body.append(next);
        window.__kbBench.length = 0;
        if (kind === 'react') {
          const nextPage = window.KbReactFloor.mountReactFloor(htmls, main);
          next.addEventListener('click', () => nextPage());
          window.__kbBenchFloorSetUp = () => nextPage(true);
          window.__kbBenchFloorPlan = () => {};
          return;
        }
        const build = (html) => {
          const t = document.createElement('template');
          t.innerHTML = html;
          return document.importNode(t.content, true);
        };
        const sameAttributes = (a, b) =>
          a.attributes.length === b.attributes.length &&
          [...a.attributes].every((x) => b.getAttribute(x.name) === x.value);
        // The least change, found now: [what is on screen, what replaces it, how].
        const diff = (a, b, ops) => {
          if (a.childNodes.length !== b.childNodes.length) return ops.push(['children', a, b]);
          a.childNodes.forEach((x, i) => {
            const y = b.childNodes[i];
            if (x.nodeType !== y.nodeType || x.nodeName !== y.nodeName) ops.push(['node', x, y]);
            else if (x.nodeType === Node.TEXT_NODE) {
              if (x.data !== y.data) ops.push(['text', x, y]);
            } else if (x.nodeType === Node.ELEMENT_NODE && x.outerHTML !== y.outerHTML) {
              if (!sameAttributes(x, y)) ops.push(['attributes', x, y]);
              diff(x, y, ops);
            }
          });
        };
        const apply = ([how, x, y]) => {
          if (how === 'children') x.replaceChildren(...y.childNodes);
          else if (how === 'node') x.replaceWith(y);
          else if (how === 'text') x.data = y.data;
          else {
            for (const { name } of [...x.attributes]) if (!y.hasAttribute(name)) x.removeAttribute(name);
            for (const { name, value } of [...y.attributes])
              if (x.getAttribute(name) !== value) x.setAttribute(name, value);
          }
        };
        let at = 0;
        let ops = [];
        main.replaceChildren(build(htmls[0]));
        window.__kbBenchFloorPlan = () => {
          ops = [];
          const wrapper = document.createElement('main');
          wrapper.append(build(htmls[++at]));
          diff(main, wrapper, ops);
        };
        window.__kbBenchFloorSetUp = () => {
          window.__kbBenchFloorPlan();
          ops.forEach(apply);
        };
        next.addEventListener('click', () => ops.forEach(apply));
      },
      [pages, kind],
    );
    await page.waitForTimeout(1_000);
    const fullSpeed = await slowDown(page);
    for (let i = 0; i < changes.length; i++) {
      // Untimed: the page as the app's stood when clicked (the first one is drawn already).
      if (i > 0) {
        await page.evaluate(() => window.__kbBenchFloorSetUp());
        await page.waitForTimeout(100);
      }
      await page.evaluate(() => window.__kbBenchFloorPlan());
      await press(page, page.locator('#kb-bench-floor-next'));
      await page.waitForFunction((n) => window.__kbBench.length >= n, i + 1);
    }
    await fullSpeed();
    const same = await page.evaluate((last) => {
      const t = document.createElement('template');
      t.innerHTML = `<main>${last}</main>`;
      const main = document.querySelector('main');
      const want = t.content.firstChild.childNodes;
      return main.childNodes.length === want.length && [...main.childNodes].every((n, i) => n.isEqualNode(want[i]));
    }, pages.at(-1));
    if (!same) throw new Error(`the ${kind === 'react' ? 'React floor' : 'floor'} did not end on the walk's last page`);
    return (await page.evaluate(() => window.__kbBench)).map((t) => t.ms);
  });
}

/* ── 5. Lighthouse ──────────────────────────────────────────────────── */

function lighthouse(url, label, i) {
  const file = join(OUT, `lighthouse-${label}-${i}.json`);
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${file}`,
    ],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const lhr = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

function median(values) {
  return percentile(values, 50);
}

function runLighthouse() {
  const app = [];
  const floor = [];
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
    step(`Lighthouse run ${i} of ${LIGHTHOUSE_RUNS}: start page, then static page`);
    app.push(lighthouse(APP_URL, 'app', i));
    floor.push(lighthouse(FLOOR_URL, 'static', i));
  }
  return {
    lcpMs: median(app.map((r) => r.lcp)),
    staticLcpMs: median(floor.map((r) => r.lcp)),
    performance: median(app.map((r) => r.performance)),
    accessibility: median(app.map((r) => r.accessibility)),
    bestPractices: median(app.map((r) => r.bestPractices)),
    seo: median(app.map((r) => r.seo)),
    staticPerformance: median(floor.map((r) => r.performance)),
  };
}

/* ── report ─────────────────────────────────────────────────────────── */

function machine() {
  let chrome = 'unknown';
  try {
    chrome = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* keep unknown */
  }
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${chrome}`;
}

async function main() {
  if (!CHROME) throw new Error('no Chromium found: set CHROME_PATH (Debian: apt-get install chromium)');
  mkdirSync(OUT, { recursive: true });
  build();
  await writeFloor();
  await writeReactFloor();
  const server = await serve();
  let browser;
  let floorTimes;
  let reactFloorTimes;
  let lh;
  const walks = [];
  const floors = [];
  const reactFloors = [];
  try {
    // WALKS full walks, each followed by a floor run, so that a slow minute of the machine
    // weighs on both alike; the p95 is over all their step changes (with one walk of 15 step
    // changes, the p95 would be its slowest change alone).
    let changes;
    for (let i = 0; i < WALKS; i++) {
      walks.push(await measureInBrowser(i + 1));
      if (!changes) {
        step('The floor for step paint: capturing the step changes of the walk as the app made them');
        changes = await captureWalkChanges();
        if (changes.length !== walks[0].stepTimes.length)
          throw new Error(`captured ${changes.length} changes for ${walks[0].stepTimes.length} step changes`);
      }
      step(`The floor for step paint, run ${i + 1} of ${WALKS}: the same page changes by plain DOM calls`);
      floors.push(await measureFloor(changes));
      step(`The React floor, run ${i + 1} of ${WALKS}: the same pages drawn by React alone`);
      reactFloors.push(await measureFloor(changes, 'react'));
    }
    browser = {
      ...walks[0],
      stepTimes: walks.flatMap((w) => w.stepTimes),
      wholeTimes: walks.flatMap((w) => w.wholeTimes),
      startMs: median(walks.map((w) => w.startMs)),
    };
    floorTimes = floors.flat();
    reactFloorTimes = reactFloors.flat();
    if (LIGHTHOUSE_RUNS === 0) {
      // A quick look at bytes and step paint only (BENCH_LIGHTHOUSE_RUNS=0).
      const times = browser.stepTimes;
      // Each step change's median over the runs, rounded: [[run 1's times], [run 2's], …] → one line of numbers.
      const byStep = (runs) => runs[0].map((_, i) => Math.round(median(runs.map((r) => r[i])))).join(' ');
      process.stdout.write(
        `first ${kb(browser.firstLoadBytes)} KB, walk ${kb(browser.walkBytes)} KB, start ${Math.round(browser.startMs)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, median ${median(times).toFixed(1)} ms over ${times.length}, per step (median of ${walks.length}) ${byStep(walks.map((w) => w.stepTimes))}\n`,
      );
      process.stdout.write(
        `whole step p95 ${percentile(browser.wholeTimes, 95).toFixed(1)} ms, median ${median(browser.wholeTimes).toFixed(1)} ms\n`,
      );
      process.stdout.write(
        `floor p95 ${percentile(floorTimes, 95).toFixed(1)} ms, median ${median(floorTimes).toFixed(1)} ms over ${floorTimes.length}, per step (median of ${floors.length}) ${byStep(floors)}\n`,
      );
      process.stdout.write(
        `React floor median ${median(reactFloorTimes).toFixed(1)} ms, per step (median of ${reactFloors.length}) ${byStep(reactFloors)}\n`,
      );
      process.stdout.write(
        `step paint median ratio (app ÷ floor) ${(median(times) / median(floorTimes)).toFixed(2)}; React floor ÷ floor ${(median(reactFloorTimes) / median(floorTimes)).toFixed(2)}, app ÷ React floor ${(median(times) / median(reactFloorTimes)).toFixed(2)}\n`,
      );
      saveResults('quick.json', {}, walks, floors, reactFloors);
      return;
    }
    lh = runLighthouse();
  } finally {
    server.kill('SIGTERM');
  }

  const result = {
    firstLoadJsGzipKB: kb(browser.firstLoadBytes),
    walkJsGzipKB: kb(browser.walkBytes),
    lcpMs: Math.round(lh.lcpMs),
    staticLcpMs: Math.round(lh.staticLcpMs),
    lcpRatio: Math.round((lh.lcpMs / lh.staticLcpMs) * 100) / 100,
    stepPaintP95Ms: round1(percentile(browser.stepTimes, 95)),
    stepWholeP95Ms: round1(percentile(browser.wholeTimes, 95)),
    startPaintMs: round1(browser.startMs),
    stepPaintFloorP95Ms: round1(percentile(floorTimes, 95)),
    stepPaintMedianRatio: Math.round((median(browser.stepTimes) / median(floorTimes)) * 100) / 100,
    stepPaintReactFloorMedianMs: round1(median(reactFloorTimes)),
    reactFloorMedianRatio: Math.round((median(reactFloorTimes) / median(floorTimes)) * 100) / 100,
    lighthouse: {
      performance: lh.performance,
      accessibility: lh.accessibility,
      bestPractices: lh.bestPractices,
      seo: lh.seo,
    },
  };

  const rows = [
    [
      'JavaScript on first load (gzip)',
      `${result.firstLoadJsGzipKB} KB in ${browser.firstLoadFiles} files`,
      '≤ 110 KB',
      TARGETS.firstLoadJsGzipKB(result.firstLoadJsGzipKB),
    ],
    [
      'JavaScript over a full walk (gzip)',
      `${result.walkJsGzipKB} KB in ${browser.walkFiles} files`,
      '≤ 160 KB',
      TARGETS.walkJsGzipKB(result.walkJsGzipKB),
    ],
    ['LCP, start page (Lighthouse mobile)', `${result.lcpMs} ms`, '', undefined],
    ['LCP, static page (the floor)', `${result.staticLcpMs} ms`, '', undefined],
    ['LCP ratio (app ÷ static)', `${result.lcpRatio}`, '≤ 1.3', TARGETS.lcpRatio(result.lcpRatio)],
    [
      `Click → next step painted, p95 (${CPU_SLOWDOWN}× CPU)`,
      `${result.stepPaintP95Ms} ms over ${browser.stepTimes.length} step changes in ${walks.length} walks (median ${round1(median(browser.stepTimes))}, max ${round1(Math.max(...browser.stepTimes))})`,
      '≤ 50 ms',
      TARGETS.stepPaintP95Ms(result.stepPaintP95Ms),
    ],
    [
      `Click → whole step drawn, below its first screen too, p95 (${CPU_SLOWDOWN}× CPU)`,
      `${result.stepWholeP95Ms} ms (median ${round1(median(browser.wholeTimes))}, max ${round1(Math.max(...browser.wholeTimes))})`,
      '',
      undefined,
    ],
    [
      `Floor: the same page changes by plain DOM calls, p95 (${CPU_SLOWDOWN}× CPU)`,
      `${result.stepPaintFloorP95Ms} ms (median ${round1(median(floorTimes))}, max ${round1(Math.max(...floorTimes))}); the app's p95 is ${round1(result.stepPaintP95Ms / result.stepPaintFloorP95Ms)}× this`,
      '',
      undefined,
    ],
    [
      `React floor: the same pages drawn by React alone, median (${CPU_SLOWDOWN}× CPU)`,
      `${result.stepPaintReactFloorMedianMs} ms: ${result.reactFloorMedianRatio}× the floor's median; the app's median is ${(median(browser.stepTimes) / median(reactFloorTimes)).toFixed(2)}× this`,
      '',
      undefined,
    ],
    [
      'Step paint, median ratio (app ÷ floor, same run)',
      `${result.stepPaintMedianRatio}`,
      '≤ 1.3',
      TARGETS.stepPaintMedianRatio(result.stepPaintMedianRatio),
    ],
    [
      `Start page → first question painted (${CPU_SLOWDOWN}× CPU; loads the wizard's code)`,
      `${result.startPaintMs} ms`,
      '',
      undefined,
    ],
    ['Lighthouse performance', `${lh.performance}`, '≥ 98', TARGETS.performance(lh.performance)],
    ['Lighthouse accessibility', `${lh.accessibility}`, '100', TARGETS.accessibility(lh.accessibility)],
    ['Lighthouse best practices', `${lh.bestPractices}`, '100', TARGETS.bestPractices(lh.bestPractices)],
    ['Lighthouse SEO', `${lh.seo}`, '100', TARGETS.seo(lh.seo)],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'result', 'target'][i].length));
  const line = (cells) => cells.map((c, i) => c.padEnd(w[i])).join('  ');
  const out = [
    '',
    `KB Wizard benchmark, ${new Date().toISOString().slice(0, 10)} on ${machine()}`,
    `Lighthouse: median of ${LIGHTHOUSE_RUNS} runs each; KB = 1,024 bytes, gzip level 6 of the built files.`,
    '',
    `${line(['measure', 'result', 'target'])}  met`,
    `${line(w.map((n) => '─'.repeat(n)))}  ───`,
    ...rows.map((r) => `${line(r.slice(0, 3))}  ${r[3] === undefined ? '' : r[3] ? 'yes' : 'NO'}`),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  saveResults('latest.json', result, walks, floors, reactFloors);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
