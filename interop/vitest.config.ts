import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { NoSkipsReporter } from '../scripts/no-skips-reporter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Interop suite: the real Helm and Polyaxon CLI judge the builder's output.
 * Run with `npm run test:interop`; the unit suite (vitest.config.ts) never picks these files up.
 * Files run one after another: each spawns its own helm/python processes, at most 2 at a time.
 */
export default defineConfig({
  root,
  test: {
    include: ['interop/tests/**/*.interop.test.ts'],
    environment: 'node',
    // REQUIRE_TOOLS=1 (.ci/run): a skipped test fails the run.
    reporters: ['default', new NoSkipsReporter()],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
