/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { appShell, contentSecurityPolicy } from './scripts/build/app-shell.ts';
import { chunkFileName, chunkGroup } from './scripts/build/chunk-groups.ts';
import { flowCatalog } from './scripts/build/flow-catalog.ts';
import { screenCatalog } from './scripts/build/screen-catalog.ts';
import { screenLoaders } from './scripts/build/screen-loaders.ts';

/**
 * The app can be served from a sub-path of an intranet server. Set BASE_PATH
 * at build time (for example `BASE_PATH=/tools/kb-wizard/ npm run build`).
 */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim();
  if (!raw) return '/';
  const withLead = raw.startsWith('/') ? raw : `/${raw}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

const base = basePath();

/**
 * The *.test.ts files that need a DOM (jsdom costs about a second per test
 * file to set up, so only these get one). A new pure test needs nothing here;
 * one that fails in the unit project with "localStorage is not defined" or
 * "document is not defined" belongs on this list.
 */
const DOM_TESTS = [
  '**/mockups/catalog.test.ts',
  'store/outcome-stats.test.ts',
  'store/actions.test.ts',
  '**/class/class-results.test.ts',
  '**/class/classroom.test.ts',
  '**/presenter/presenter.test.ts',
].map((file) => `src/${file}`);

/**
 * React Router's package sends every bundler to its development build, which differs from the production
 * build it ships beside it only in ENABLE_DEV_WARNINGS = true: console warnings for developers, 1.2 KB gzip
 * on every page. Production builds take the production build; the dev server and tests keep the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const production = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));
  return {
    name: 'kb-wizard:react-router-production',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === 'react-router' ? production : null),
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    flowCatalog(),
    screenCatalog(),
    screenLoaders(),
    // Offline after one visit: the service worker precaches the whole build
    // (and nothing from anywhere else), and answers every navigation inside
    // the base path with index.html so deep links work offline too.
    VitePWA({
      registerType: 'autoUpdate',
      strategies: 'generateSW',
      injectRegister: false, // main.tsx registers it lazily, once the page is idle
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: base,
        name: 'KB Wizard – guided fixes for Exchange and MS Mail migration problems',
        short_name: 'KB Wizard',
        description:
          'Guided troubleshooting for MS Mail to Exchange Server 5.x migrations, built from Microsoft Knowledge Base articles. Works offline.',
        lang: 'en',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1e40af',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [],
      },
    }),
    appShell(),
    reactRouterProductionBuild(),
  ],
  preview: {
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(base, { header: true }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 modules supports <link rel="modulepreload">.
    // The start page preloads its scripts; a lazily loaded page does not carry a
    // list of every file it might need (those lists cost about 1 KB gzip on the
    // first load and 2 KB over a walk): the browser fetches its imports as it
    // reads it, one round trip more, within the same server on an intranet.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    reportCompressedSize: true,
    rolldownOptions: {
      // The store's entry (src/store/index.ts) only re-exports: each name an importer uses comes from the file
      // that defines it, so the start page does not load the step actions it never uses.
      treeshake: { moduleSideEffects: (id) => (/[\\/]src[\\/]store[\\/]index\.ts$/.test(id) ? false : undefined) },
      output: {
        chunkFileNames: chunkFileName,
        codeSplitting: {
          // A group holds its own files only; what they import is split as usual.
          includeDependenciesRecursively: false,
          groups: [{ name: chunkGroup, debugName: 'chunk-groups' }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Everything that needs no page: the engine, the content, the pure parts of the features and the mockups.
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: DOM_TESTS,
        },
      },
      {
        extends: true,
        test: {
          // Components (every *.test.tsx) and the few *.test.ts that read localStorage or build DOM events.
          name: 'dom',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.tsx', ...DOM_TESTS],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
    ],
  },
});
