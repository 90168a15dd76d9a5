import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LAYERS = ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'];

export default defineConfig([
  globalIgnores(['dist', 'dev-dist', 'coverage', 'playwright-report', 'test-results', 'bench-results', '.lighthouse', '.e2e-dist']),
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
  {
    // The engine and the content are pure TypeScript: no React, no store, no DOM-bound layers.
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_LAYERS.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'engine and content stay pure TypeScript' })),
          patterns: [
            { group: ['react-dom/*', 'zustand/*'], message: 'engine and content stay pure TypeScript' },
            { group: ['@/wizard/*', '@/app/*', '@/components/*'], message: 'engine and content must not depend on the UI' },
            { group: ['@/mockups/*', '!@/mockups/catalog', '!@/mockups/catalog-schemas', '!@/mockups/exchange-permissions'], message: 'only the pure mockup catalog may be used here' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // Mockups are an island: they never reach into the engine, store or app.
    files: ['src/mockups/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/engine/*', '@/wizard/*', '@/app/*', '@/content/*', '!@/content/schema'], message: 'mockups stay independent of the wizard' }] },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'scripts/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
