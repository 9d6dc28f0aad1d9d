import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import { NoSkipsReporter } from './no-skips-reporter';

function moduleWith(states: readonly string[]): TestModule {
  const tests = states.map((state, i) => ({ fullName: `case ${i}`, result: () => ({ state }) }));
  return { moduleId: `${process.cwd()}/src/x.test.ts`, children: { allTests: () => tests.values() } } as unknown as TestModule;
}

describe('NoSkipsReporter', () => {
  const before = { exitCode: process.exitCode, require: process.env.REQUIRE_TOOLS };
  afterEach(() => {
    process.exitCode = before.exitCode;
    if (before.require === undefined) delete process.env.REQUIRE_TOOLS;
    else process.env.REQUIRE_TOOLS = before.require;
    vi.restoreAllMocks();
  });

  test('with REQUIRE_TOOLS=1 a skipped test fails the run and is named', () => {
    process.env.REQUIRE_TOOLS = '1';
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    new NoSkipsReporter().onTestRunEnd([moduleWith(['passed', 'skipped'])]);
    expect(process.exitCode).toBe(1);
    expect(error.mock.calls[0]?.[0]).toContain('src/x.test.ts > case 1');
  });

  test('no skips, or REQUIRE_TOOLS unset: the run is left alone', () => {
    process.exitCode = undefined;
    process.env.REQUIRE_TOOLS = '1';
    new NoSkipsReporter().onTestRunEnd([moduleWith(['passed', 'passed'])]);
    expect(process.exitCode).toBeUndefined();
    delete process.env.REQUIRE_TOOLS;
    new NoSkipsReporter().onTestRunEnd([moduleWith(['skipped'])]);
    expect(process.exitCode).toBeUndefined();
  });
});
