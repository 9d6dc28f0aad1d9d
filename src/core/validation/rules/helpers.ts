import { isPlainMap } from '../../../shared/values';
import type { Problem, Severity } from '../types';

export function problem(rule: string, path: string, severity: Severity, message: string): Problem {
  return { path, message, severity, rule };
}

export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `name` of a connection-like map, when it is a non-empty string. */
export function nameOf(item: unknown): string | undefined {
  return isPlainMap(item) && typeof item.name === 'string' && item.name !== '' ? item.name : undefined;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`;
}

/** A value for a message: scalars as written, anything else described (never throws, even on null-prototype maps). */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'unset';
  return Array.isArray(value) ? 'a list' : 'a map';
}
