import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import parts from './scripts/lint/parts.js';

/** One part of src/: the parts it may import (scripts/lint/parts.js). */
const part = (folder, options) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  plugins: { kbw: parts },
  rules: { 'kbw/parts': ['error', options] },
});

const UI_LAYERS = ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'];

export default defineConfig([
  globalIgnores([
    'dist',
    'dev-dist',
    'coverage',
    'playwright-report',
    'test-results',
    'bench-results',
    '.lighthouse',
    '.e2e-dist',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-refresh/only-export-components': 'off',
    },
  },
  // Parts and arrows (docs/architecture.md): one block per part, naming the parts it may import besides itself.
  // Everything else is refused, type imports and import() included (scripts/lint/parts.js). Only tests import
  // src/testing. Cycles are refused by kbw/no-cycles (scripts/lint/cycles.mjs).
  part('src/content', { may: [], testsMay: ['engine', 'checks'] }), // flows as data, their schema and authoring helpers; its tests walk the flows
  part('src/engine', { may: ['content'] }), // pure logic over the content's types
  part('src/mockups', { may: ['lib', 'components'] }), // an island: screens and their kit
  part('src/checks', { may: ['content', 'engine', 'mockups', 'lib'] }), // the content validators
  part('src/lib', { may: [] }), // shared helpers: nothing above them
  part('src/components', { may: ['lib'] }), // shared UI parts: nothing above them
  part('src/store', { may: ['content', 'engine', 'lib'] }), // the cases: state, stored format, actions
  part('src/features/*', {
    may: ['features/*', 'store', 'content', 'engine', 'mockups', 'lib', 'components'],
    entryOnly: true,
  }),
  part('src/app', { may: ['features/*', 'store', 'content', 'mockups', 'lib', 'components'] }), // routes that compose
  part('src/boot', { may: ['app', 'store', 'content', 'lib'] }), // the first paint: prerender, hand-over to React
  part('src/testing', { may: ['content', 'engine', 'mockups', 'store', 'lib', 'components'] }), // fixtures for tests
  { files: ['src/**/*.{ts,tsx}'], plugins: { kbw: parts }, rules: { 'kbw/no-cycles': 'error' } },
  {
    // The engine and the content are pure TypeScript: no React, no store, no DOM.
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_LAYERS.filter((p) => !p.includes('*')).map((name) => ({
            name,
            message: 'engine and content stay pure TypeScript',
          })),
          patterns: [{ group: ['react-dom/*', 'zustand/*'], message: 'engine and content stay pure TypeScript' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'scripts/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
