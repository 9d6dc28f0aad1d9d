import { deepEqual, isPlainMap, type Values } from '../../shared/values';

/** One changed key between the deployed values and the current ones (dotted path; lists compare as a whole). */
export interface ValueChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

function walk(before: unknown, after: unknown, path: string, out: ValueChange[]): void {
  if (isPlainMap(before) && isPlainMap(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const k of keys) walk(before[k], after[k], path === '' ? k : `${path}.${k}`, out);
    return;
  }
  if (before === undefined && after === undefined) return;
  if (before === undefined) out.push({ path, kind: 'added', after });
  else if (after === undefined) out.push({ path, kind: 'removed', before });
  else if (!deepEqual(before, after)) out.push({ path, kind: 'changed', before, after });
}

/**
 * What changes from the deployed values overlay to the current one, key by
 * key: added, removed and changed leaves (a map on one side and a scalar on
 * the other is one change; lists are compared whole), in the order the keys
 * appear (deployed first, then new ones).
 */
export function diffValues(before: Values, after: Values): ValueChange[] {
  const out: ValueChange[] = [];
  walk(before, after, '', out);
  return out;
}
