/**
 * Build-time shaping of index.html (production builds only):
 *
 * - a strict Content-Security-Policy: scripts only from this origin plus one
 *   inline boot script allowed by its hash (no 'unsafe-inline' anywhere);
 * - the boot script, which hides the prerendered start page's main column
 *   while a deep link or a returning user's session is being rendered, so
 *   nobody sees (or clicks) the wrong page for a moment;
 * - the start page, rendered with react-dom/server into #root, so its words
 *   are in the served HTML and paint before any JavaScript runs.
 *
 * The same policy is sent as a header by `vite preview` (see vite.config.ts).
 */
import { createHash } from 'node:crypto';

import react from '@vitejs/plugin-react';
import { type Plugin, type ResolvedConfig, createServer } from 'vite';

const STORE_KEY = 'kb-wizard';
/** Class set on <html> by the boot script; src/styles/boot.css hides #main while it is there. */
export const PENDING_CLASS = 'kbw-pending';

/** The inline boot script for an app served from `base`. */
export function bootScript(base: string): string {
  const home = JSON.stringify(base.replace(/\/+$/, ''));
  return (
    `try{var p=location.pathname.replace(/\\/+$/,'');` +
    `if(p!==${home}||localStorage.getItem(${JSON.stringify(STORE_KEY)})!==null)` +
    `document.documentElement.classList.add(${JSON.stringify(PENDING_CLASS)})}catch(e){}`
  );
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

export function appShell(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kb-wizard:app-shell',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(config.base, { header: false }) },
            injectTo: 'head-prepend',
          },
          { tag: 'script', children: bootScript(config.base), injectTo: 'head' },
        ];
      },
    },
    async generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      if (!page.source.includes(ROOT_MARKER)) this.error(`index.html has no ${ROOT_MARKER} to prerender into`);
      // Render the start page with the app's own modules, outside the bundle.
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: 'production',
        logLevel: 'error',
        resolve: { alias: config.resolve.alias },
        plugins: [react()],
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderStartPage: () => string };
        const html = mod.renderStartPage();
        if (!html.includes('<h1')) this.error('the prerendered start page has no heading');
        page.source = page.source.replace(ROOT_MARKER, `<div id="root" data-prerendered="">${html}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
