import { defineConfig } from 'vitest/config';
import { NoSkipsReporter } from './scripts/no-skips-reporter';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'vite-plugins/**/*.test.ts', 'lint/**/*.test.ts'],
    environment: 'node',
    // REQUIRE_TOOLS=1 (.ci/run): a skipped test fails the run.
    reporters: ['default', new NoSkipsReporter()],
    testTimeout: 120_000,
    setupFiles: ['src/test-utils/preload-lazy.ts'],
  },
});
