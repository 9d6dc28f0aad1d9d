import { normalizeValues } from '../values/normalize';
import type { Values } from '../../shared/values';
import { ruleContext } from './context';
import { RULES } from './rules';
import { sortProblems } from './sort';
import type { Problem, Rule } from './types';
import { schemaIssues, type SchemaProblem } from './zod-issues';

export type { Problem, Severity, Rule, RuleContext, SchemaIssueRef } from './types';
export { cliProblems } from './cli-problems';
export { countBySeverity, problemsByPath } from './summary';

/**
 * Runs the rules over normalized values and merges their problems with the
 * schema's: a schema issue that a rule supersedes is dropped when that rule
 * reports on the same field. Unsorted.
 */
export function combine(rules: readonly Rule[], normalized: Values, version: string, fromSchema: readonly SchemaProblem[]): Problem[] {
  const ctx = ruleContext(normalized, version);
  const found: Problem[] = [];
  let schema = fromSchema;
  for (const rule of rules) {
    const problems = rule.check(ctx);
    found.push(...problems);
    const { supersedes } = rule;
    if (supersedes && problems.length > 0) {
      const paths = new Set(problems.map((p) => p.path));
      schema = schema.filter((s) => !(paths.has(s.problem.path) && supersedes(s.issue)));
    }
  }
  return [...schema.map((s) => s.problem), ...found];
}

/**
 * Everything wrong with the form values for a chart release: the schema's
 * checks (on the owning field), then the cross-field rules from the chart,
 * the CLI and the reference page. Pure; sorted by schema order.
 */
export function validateValues(formValues: Values, version: string): Problem[] {
  const normalized = normalizeValues(formValues);
  return sortProblems(combine(RULES, normalized, version, schemaIssues(normalized)));
}
