import type { Problem, Severity } from './types';

/** Problems grouped by field path, each list in the order given. */
export function problemsByPath(problems: readonly Problem[]): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = out.get(p.path);
    if (list) list.push(p);
    else out.set(p.path, [p]);
  }
  return out;
}

/** How many problems of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}
