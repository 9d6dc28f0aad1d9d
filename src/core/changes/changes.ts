import { allFields, existsIn, fieldDefault } from '../../schema/defaults';
import type { FieldMeta } from '../../schema/meta';
import type { FieldNode } from '../../schema/walk';
import { existsWithAncestors, nodeById } from '../fields/node-index';
import { deepEqual } from '../values/deep-equal';
import { isUnsetLeaf } from '../values/normalize';
import { computeValues } from '../values/output';
import { isPlainMap, type Values } from '../values/types';

/** One key whose value differs from the chart default. */
export interface Change {
  /** Dotted values path (a form field's id, or a key the schema does not know). */
  readonly path: string;
  /** The field's label; the path itself for an unknown key. */
  readonly label: string;
  /** The chart default (undefined: the chart leaves it unset). */
  readonly before: unknown;
  /** The value now (undefined: unset). */
  readonly after: unknown;
  /** `field`: a form field; `unknown`: a key with no form field (from an import or another release). */
  readonly kind: 'field' | 'unknown';
  /** Whether the value is a secret (shown masked). */
  readonly secret: boolean;
}

/** A form value as the output sees it: empty text, empty lists and maps, NaN and null all mean "unset". */
function effective(value: unknown): unknown {
  return isUnsetLeaf(value) ? undefined : value;
}

/** The chart default of a field as the output compares it (undefined when the chart leaves it unset). */
export function effectiveDefault(meta: FieldMeta, version: string): unknown {
  const d = fieldDefault(meta, version);
  return effective(d.present ? d.value : undefined);
}

/** Whether a field's form value differs from the chart default of release `version`. */
export function isFieldChanged(meta: FieldMeta, value: unknown, version: string): boolean {
  return !deepEqual(effective(value), effectiveDefault(meta, version));
}

function valueAt(values: unknown, path: readonly string[]): unknown {
  let current = values;
  for (const key of path) {
    if (!isPlainMap(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Keys of the overlay no field of the release shows: unknown keys, keys of other releases. */
function unknownChanges(overlay: Values, version: string, prefix: string, out: Change[]): void {
  for (const [key, value] of Object.entries(overlay)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const node = nodeById(path);
    if (node && node.meta.kind === 'field' && existsWithAncestors(node, version)) continue;
    if (node && node.meta.kind === 'group' && existsIn(node.meta, version) && isPlainMap(value)) {
      unknownChanges(value, version, path, out);
      continue;
    }
    if (value === null) continue; // a default removed by a field's emptying: that field lists it
    out.push({ path, label: path, before: undefined, after: value, kind: 'unknown', secret: false });
  }
}

/**
 * Every key that differs from the chart defaults of `version`: the form's
 * fields in schema order (old -> new), then keys no field of the release
 * shows (they are written as they are). Pure.
 */
export function listChanges(values: Values, version: string, fields: readonly FieldNode[] = allFields()): Change[] {
  const out: Change[] = [];
  for (const f of fields) {
    if (!existsWithAncestors(f, version)) continue;
    const now = valueAt(values, f.path);
    if (!isFieldChanged(f.meta, now, version)) continue;
    out.push({ path: f.id, label: f.meta.label, before: effectiveDefault(f.meta, version), after: effective(now), kind: 'field', secret: f.meta.secret === true });
  }
  unknownChanges(computeValues(values, version).changed, version, '', out);
  return out;
}

/** A value on one short line for a change list: `unset`, text in quotes, numbers and lists as YAML flow would show them. */
export function showValue(value: unknown, secret = false, max = 60): string {
  if (value === undefined || value === null) return 'unset';
  if (secret) return '••••••';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
