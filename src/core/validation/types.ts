import type { Values } from '../../shared/values';

/**
 * `error`: the chart or the CLI fails or misbehaves; `warning`: probably not what
 * was meant; `note`: something still to do that the defaults leave open (such
 * as the agent instance): listed, never counted as a problem.
 */
export type Severity = 'error' | 'warning' | 'note';

/** One thing wrong (or worth knowing) about the values, attached to the field that owns it. */
export interface Problem {
  /** Dotted values path of the field (or group, or unknown key) the problem belongs to. */
  path: string;
  /**
   * Where inside the field's value it sits, when not on the whole value:
   * dotted keys and list indexes below `path` (`1.operator` for the second
   * toleration's operator, `0.hosts.1`). Lets list editors mark the row input.
   */
  subPath?: string;
  /** A sentence in user terms that names the field. */
  message: string;
  severity: Severity;
  /** Id of the rule that found it: `zod`, a cross-field rule id, or `cli-*`. */
  rule: string;
}

/** Where a schema (zod) issue sits, for `Rule.supersedes`. */
export interface SchemaIssueRef {
  readonly path: string;
  readonly code: string;
}

/** What a rule sees: the normalized values (unset leaves are undefined) and the chart release. */
export interface RuleContext {
  readonly values: Values;
  readonly version: string;
  /** The value at a dotted path, or undefined when any step is missing or not a map. */
  get(path: string): unknown;
}

/** A small named check across fields, from the chart, the CLI or the reference page's prose. */
export interface Rule {
  readonly id: string;
  /** One line on what it checks and why (shown nowhere; for readers and tests). */
  readonly summary: string;
  /**
   * Schema issues this rule explains better (the same check, said with more
   * context): when the rule reports on a field, the matching schema issues on
   * that field are dropped. `path` is the issue's dotted path with list
   * indexes as `*` (e.g. `connections.*.name`).
   */
  readonly supersedes?: (issue: SchemaIssueRef) => boolean;
  check(ctx: RuleContext): Problem[];
}
