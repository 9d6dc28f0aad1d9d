/*
 * A values tree and the one set of helpers every layer uses on it: read and
 * write by path, deep copy, emptiness and equality. Pure data, no imports, so
 * the schema, the core and the React features can all depend on it.
 */

/** A values tree as Helm sees it: maps, lists, scalars and nulls. */
export type Values = { [key: string]: unknown };

/** A path into a values tree: map keys, and list indexes (as numbers or digit strings). */
export type ValuesPath = readonly (string | number)[];

/** The keys that must never be used as object keys (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainMap(value: unknown): value is Values {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function hasOwn(map: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** The list index a path step names, or undefined when it is not one. */
function listIndex(step: string | number): number | undefined {
  if (typeof step === 'number') return Number.isInteger(step) && step >= 0 ? step : undefined;
  return /^(?:0|[1-9]\d*)$/.test(step) ? Number(step) : undefined;
}

/** One step down: a map's own key or a list's item; `found` is false when the step does not exist. */
function child(container: unknown, step: string | number): { found: boolean; value: unknown } {
  if (Array.isArray(container)) {
    const index = listIndex(step);
    return index !== undefined && index < container.length ? { found: true, value: container[index] } : { found: false, value: undefined };
  }
  if (isPlainMap(container) && hasOwn(container, String(step))) return { found: true, value: container[String(step)] };
  return { found: false, value: undefined };
}

/** The value at `path` (own map keys and list items only); undefined when any step is missing. */
export function getPath(root: unknown, path: ValuesPath): unknown {
  let current = root;
  for (const step of path) {
    const next = child(current, step);
    if (!next.found) return undefined;
    current = next.value;
  }
  return current;
}

/** Whether `path` leads to a value that is not undefined. */
export function hasPath(root: unknown, path: ValuesPath): boolean {
  return getPath(root, path) !== undefined;
}

/**
 * Puts `value` at `path` inside `root` (mutates it): maps are created on the
 * way, replacing anything that is neither a map nor a list. An undefined
 * value removes the key (a list item is spliced out) and creates nothing.
 */
export function setPath(root: Values, path: ValuesPath, value: unknown): void {
  if (path.length === 0) return;
  let current: Values | unknown[] = root;
  for (const step of path.slice(0, -1)) {
    const next: unknown = child(current, step).value;
    if (isPlainMap(next) || Array.isArray(next)) {
      current = next;
      continue;
    }
    if (value === undefined) return; // nothing to remove below a missing map
    const created: Values = {};
    if (!putChild(current, step, created)) return;
    current = created;
  }
  const last = path[path.length - 1] as string | number;
  if (value !== undefined) {
    putChild(current, last, value);
  } else if (Array.isArray(current)) {
    const index = listIndex(last);
    if (index !== undefined && index < current.length) current.splice(index, 1);
  } else {
    delete current[String(last)];
  }
}

function putChild(container: Values | unknown[], step: string | number, value: unknown): boolean {
  if (!Array.isArray(container)) {
    container[String(step)] = value;
    return true;
  }
  const index = listIndex(step);
  if (index === undefined) return false;
  container[index] = value;
  return true;
}

/** The map at `path`, created (replacing non-maps on the way) when missing. Mutates `root`. */
export function ensureMapAt(root: Values, path: ValuesPath): Values {
  let current = root;
  for (const step of path) {
    const key = String(step);
    const next = current[key];
    if (!isPlainMap(next)) current[key] = {};
    current = current[key] as Values;
  }
  return current;
}

/**
 * Removes the map key at `path` (mutates `root`), then every map on the way
 * that the removal left empty. Returns whether the key was there.
 */
export function deletePath(root: Values, path: ValuesPath): boolean {
  if (path.length === 0) return false;
  const parents: Values[] = [root];
  for (const step of path.slice(0, -1)) {
    const next = child(parents[parents.length - 1], step).value;
    if (!isPlainMap(next)) return false;
    parents.push(next);
  }
  const last = String(path[path.length - 1]);
  const parent = parents[parents.length - 1] as Values;
  if (!hasOwn(parent, last)) return false;
  delete parent[last];
  for (let i = parents.length - 1; i > 0; i -= 1) {
    if (Object.keys(parents[i] as Values).length > 0) break;
    delete (parents[i - 1] as Values)[String(path[i - 1])];
  }
  return true;
}

/**
 * A deep copy of YAML-like data as a tree: a map or list met twice (a YAML
 * alias, a shared object) becomes two independent copies, so editing one
 * never edits the other. Scalars are returned as they are; other objects
 * (dates) go through structuredClone. A cycle throws a TypeError.
 */
export function cloneValues<T>(value: T): T {
  return copyTree(value, new Set()) as T;
}

function copyTree(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (!Array.isArray(value) && !isPlainMap(value)) return structuredClone(value);
  if (ancestors.has(value)) throw new TypeError('cloneValues: the data holds a cycle');
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((item) => copyTree(item, ancestors));
  else {
    const map: Values = {};
    for (const [k, v] of Object.entries(value)) {
      const copy = copyTree(v, ancestors);
      // An own "__proto__" key stays a key (plain assignment would set the prototype).
      if (k === '__proto__') Object.defineProperty(map, k, { value: copy, enumerable: true, writable: true, configurable: true });
      else map[k] = copy;
    }
    out = map;
  }
  ancestors.delete(value);
  return out;
}

/** Whether a value writes nothing useful: undefined, null, '', an empty list or an empty map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainMap(value) && Object.keys(value).length === 0;
}

/** Structural equality of YAML-like data (maps compared without regard to key order; undefined keys ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainMap(a) && isPlainMap(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
