import { sectionOf } from '../../schema/sections';
import type { Problem } from './types';

/** Problems in one form section (or outside every section: unknown keys). */
interface ProblemPlace {
  readonly sectionId: string | undefined;
  readonly title: string;
  readonly count: number;
  /** The first problem's values path there. */
  readonly firstPath: string;
}

export interface ProblemsWhere {
  readonly total: number;
  readonly errors: number;
  /** In form order of first appearance in the list. */
  readonly places: readonly ProblemPlace[];
}

const OTHER = 'Other keys';

/** Where the problems are: how many in each form section. */
export function problemsWhere(problems: readonly Problem[]): ProblemsWhere {
  const places = new Map<string, { sectionId: string | undefined; title: string; count: number; firstPath: string }>();
  let errors = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors += 1;
    const section = sectionOf(p.path);
    const key = section?.id ?? '';
    const place = places.get(key);
    if (place) place.count += 1;
    else places.set(key, { sectionId: section?.id, title: section?.title ?? OTHER, count: 1, firstPath: p.path });
  }
  return { total: problems.length, errors, places: [...places.values()] };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One sentence for an action done while problems remain, e.g.
 * `Downloaded with 3 problems remaining (1 error): 2 in Ingress & gateway service, 1 in Agent.`
 * Empty when there are none.
 */
export function problemsOnActionText(action: string, where: ProblemsWhere): string {
  if (where.total === 0) return '';
  const errors = where.errors > 0 ? ` (${plural(where.errors, 'error', 'errors')})` : '';
  const places = where.places.map((p) => `${p.count} in ${p.title}`).join(', ');
  return `${action} with ${plural(where.total, 'problem', 'problems')} remaining${errors}: ${places}.`;
}
