import { cloneData } from '../values/helm-merge';
import { isPlainMap, type Values } from '../values/types';

export { cloneData };

/** The map at `path`, or undefined when something on the way is not a map. */
export function mapAt(values: Values, path: readonly string[]): Values | undefined {
  let current: unknown = values;
  for (const key of path) {
    if (!isPlainMap(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return isPlainMap(current) ? current : undefined;
}

export function has(map: Values, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key) && map[key] !== undefined;
}

/** Removes `path` and then every map on the way to it that the removal left empty. */
export function removePath(values: Values, path: readonly string[]): void {
  const parents: Values[] = [values];
  for (const key of path.slice(0, -1)) {
    const next = (parents[parents.length - 1] as Values)[key];
    if (!isPlainMap(next)) return;
    parents.push(next);
  }
  delete (parents[parents.length - 1] as Values)[path[path.length - 1] as string];
  for (let i = parents.length - 1; i > 0; i -= 1) {
    if (Object.keys(parents[i] as Values).length > 0) return;
    delete (parents[i - 1] as Values)[path[i - 1] as string];
  }
}

/** The map at `path`, created (replacing non-maps) when missing. */
export function ensureMap(values: Values, path: readonly string[]): Values {
  let current = values;
  for (const key of path) {
    const next = current[key];
    if (!isPlainMap(next)) current[key] = {};
    current = current[key] as Values;
  }
  return current;
}

/** Short printable form of a value for messages. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
