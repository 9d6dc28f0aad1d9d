import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'no-restricted-globals': ['error', ...[...new Set([...browserGlobals, 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'XMLHttpRequest', 'WebSocket'])].map((name) => ({ name, message: 'Browser globals are banned from core code.' }))],
    },
  },
);
