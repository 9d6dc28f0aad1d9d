import { isUnsetLeaf } from '../../core/values/normalize';

/** A short one-line text for a value in a change list: `unset` (also for empty lists and maps, as the output sees them), scalars as written, lists and maps compact. */
export function valueText(value: unknown, max = 90): string {
  if (isUnsetLeaf(value)) return 'unset';
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
