import type { FullConfig, FullResult, Suite, TestCase } from '@playwright/test/reporter';
import { afterEach, describe, expect, test, vi } from 'vitest';
import PlaywrightNoSkipsReporter from './playwright-no-skips-reporter';

function suiteWith(outcomes: ReadonlyArray<ReturnType<TestCase['outcome']>>): Suite {
  const tests = outcomes.map((outcome, i) => ({
    outcome: () => outcome,
    results: [{ status: outcome === 'skipped' ? 'skipped' : 'passed' }],
    location: { file: `${process.cwd()}/e2e/x.spec.ts`, line: i + 1, column: 1 },
    titlePath: () => ['', 'chromium', 'x.spec.ts', `case ${i}`],
  }));
  return { allTests: () => tests } as unknown as Suite;
}

function run(outcomes: ReadonlyArray<ReturnType<TestCase['outcome']>>, status: FullResult['status'] = 'passed') {
  const reporter = new PlaywrightNoSkipsReporter();
  reporter.onBegin({} as FullConfig, suiteWith(outcomes));
  return reporter.onEnd({ status } as FullResult);
}

describe('PlaywrightNoSkipsReporter', () => {
  const before = process.env.REQUIRE_TOOLS;
  afterEach(() => {
    if (before === undefined) delete process.env.REQUIRE_TOOLS;
    else process.env.REQUIRE_TOOLS = before;
    vi.restoreAllMocks();
  });

  test('with REQUIRE_TOOLS=1 a skipped (or fixme) test turns a passing run into a failed one and is named', async () => {
    process.env.REQUIRE_TOOLS = '1';
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run(['expected', 'skipped', 'flaky'])).toEqual({ status: 'failed' });
    expect(error.mock.calls[0]?.[0]).toContain('e2e/x.spec.ts > chromium > x.spec.ts > case 1');
    expect(error.mock.calls[0]?.[0]).not.toContain('case 0');
  });

  test('no skips, REQUIRE_TOOLS unset, or a run that already failed: the status is left alone', async () => {
    process.env.REQUIRE_TOOLS = '1';
    expect(await run(['expected', 'flaky'])).toBeUndefined();
    expect(await run(['unexpected', 'skipped'], 'failed')).toBeUndefined();
    // `playwright test --list`: nothing ran, so no test has a result.
    const reporter = new PlaywrightNoSkipsReporter();
    const listed = suiteWith(['skipped']);
    for (const t of listed.allTests()) Object.assign(t, { results: [] });
    reporter.onBegin({} as FullConfig, listed);
    expect(await reporter.onEnd({ status: 'passed' } as FullResult)).toBeUndefined();
    delete process.env.REQUIRE_TOOLS;
    expect(await run(['skipped'])).toBeUndefined();
  });
});
