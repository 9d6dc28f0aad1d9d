import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileNames } from './lint/file-names.js';
import { importZones } from './lint/import-zones.js';

// Globals that exist only in browsers (Node's own, such as CompressionStream or TextEncoder, stay allowed).
const browserGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !(name in globals.node));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', '.tools/**', '.venv/**', 'wasm/helm-render/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The architecture (docs/architecture.md, "Import rules"): layered imports in src/, features meeting through
    // their index.ts, kebab-case names. lint/lint-config.test.ts checks that wrong imports are rejected.
    plugins: { architecture: { rules: { 'import-zones': importZones, 'file-names': fileNames } } },
    rules: { 'architecture/import-zones': 'error', 'architecture/file-names': 'error' },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    // The rules of hooks. The React Compiler rules of eslint-plugin-react-hooks 7 (refs, immutability,
    // set-state-in-effect, ...) stay off: the app is not built with React Compiler, and they reject the
    // latest-value ref pattern (ref.current = prop during render) the code uses on purpose.
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The pure core and the schema: no React, no MUI, no browser globals or storage.
    files: ['src/core/**/*.ts', 'src/schema/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@mui/*', '@emotion/*'], message: 'The core is framework-free.' },
            { group: ['**/ui/**', '**/features/**', '**/app/**'], message: 'The core must not import UI code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...new Set([...browserGlobals, 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'XMLHttpRequest', 'WebSocket'])].map((name) => ({
          name,
          message: 'Browser globals are banned from core code.',
        })),
      ],
    },
  },
);
