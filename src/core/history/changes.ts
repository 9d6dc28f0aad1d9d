import { cloneValues, deepEqual, getPath, isPlainMap, setPath, type Values } from '../../shared/values';
import { nodeById } from '../fields/node-index';

/**
 * One value that changed, at a path of the values tree (list indexes are
 * path segments too). `undefined` means the key was absent (or unset).
 */
export interface Change {
  readonly path: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The leaf paths where `after` differs from `before`: maps are compared key
 * by key and lists of the same length item by item; a list whose length
 * changed (a row added or removed) is one change of the whole list.
 */
export function diffLeaves(before: unknown, after: unknown, path: readonly string[] = []): string[][] {
  const out: string[][] = [];
  const visit = (a: unknown, b: unknown, at: string[]) => {
    if (a === b) return;
    if (isPlainMap(a) && isPlainMap(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) visit(a[key], b[key], [...at, key]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((item, i) => visit(item, b[i], [...at, String(i)]));
      return;
    }
    if (!deepEqual(a, b)) out.push(at);
  };
  visit(before, after, [...path]);
  return out;
}

/**
 * The schema field that owns a leaf path: its longest prefix that is a form
 * field (`connections.0.name` → `connections`, a list edited as a whole).
 * Paths under no field (keys the schema does not know, whole groups) own themselves.
 */
export function owningPath(path: readonly string[]): readonly string[] {
  for (let n = 1; n <= path.length; n += 1) {
    const node = nodeById(path.slice(0, n).join('.'));
    if (node?.meta.kind === 'field') return path.slice(0, n);
  }
  return path;
}

/**
 * What changed from `before` to `after`, one change per form field (the
 * field's whole value before and after), in the order the leaves differ.
 */
export function diffValues(before: Values, after: Values): Change[] {
  const seen = new Set<string>();
  const out: Change[] = [];
  for (const leaf of diffLeaves(before, after)) {
    const path = owningPath(leaf);
    const key = path.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, before: cloneValues(getPath(before, path)), after: cloneValues(getPath(after, path)) });
  }
  return out;
}

/** A copy of `values` with each change's `side` put in place. */
export function applyChanges(values: Values, changes: readonly Change[], side: 'before' | 'after'): Values {
  const out = cloneValues(values);
  for (const change of changes) setPath(out, change.path, cloneValues(change[side]));
  return out;
}
