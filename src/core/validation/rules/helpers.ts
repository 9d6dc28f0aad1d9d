import { isPlainMap } from '../../values/types';
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
