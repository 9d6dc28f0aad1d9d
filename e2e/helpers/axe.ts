import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Result } from 'axe-core';

const BLOCKING = new Set(['serious', 'critical']);

function summarize(violations: readonly Result[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

interface AxeOptions {
  /**
   * 'serious' (default): fails on serious/critical violations and reports the rest;
   * 'all': a budget of 0 violations of any impact, and colour contrast must have been checked.
   */
  readonly failOn?: 'serious' | 'all';
}

/** Runs axe on the page, attaches its violations to the test report and fails on those `failOn` names. */
export async function checkAxe(page: Page, testInfo: TestInfo, label: string, { failOn = 'serious' }: AxeOptions = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const failing = failOn === 'all' ? results.violations : results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !failing.includes(v));
  if (other.length > 0) {
    const text = summarize(other);
    testInfo.annotations.push({ type: 'axe (moderate/minor)', description: text });
    console.log(`axe ${label}: moderate/minor violations (not failing):\n${text}`);
  }
  expect(
    failing.map((v) => `${v.impact} ${v.id}`),
    `${failOn === 'all' ? '' : 'serious/critical '}axe violations (${label}):\n${summarize(failing)}`,
  ).toEqual([]);
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  if (failOn === 'all')
    expect(
      results.passes.some((p) => p.id === 'color-contrast'),
      'axe checked colour contrast',
    ).toBe(true);
}
