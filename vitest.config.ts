import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'vite-plugins/**/*.test.ts', 'lint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    setupFiles: ['src/test-utils/preload-lazy.ts'],
  },
});
