import { isPlainMap, type Values } from '../../../shared/values';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A copy of `obj` with `key` set to `value`, or without it when the value is blank ('', null, []). */
export function withKey(obj: unknown, key: string, value: unknown): Values {
  const out: Values = isPlainMap(obj) ? { ...obj } : {};
  if (isBlank(value)) delete out[key];
  else out[key] = value;
  return out;
}

/** `withKey` at a nested path; maps left empty on the way are removed. */
export function withPath(obj: unknown, path: readonly string[], value: unknown): Values {
  const [head, ...rest] = path;
  if (head === undefined) return isPlainMap(obj) ? obj : {};
  if (rest.length === 0) return withKey(obj, head, value);
  const child = withPath(isPlainMap(obj) ? obj[head] : undefined, rest, value);
  return withKey(obj, head, Object.keys(child).length === 0 ? undefined : child);
}

export function mapOf(value: unknown): Values {
  return isPlainMap(value) ? value : {};
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
