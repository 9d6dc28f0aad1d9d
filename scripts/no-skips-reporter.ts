import type { Reporter, TestModule } from 'vitest/node';

/**
 * With REQUIRE_TOOLS=1 (set by .ci/run, which installs every tool the tests
 * use), a skipped test fails the run: in CI a test that skips for a missing
 * tool (python3 with PyYAML, zsh, helm, the shared chart data) hides a gap.
 * Skips that are part of a test's design are not allowed either: such a test
 * runs in CI or is removed.
 */
export class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (process.env.REQUIRE_TOOLS !== '1') return;
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (test.result().state === 'skipped') skipped.push(`${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
      }
    }
    if (skipped.length === 0) return;
    console.error(`\nREQUIRE_TOOLS=1: ${skipped.length} test(s) skipped; each must run in CI (install its tool in .ci/run) or go:\n${skipped.map((s) => `  - ${s}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}
