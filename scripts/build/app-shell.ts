/**
 * Build-time shaping of index.html (production builds only); the code that
 * runs in the page is in src/boot/, explained in docs/performance.md:
 *
 * - a strict Content-Security-Policy: scripts only from this origin plus one
 *   inline boot script allowed by its hash (no 'unsafe-inline' anywhere);
 * - the boot script (src/boot/boot-script.ts), put first in the head;
 * - the start page, rendered with react-dom/static (src/boot/prerender.tsx)
 *   into #root, so its words are in the served HTML and paint before any
 *   JavaScript runs.
 *
 * The same policy is sent as a header by `vite preview` (see vite.config.ts).
 */
import { createHash } from 'node:crypto';

import react from '@vitejs/plugin-react';
import { type Plugin, type ResolvedConfig, createServer } from 'vite';

import { EARLY_CLICK, PENDING_CLASS, READY_FLAG, bootScriptText } from '../../src/boot/boot-script.ts';
import { WIZARD_STORE_KEY } from '../../src/store/stored-format.ts';

import { flowCatalog } from './flow-catalog.ts';

const STORE_KEY = WIZARD_STORE_KEY;

/** Name of the meta tag that lists the entry module and its static imports for the boot script. */
const APP_META = 'kbw-app';

/** The inline boot script for an app served from `base` (src/boot/boot-script.ts). Its text is fixed for a base path, so its hash (in the CSP) is known before the build. */
export function bootScript(base: string): string {
  return bootScriptText({
    home: base.replace(/\/+$/, ''),
    storeKey: STORE_KEY,
    pendingClass: PENDING_CLASS,
    appMeta: APP_META,
    readyFlag: READY_FLAG,
    earlyClick: EARLY_CLICK,
  });
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. `style-src 'self'` holds too: the only styles are the built
 * stylesheet, and React applies `style` props through the CSSOM, which CSP
 * does not restrict, so no 'unsafe-inline' is needed for styles either.
 * `frame-ancestors` is ignored (with a console error) in a meta tag, so it is
 * only in the header.
 */
export function contentSecurityPolicy(base: string, { header }: { header: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${sha256(bootScript(base))}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

const ROOT_MARKER = '<div id="root"></div>';
const CHARSET = '<meta charset="UTF-8" />';

/**
 * Moves the app's scripts from the HTML to the boot script: removes Vite's
 * module script and modulepreload links (listing them in the meta tag the
 * boot script reads), and puts the CSP meta tag and the boot script right
 * after the charset declaration, ahead of the stylesheet, so that nothing
 * waits for them.
 */
export function withBootScript(html: string, base: string, fail: (message: string) => never): string {
  const entries = [...html.matchAll(/\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g)];
  if (entries.length !== 1) fail(`expected one module script in index.html, found ${entries.length}`);
  const preloads = [...html.matchAll(/\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g)];
  let out = html;
  for (const m of [...entries, ...preloads]) out = out.replace(m[0], '');
  const urls = [entries[0]![1]!, ...preloads.map((m) => m[1]!)];
  if (!out.includes(CHARSET)) fail(`index.html must start its head with ${CHARSET}`);
  const csp = contentSecurityPolicy(base, { header: false }).replace(/'/g, '&#39;');
  return out.replace(
    CHARSET,
    `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />` +
      `\n    <meta name="${APP_META}" content="${urls.join(' ')}" />` +
      `\n    <script>${bootScript(base)}</script>`,
  );
}

export function appShell(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kb-wizard:app-shell',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      if (!page.source.includes(ROOT_MARKER)) this.error(`index.html has no ${ROOT_MARKER} to prerender into`);
      page.source = withBootScript(page.source, config.base, (message) => this.error(message));
      // Render the start page with the app's own modules, outside the bundle.
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: 'production',
        logLevel: 'error',
        resolve: { alias: config.resolve.alias },
        plugins: [react(), flowCatalog()],
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const mod = (await server.ssrLoadModule('/src/boot/prerender.tsx')) as {
          renderStartPage: () => Promise<string>;
        };
        const html = await mod.renderStartPage();
        if (!html.includes('<h1')) this.error('the prerendered start page has no heading');
        // A boundary the server could not finish would be thrown away by the client (React error #419).
        if (html.includes('<!--$!-->'))
          this.error('the prerendered start page has a Suspense boundary that failed to render');
        page.source = page.source.replace(ROOT_MARKER, `<div id="root" data-prerendered="">${html}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
