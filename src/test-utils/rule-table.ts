import { expect, test } from 'vitest';
import { chartDefaults } from '../schema/defaults';
import { mergeUserValues } from '../core/values/helm-merge';
import type { Values } from '../shared/values';
import { contextFromForm } from '../core/validation/context';
import type { Problem, Rule, Severity } from '../core/validation/types';

/** Form values as the builder holds them: the chart's defaults with a user patch on top (null clears a key). */
export function form(patch: Values, version = '2.15.1'): Values {
  return mergeUserValues(chartDefaults(version), patch);
}

export function runRule(rule: Rule, values: Values, version = '2.15.1'): Problem[] {
  return rule.check(contextFromForm(values, version));
}

/** [case name, user patch over the defaults, expected [path, severity, message part?] list, chart version?]. */
export type RuleCase = [name: string, patch: Values, expected: Array<[path: string, severity: Severity, text?: string]>, version?: string];

/** One test per case: the rule finds exactly the expected problems, tagged with its id. */
export function ruleTable(rule: Rule, cases: readonly RuleCase[]): void {
  test.each(cases)('%s', (_name, patch, expected, version = '2.15.1') => {
    const problems = runRule(rule, form(patch, version), version);
    expect(problems.map((p) => [p.path, p.severity])).toEqual(expected.map(([path, severity]) => [path, severity]));
    problems.forEach((p, i) => {
      expect(p.rule).toBe(rule.id);
      expect(p.message.length).toBeGreaterThan(20);
      const text = expected[i]?.[2];
      if (text !== undefined) expect(p.message).toContain(text);
    });
  });
}
