import { deepEqual } from '../values/deep-equal';
import { cloneData } from '../values/helm-merge';
import { isPlainMap, type Values } from '../values/types';
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

/** The value at `path` (undefined when any step is missing). */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isPlainMap(current) && Object.prototype.hasOwnProperty.call(current, key)) current = current[key];
    else return undefined;
  }
  return current;
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
    out.push({ path, before: cloneData(valueAt(before, path)), after: cloneData(valueAt(after, path)) });
  }
  return out;
}

/** Sets (or, for undefined, removes) the value at `path` inside `root`, creating maps on the way. Mutates `root`. */
export function setAt(root: Values, path: readonly string[], value: unknown): void {
  if (path.length === 0) return;
  let current: unknown = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string;
    const container = current as Record<string, unknown>;
    const next = Array.isArray(current) ? (current as unknown[])[Number(key)] : container[key];
    if (isPlainMap(next) || Array.isArray(next)) {
      current = next;
      continue;
    }
    if (value === undefined) return; // nothing to remove below a missing map
    const created: Values = {};
    if (Array.isArray(current)) (current as unknown[])[Number(key)] = created;
    else container[key] = created;
    current = created;
  }
  const last = path[path.length - 1] as string;
  if (Array.isArray(current)) {
    if (value === undefined) current.splice(Number(last), 1);
    else current[Number(last)] = cloneData(value);
  } else if (isPlainMap(current)) {
    if (value === undefined) delete current[last];
    else current[last] = cloneData(value);
  }
}

/** A copy of `values` with each change's `side` put in place. */
export function applyChanges(values: Values, changes: readonly Change[], side: 'before' | 'after'): Values {
  const out = cloneData(values);
  for (const change of changes) setAt(out, change.path, change[side]);
  return out;
}
