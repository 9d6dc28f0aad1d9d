import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Playwright's twin of no-skips-reporter.ts: with REQUIRE_TOOLS=1 (set by .ci/run, which installs every tool the
 * tests use) a skipped e2e test (test.skip, test.fixme, a describe-level skip for a missing chart or renderer) fails
 * the run. Such a test runs in CI or is removed.
 */
export default class PlaywrightNoSkipsReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    if (process.env.REQUIRE_TOOLS !== '1' || !this.suite) return undefined;
    // A run that is already failing or was interrupted leaves the tests after the failure unrun (reported as skipped).
    // `--list` runs nothing: no test has a result there.
    if (result.status !== 'passed') return undefined;
    const skipped = this.suite
      .allTests()
      .filter((test) => test.results.length > 0 && test.outcome() === 'skipped')
      .map((test) => `${test.location.file.replace(`${process.cwd()}/`, '')} > ${test.titlePath().filter(Boolean).join(' > ')}`);
    if (skipped.length === 0) return undefined;
    console.error(`\nREQUIRE_TOOLS=1: ${skipped.length} e2e test(s) skipped; each must run in CI (install its tool in .ci/run) or go:\n${skipped.map((s) => `  - ${s}`).join('\n')}\n`);
    return { status: 'failed' };
  }
}
