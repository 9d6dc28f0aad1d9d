import { useController, useFormContext } from 'react-hook-form';
import type { Values } from '../../../shared/values';

/** Binds one values path (the whole value, never sub-paths) with react-hook-form. */
export function useFieldValue(name: string) {
  const { control } = useFormContext<Values>();
  const { field } = useController<Values>({ control, name });
  return field;
}

export function hasError(problems: readonly { severity: string }[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** A scalar shown in a text input ('' for unset). */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
