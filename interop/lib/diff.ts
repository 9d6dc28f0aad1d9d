import { isPlainMap } from '../../src/shared/values';

export interface ValueDiff {
  path: string;
  expected: unknown;
  actual: unknown;
}

const MISSING = '<absent>';

function show(v: unknown): unknown {
  return v === undefined ? MISSING : v;
}

/**
 * Every place where two YAML-like trees differ, by dotted path (list items as
 * `[i]`). Map key order is ignored; an absent key and an undefined value are the
 * same; `null` is a value of its own.
 */
export function diffValues(expected: unknown, actual: unknown, path = ''): ValueDiff[] {
  if (isPlainMap(expected) && isPlainMap(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) => diffValues(expected[k], actual[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [{ path: path || '(root)', expected, actual }];
    return expected.flatMap((item, i) => diffValues(item, actual[i], `${path}[${i}]`));
  }
  if (Object.is(expected, actual) || (expected === undefined && actual === undefined)) return [];
  return [{ path: path || '(root)', expected: show(expected), actual: show(actual) }];
}

export function formatDiffs(diffs: readonly ValueDiff[], limit = 20): string {
  const lines = diffs.slice(0, limit).map((d) => `  ${d.path}: expected ${JSON.stringify(d.expected)}, Helm has ${JSON.stringify(d.actual)}`);
  if (diffs.length > limit) lines.push(`  ... and ${diffs.length - limit} more`);
  return lines.join('\n');
}
