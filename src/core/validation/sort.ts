import { schemaOrderOf } from '../fields/node-index';
import type { Problem } from './types';

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 } as const;

/** Schema order of the paths; on one path errors first; otherwise the order they were found in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i, order: schemaOrderOf(p.path) }))
    .sort((a, b) => a.order - b.order || (a.order === Number.MAX_SAFE_INTEGER ? a.p.path.localeCompare(b.p.path) : 0) || SEVERITY_RANK[a.p.severity] - SEVERITY_RANK[b.p.severity] || a.i - b.i)
    .map((x) => x.p);
}
