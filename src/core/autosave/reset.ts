import { allFields, fieldDefault } from '../../schema/defaults';
import type { FieldNode } from '../../schema/walk';
import { isFieldChanged } from '../changes/changes';
import { cloneValues, getPath, setPath, type Values } from '../../shared/values';

/** One form field set back to the chart's default: `value` is undefined when the chart leaves it unset. */
export interface FieldReset {
  name: string;
  value: unknown;
}

/** The chart defaults of `fields` in release `version`, one entry per field (for react-hook-form's setValue). */
export function fieldResets(fields: readonly FieldNode[], version: string): FieldReset[] {
  return fields.map((f) => {
    const d = fieldDefault(f.meta, version);
    return { name: f.id, value: d.present ? cloneValues(d.value) : undefined };
  });
}

/** A copy of `values` with `resets` applied (an undefined value removes the key). */
export function applyResets(values: Values, resets: readonly FieldReset[]): Values {
  const out = cloneValues(values);
  for (const { name, value } of resets) {
    setPath(out, name.split('.'), cloneValues(value));
  }
  return out;
}

/** Field ids whose current value differs from the chart default (to say what a reset would change). */
export function changedFieldIds(values: Values, version: string, fields: readonly FieldNode[] = allFields()): string[] {
  // Compared as the output sees them: empty text, empty lists and maps and null all mean "unset".
  return fields.filter((f) => isFieldChanged(f.meta, getPath(values, f.path), version)).map((f) => f.id);
}
